/** Contracts of the `dashboard` context: the leader overview, hot spots and the periodic reports. */
import type { BilingualText, CaseCategory, CaseType } from './case-types';
import type { PendingParty } from './cases';

/**
 * `GET /api/dashboard/overview`: a commune leader sees their commune; a province leader the province, or one commune
 * of it with `communeId`. Inspectors see the same, read-only.
 */
export interface OverviewQuery {
  communeId?: string;
}

/** The three numbers every row of the overview carries (open = not closed; overdue and due soon are open cases). */
export interface OverviewCounts {
  open: number;
  dueSoon: number;
  overdue: number;
}

/** The parties an overview row can blame: whoever must act, except the citizen (and nobody, for closed cases). */
export const OVERVIEW_PARTIES = ['agency', 'desk', 'leader', 'decider'] as const satisfies readonly PendingParty[];
export type OverviewParty = (typeof OVERVIEW_PARTIES)[number];

/**
 * The open cases waiting for one party's step (`pendingParty`): a lead agency, a commune's reception desk, a commune's
 * leader giving the direction on a visit, or the competent person deciding (one row). Cases waiting for the citizen are
 * in no row. `GET /api/cases` with `pendingParty` and `leadAgencyId` (agency) or `communeId` (desk, leader) lists them.
 */
export interface OverviewAgencyRow extends OverviewCounts {
  party: OverviewParty;
  /** The lead agency of an 'agency' row; null there for cases not yet assigned to an agency, and on the other rows. */
  agencyId: string | null;
  agencyName: string | null;
  /** The commune of a 'desk' or 'leader' row; null on the other rows. */
  communeId: string | null;
  communeName: string | null;
  /** Whole days since the oldest overdue case of this row passed its deadline (0 when none is overdue). */
  maxDaysOverdue: number;
}

export interface OverviewTypeRow extends OverviewCounts {
  type: CaseType;
}

export interface OverviewCategoryRow extends OverviewCounts {
  category: CaseCategory;
}

export interface OverviewAreaRow extends OverviewCounts {
  /** Null: cases recorded without a neighbourhood. */
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  communeId: string;
  communeName: string;
}

export interface OverviewCommuneRow extends OverviewCounts {
  communeId: string;
  communeName: string;
}

/** One overdue case, worst (longest overdue) first. Never the denouncer's identity: no citizen names at all. */
export interface OverdueCaseRow {
  id: string;
  code: string;
  type: CaseType;
  category: CaseCategory;
  summary: string;
  leadAgencyId: string | null;
  leadAgencyName: string | null;
  /** Whose step it waits for: the agency's delay, or the desk's, the leader's, the decider's. */
  pendingParty: PendingParty;
  communeName: string;
  neighbourhoodName: string | null;
  dueAt: string | null;
  overdueSince: string;
  daysOverdue: number;
}

/** One week (Monday to Sunday, Vietnam time) of the trend. */
export interface OverviewTrendWeek {
  /** Monday of the week, `YYYY-MM-DD`. */
  weekStart: string;
  received: number;
  /** Cases closed during the week. */
  resolved: number;
  /** Cases whose deadline passed during the week. */
  becameOverdue: number;
}

export interface OverviewDto {
  area: { kind: 'commune' | 'province'; id: string; name: string };
  asOf: string;
  totals: OverviewCounts;
  byAgency: OverviewAgencyRow[];
  byType: OverviewTypeRow[];
  byCategory: OverviewCategoryRow[];
  byNeighbourhood: OverviewAreaRow[];
  byCommune: OverviewCommuneRow[];
  worstOverdue: OverdueCaseRow[];
  trend: OverviewTrendWeek[];
  hotSpots: HotSpotDto[];
}

/** How many weeks the trend shows, and how many overdue cases the "worst first" list shows. */
export const OVERVIEW_TREND_WEEKS = 12;
export const OVERVIEW_WORST_CASES = 10;

// ---- hot spots -------------------------------------------------------------------------------------------------------

export const HOT_SPOT_KINDS = ['cluster', 'group_visit', 'repeat_complaint'] as const;
export type HotSpotKind = (typeof HOT_SPOT_KINDS)[number];

/** Thresholds of the hot-spot rules, configurable per installation (`PUT /api/dashboard/hot-spot-settings`). */
export interface HotSpotSettings {
  /** The short window, in days, counted back from now. */
  windowDays: number;
  /** Cases of one neighbourhood and category within the window that make a cluster. */
  clusterMinCases: number;
  /** Citizens coming together that make a group visit (đông người: 5 or more, Luật Tiếp công dân Art. 27). */
  groupMinPeople: number;
}

export const DEFAULT_HOT_SPOT_SETTINGS: HotSpotSettings = {
  windowDays: 14,
  clusterMinCases: 5,
  groupMinPeople: 5,
};

export interface HotSpotDto {
  id: string;
  kind: HotSpotKind;
  communeId: string;
  communeName: string;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  category: CaseCategory | null;
  caseIds: string[];
  caseCount: number;
  detectedAt: string;
  title: BilingualText;
}

// ---- periodic reports ------------------------------------------------------------------------------------------------

