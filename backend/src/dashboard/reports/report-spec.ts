import type {
  BilingualText,
  ReportColumn,
  ReportForm,
  ReportHeading,
  ReportItemKind,
  ReportNoteDefinition,
  ReportRow,
  ReportTable,
} from '@tiep-dan/contracts';
import { REPORT_FORM_SLUGS } from '@tiep-dan/contracts';
import type { ReportFacts, ReportUnit } from './report-facts';

/**
 * A form of Thông tư 02/2021/TT-TTCP as data: its headings in the form's order and wording, each numbered column with
 * the way it counts the period's facts (or why it cannot), and the facts its "Ghi chú" column states. The engine below
 * turns a definition and the facts into the table, the list behind any figure, and the workbook's list sheet.
 */

/** A thing a figure counts, with what the list behind the figure shows of it. */
export interface CountedItem {
  kind: ReportItemKind;
  id: string;
  communeId: string;
  code: string;
  at: Date;
  summary: string;
  people: number | null;
  caseId: string | null;
}

/** An item and how much it adds to the figure (1, or the people of a visit). */
export interface Counted {
  item: CountedItem;
  weight: number;
}

export type Counter = (facts: ReportFacts) => Counted[];

export interface ColumnSpec {
  no: number;
  /** The printed number with its sum, e.g. '1=4+13+22'; the number alone when left out. */
  code?: string;
  label: BilingualText;
  count?: Counter;
  /** Why the data cannot fill it (shown as "—"). */
  unavailable?: BilingualText;
}

export interface GroupSpec {
  label: BilingualText;
  children: HeadingSpec[];
}

export type HeadingSpec = ColumnSpec | GroupSpec;

export interface NoteSpec extends ReportNoteDefinition {
  count: Counter;
}

export interface FormSpec {
  form: ReportForm;
  title: BilingualText;
  headings: HeadingSpec[];
  notes: NoteSpec[];
}

const isGroup = (h: HeadingSpec): h is GroupSpec => 'children' in h;

export const columnKey = (no: number): string => `c${no}`;
export const noteKey = (key: string): string => `note:${key}`;

// ---- builders the form files use ------------------------------------------------------------------------------------

export const group = (vi: string, en: string, children: HeadingSpec[]): GroupSpec => ({ label: { vi, en }, children });

export const col = (no: number, vi: string, en: string, count: Counter, code?: string): ColumnSpec => ({
  no,
  label: { vi, en },
  count,
  ...(code ? { code } : {}),
});

export const na = (no: number, vi: string, en: string, unavailable: BilingualText, code?: string): ColumnSpec => ({
  no,
  label: { vi, en },
  unavailable,
  ...(code ? { code } : {}),
});

/** Each item once, weight 1. */
export const ones = <T>(source: T[], item: (t: T) => CountedItem): Counted[] => source.map((t) => ({ item: item(t), weight: 1 }));

/** The union of other columns' counts (a total column of the form). */
export const sumOf =
  (...counters: Counter[]): Counter =>
  (facts) =>
    counters.flatMap((c) => c(facts));

// ---- the engine -----------------------------------------------------------------------------------------------------

/** The numbered columns in the form's order, with their headings from the top. */
export function leaves(headings: HeadingSpec[], path: BilingualText[] = []): { spec: ColumnSpec; path: BilingualText[] }[] {
  return headings.flatMap((h) => (isGroup(h) ? leaves(h.children, [...path, h.label]) : [{ spec: h, path: [...path, h.label] }]));
}

function headingsOf(headings: HeadingSpec[]): ReportHeading[] {
  return headings.map((h) =>
    isGroup(h) ? { label: h.label, children: headingsOf(h.children) } : { label: h.label, columnKey: columnKey(h.no) },
  );
}

/** Every count of a form over the facts: by column key and by note key. */
export type FormCounts = Map<string, Counted[]>;

export function countForm(spec: FormSpec, facts: ReportFacts): FormCounts {
  const counts: FormCounts = new Map();
  for (const { spec: column } of leaves(spec.headings)) if (column.count) counts.set(columnKey(column.no), column.count(facts));
  for (const note of spec.notes) counts.set(noteKey(note.key), note.count(facts));
  return counts;
}

const TOTAL_NAME = 'Tổng cộng';

/** The form as a table: a row per unit and the total, every figure the sum of the weights of what it counts. */
export function tableOf(spec: FormSpec, facts: ReportFacts, counts: FormCounts): ReportTable {
  const columns: ReportColumn[] = leaves(spec.headings).map(({ spec: c, path }) => ({
    key: columnKey(c.no),
    no: c.no,
    code: c.code ?? String(c.no),
    path,
    unavailable: c.unavailable ?? null,
  }));
  const rowOf = (unit: ReportUnit | null): ReportRow => {
    const mine = (key: string) => (counts.get(key) ?? []).filter((c) => unit === null || c.item.communeId === unit.id);
    const sum = (key: string) => mine(key).reduce((s, c) => s + c.weight, 0);
    return {
      communeId: unit?.id ?? null,
      communeName: unit?.name ?? TOTAL_NAME,
      values: Object.fromEntries(columns.map((c) => [c.key, c.unavailable ? null : sum(c.key)])),
      notes: Object.fromEntries(spec.notes.map((n) => [n.key, sum(noteKey(n.key))])),
    };
  };
  return {
    form: spec.form,
    slug: REPORT_FORM_SLUGS[spec.form],
    title: spec.title,
    headings: headingsOf(spec.headings),
    columns,
    notesNo: Math.max(...columns.map((c) => c.no)) + 1,
    notes: spec.notes.map(({ key, label, unit }) => ({ key, label, unit })),
    rows: facts.units.map((u) => rowOf(u)),
    total: rowOf(null),
  };
}

/** The "Ghi chú" cell of a row: each note that counts something, e.g. "Từ chối tiếp: 1 lượt". */
export function notesText(table: ReportTable, row: ReportRow): string {
  return table.notes
    .filter((n) => (row.notes[n.key] ?? 0) > 0)
    .map((n) => `${n.label.vi}: ${row.notes[n.key]} ${n.unit.vi}`)
    .join('; ');
}
