import { Injectable } from '@nestjs/common';
import {
  REPORT_FORM_SLUGS,
  REPORT_FORMS,
  type PeriodReportDto,
  type PeriodReportQuery,
  type ReportForm,
  type ReportFormSlug,
  type ReportItemsDto,
  type ReportItemsQuery,
  type ReportWorkbookQuery,
} from '@tiep-dan/contracts';
import { ReadDatabase } from '../platform/database/read-database';
import type { Actor } from '../access/actor';
import { communesOfArea } from '../organisation/organisation-read-model';
import { addDays, resolveArea, vnDayStart, type DashboardArea } from './dashboard-area';
import { DashboardErrors } from './dashboard.errors';
import { FORM_SPECS } from './reports/forms';
import type { ReportFacts } from './reports/report-facts';
import { ReportFactsReader } from './reports/report-facts.reader';
import { columnKey, countForm, leaves, noteKey, tableOf } from './reports/report-spec';
import { buildWorkbook } from './reports/report-workbook';

const MAX_PERIOD_DAYS = 366;

const FORM_OF_SLUG = Object.fromEntries(REPORT_FORMS.map((f) => [REPORT_FORM_SLUGS[f], f])) as Record<ReportFormSlug, ReportForm>;

/**
 * The periodic reports of Thông tư 02/2021/TT-TTCP for a period (Vietnam days, inclusive) and an area: the commune of
 * the caller, or a province with a row per commune. Every figure, its list of visits, petitions or cases and the Excel
 * file are counted from the same facts by the form definitions in `reports/forms`.
 */
@Injectable()
export class ReportsService {
  constructor(
    /** Reports read from a replica when there is one (read-database.ts). */
    private readonly db: ReadDatabase,
    private readonly reader: ReportFactsReader,
  ) {}

  async report(actor: Actor, query: PeriodReportQuery): Promise<PeriodReportDto> {
    const { area, facts } = await this.load(actor, query);
    return {
      ...header(query, area),
      tables: REPORT_FORMS.map((form) => {
        const spec = FORM_SPECS[form];
        return tableOf(spec, facts, countForm(spec, facts));
      }),
    };
  }

  /** What one figure counts: a column (or a note of "Ghi chú") of one unit's row, or of the total row. */
  async items(actor: Actor, query: ReportItemsQuery): Promise<ReportItemsDto> {
    const form = FORM_OF_SLUG[query.form];
    const spec = FORM_SPECS[form];
    const { facts } = await this.load(actor, query);
    const column = leaves(spec.headings).find((c) => columnKey(c.spec.no) === query.column);
    const note = spec.notes.find((n) => noteKey(n.key) === query.column);
    if (!(column?.spec.count || note)) throw DashboardErrors.unknownColumn();
    const unit = query.row ? facts.units.find((u) => u.id === query.row) : undefined;
    if (query.row && !unit) throw DashboardErrors.unknownRow();
    const counted = (column?.spec.count ?? note?.count)?.(facts) ?? [];
    const mine = counted
      .filter((c) => !unit || c.item.communeId === unit.id)
      .sort((a, b) => a.item.at.getTime() - b.item.at.getTime() || a.item.code.localeCompare(b.item.code));
    const names = new Map(facts.units.map((u) => [u.id, u.name]));
    return {
      form,
      title: spec.title,
      column: column
        ? { key: query.column, no: column.spec.no, path: column.path }
        : {
            key: query.column,
            no: Math.max(...leaves(spec.headings).map((c) => c.spec.no)) + 1,
            path: [{ vi: 'Ghi chú', en: 'Notes' }, note?.label ?? { vi: '', en: '' }],
          },
      row: {
        communeId: unit?.id ?? null,
        communeName: unit?.name ?? 'Tổng cộng',
      },
      value: mine.reduce((s, c) => s + c.weight, 0),
      items: mine.map(({ item, weight }) => ({
        kind: item.kind,
        id: item.id,
        code: item.code,
        at: item.at.toISOString(),
        summary: item.summary,
        communeName: names.get(item.communeId) ?? '',
        people: item.people,
        caseId: item.caseId,
        weight,
      })),
    };
  }

  /** One form of the period as an Excel file in the form's layout, with the list behind its figures. */
  async workbook(actor: Actor, query: ReportWorkbookQuery): Promise<{ fileName: string; content: Buffer }> {
    const form = FORM_OF_SLUG[query.form];
    const spec = FORM_SPECS[form];
    const { area, facts } = await this.load(actor, query);
    const counts = countForm(spec, facts);
    const table = tableOf(spec, facts, counts);
    const book = buildWorkbook(header(query, area), table, counts, new Map(facts.units.map((u) => [u.id, u.name])));
    const areaPart = area.kind === 'province' ? 'tinh' : 'xa';
    return {
      fileName: `bieu-${query.form}-${areaPart}-${query.from}-${query.to}.xlsx`,
      content: Buffer.from(await book.xlsx.writeBuffer()),
    };
  }

  private async load(actor: Actor, query: PeriodReportQuery): Promise<{ area: DashboardArea; facts: ReportFacts }> {
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (!(days >= 0 && days < MAX_PERIOD_DAYS)) throw DashboardErrors.invalidPeriod();
    const area = await resolveArea(this.db, actor, query.communeId);
    const units = await communesOfArea(this.db, area.id);
    const facts = await this.reader.read(units, vnDayStart(query.from), vnDayStart(addDays(query.to, 1)), query.from, query.to);
    return { area, facts };
  }
}

function header(query: PeriodReportQuery, area: DashboardArea): Omit<PeriodReportDto, 'tables'> {
  return {
    from: query.from,
    to: query.to,
    area: { kind: area.kind, id: area.id, name: area.name },
  };
}