/**
 * The periodic report forms (biểu mẫu) of Thông tư 02/2021/TT-TTCP that the commune and province produce from this
 * system: reception (01/TCD, 02/TCD), handling of letters (01/XLD general, 02/XLD complaints, 03/XLD denunciations,
 * 04/XLD proposals and reflections) and results of resolving complaints (01/KQGQ) and denunciations (03/KQGQ).
 */
export const REPORT_FORMS = ['01/TCD', '02/TCD', '01/XLD', '02/XLD', '03/XLD', '04/XLD', '01/KQGQ', '03/KQGQ'] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

/** A form number as it travels in a URL: '01/TCD' → '01-TCD'. */
export type ReportFormSlug = '01-TCD' | '02-TCD' | '01-XLD' | '02-XLD' | '03-XLD' | '04-XLD' | '01-KQGQ' | '03-KQGQ';
export const REPORT_FORM_SLUGS: Record<ReportForm, ReportFormSlug> = {
  '01/TCD': '01-TCD',
  '02/TCD': '02-TCD',
  '01/XLD': '01-XLD',
  '02/XLD': '02-XLD',
  '03/XLD': '03-XLD',
  '04/XLD': '04-XLD',
  '01/KQGQ': '01-KQGQ',
  '03/KQGQ': '03-KQGQ',
};

/** `GET /api/dashboard/reports` (JSON, every form): dates are Vietnam calendar days, inclusive. */
export interface PeriodReportQuery {
  from: string;
  to: string;
  /** Province users: the report of one commune of the province. */
  communeId?: string;
}

/** `GET /api/dashboard/reports.xlsx`: one form of the period, in the form's layout, with the list behind it. */
export interface ReportWorkbookQuery extends PeriodReportQuery {
  form: ReportFormSlug;
}

/** `GET /api/dashboard/reports/items`: what one figure of a form counts. */
export interface ReportItemsQuery extends PeriodReportQuery {
  form: ReportFormSlug;
  /** A column key (`c4`) or a note of the "Ghi chú" column (`note:refused`). */
  column: string;
  /** The unit row: a commune id; left out for the total row. */
  row?: string;
}

/** One heading of a form: a group over sub-headings, or a numbered column (a leaf). */
export interface ReportHeading {
  label: BilingualText;
  children?: ReportHeading[];
  /** Leaves only: the column's key. */
  columnKey?: string;
}

export interface ReportColumn {
  /** `c` + the column's number on the form, e.g. `c13`. */
  key: string;
  /** The column number the form prints under its headings (mã số). */
  no: number;
  /** That number as the form prints it, with its sum where the form gives one, e.g. `1=4+13+22`. */
  code: string;
  /** The headings from the top to this column, e.g. Tiếp thường xuyên › Số vụ việc › Tiếp lần đầu. */
  path: BilingualText[];
  /**
   * Why the system cannot fill this column (shown as "—" with this note): the workflows record no such fact.
   * Null for a column that is counted.
   */
  unavailable: BilingualText | null;
}

/** A fact the form's "Ghi chú" column states beside the figures, e.g. the visits refused. */
export interface ReportNoteDefinition {
  key: string;
  label: BilingualText;
  /** The counted unit, e.g. lượt, đơn, vụ việc. */
  unit: BilingualText;
}

export interface ReportRow {
  /** The commune the row counts; null on the total row. */
  communeId: string | null;
  communeName: string;
  /** By column key; null where the column is unavailable. */
  values: Record<string, number | null>;
  /** By note key: how many; a note with 0 is left out of the printed "Ghi chú". */
  notes: Record<string, number>;
}

export interface ReportTable {
  form: ReportForm;
  slug: ReportFormSlug;
  /** The form's title, e.g. TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT. */
  title: BilingualText;
  headings: ReportHeading[];
  /** The numbered columns in the form's order (the leaves of `headings`), the "Ghi chú" column excepted. */
  columns: ReportColumn[];
  /** The number of the "Ghi chú" column, the last one. */
  notesNo: number;
  notes: ReportNoteDefinition[];
  /** One row per unit: the commune, or every commune of the province. */
  rows: ReportRow[];
  total: ReportRow;
}

export interface PeriodReportDto {
  from: string;
  to: string;
  area: { kind: 'commune' | 'province'; id: string; name: string };
  tables: ReportTable[];
}

/** What a figure counts: a reception visit, a leader's session, a letter (đơn) or a case (vụ việc). */
export type ReportItemKind = 'visit' | 'session' | 'letter' | 'case';

/** One thing behind a figure. No citizen's name: codes, dates and summaries only. */
export interface ReportItemDto {
  kind: ReportItemKind;
  id: string;
  /** Case or letter codes; for a visit the codes of the cases its matters opened. */
  code: string;
  /** When it was received, held or decided (ISO instant). */
  at: string;
  summary: string;
  communeName: string;
  /** The people of a visit; null for other kinds. */
  people: number | null;
  /** The case to open for details, when there is one. */
  caseId: string | null;
  /** How much it adds to the figure: 1, or the people of a visit in a "people" column. */
  weight: number;
}

export interface ReportItemsDto {
  form: ReportForm;
  title: BilingualText;
  /** The column's headings, or the note's label. */
  column: { key: string; no: number; path: BilingualText[] };
  row: { communeId: string | null; communeName: string };
  /** The figure itself: the sum of the items' weights. */
  value: number;
  items: ReportItemDto[];
}
