import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  PeriodReportDto,
  PeriodReportQuery,
  ReportColumn,
  ReportForm,
  ReportRow,
  ReportTable,
} from '@tiep-dan/contracts';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { scopeCondition } from '../cases/case-scope';
import {
  addDays,
  resolveArea,
  vnDayStart,
  type DashboardArea,
} from './dashboard-area';
import { DashboardErrors } from './dashboard.errors';
import {
  FORM_TITLES,
  GROUP_VISIT_MIN_PEOPLE,
  GUIDE_EVENTS,
  LETTER_COLUMNS,
  LETTER_TYPES,
  NOT_ELIGIBLE_EVENTS,
  RECEPTION_COLUMNS,
  TRANSFER_EVENTS,
} from './report-forms';

const MAX_PERIOD_DAYS = 366;
/** The first data row of each sheet (rows 1–3: title, period, area; row 5: column headings). */
export const REPORT_HEADER_ROW = 5;

type Counts = Record<string, number>;

/**
 * The periodic reports (forms 01/TCD and 01/XLD of Thông tư 02/2021/TT-TTCP) for a period and area. A case counts in
 * a period when it was open at some moment of it: received before the end and not closed before the start.
 * Identities hold per row: carried over + received = resolved + in progress; eligible = in + outside competence.
 */
@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async report(
    actor: Actor,
    query: PeriodReportQuery,
  ): Promise<PeriodReportDto> {
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (!(days >= 0 && days < MAX_PERIOD_DAYS))
      throw DashboardErrors.invalidPeriod();
    const area = await resolveArea(this.db, actor, query.communeId);
    const from = vnDayStart(query.from);
    const to = vnDayStart(addDays(query.to, 1));
    const communes: { id: string; name: string }[] = await this.db.query(
      `SELECT id, name FROM agencies WHERE kind = 'commune' AND (id = $1 OR province_id = $1) ORDER BY name, id`,
      [area.id],
    );
    const [reception, letters] = await Promise.all([
      this.counts(area, from, to, ['reception'], (r) => ({
        carriedOver: r.carried_over,
        received: r.received,
        people: r.people,
        groupVisits: r.group_visits,
        eligible: r.eligible,
        catLand: r.cat_land,
        catSiteClearance: r.cat_site_clearance,
        catResettlement: r.cat_resettlement,
        catConstruction: r.cat_construction,
        catSocialPolicy: r.cat_social_policy,
        catEnvironment: r.cat_environment,
        catOther: r.cat_other,
        inCompetence: r.in_competence,
        outOfCompetence: r.out_of_competence,
        guided: r.guided,
        transferred: r.transferred,
        resolved: r.resolved,
        inProgress: r.in_progress,
        overdue: r.overdue,
      })),
      this.counts(area, from, to, LETTER_TYPES, (r) => ({
        carriedOver: r.carried_over,
        received: r.received,
        total: r.carried_over + r.received,
        eligible: r.eligible,
        complaint: r.complaint,
        denunciation: r.denunciation,
        proposalReflection: r.proposal_reflection,
        singleSignatory: r.single_signatory,
        multipleSignatories: r.multiple_signatories,
        inCompetence: r.in_competence,
        outOfCompetence: r.out_of_competence,
        guided: r.guided,
        transferred: r.transferred,
        resolved: r.resolved,
        inProgress: r.in_progress,
        overdue: r.overdue,
      })),
    ]);
    return {
      from: query.from,
      to: query.to,
      area: { kind: area.kind, id: area.id, name: area.name },
      reception: table('01/TCD', RECEPTION_COLUMNS, communes, reception),
      letters: table('01/XLD', LETTER_COLUMNS, communes, letters),
    };
  }

  /** The same report as an Excel workbook: one sheet per form, headings as the forms name them. */
  async workbook(
    actor: Actor,
    query: PeriodReportQuery,
  ): Promise<{ fileName: string; content: Buffer }> {
    const report = await this.report(actor, query);
    const book = new Workbook();
    book.creator = 'Tiếp Dân';
    for (const t of [report.reception, report.letters]) {
      const sheet = book.addWorksheet(t.form.replace('/', '-'));
      sheet.getCell('A1').value = t.title.vi;
      sheet.getCell('A1').font = { bold: true, size: 14 };
      sheet.getCell('A2').value =
        `Kỳ báo cáo: từ ngày ${dmy(report.from)} đến ngày ${dmy(report.to)}`;
      sheet.getCell('A3').value = `Đơn vị báo cáo: ${report.area.name}`;
      const header = sheet.getRow(REPORT_HEADER_ROW);
      header.values = ['STT', 'Đơn vị', ...t.columns.map((c) => c.label.vi)];
      header.font = { bold: true };
      header.alignment = {
        wrapText: true,
        vertical: 'middle',
        horizontal: 'center',
      };
      t.rows.forEach((row, i) => {
        sheet.getRow(REPORT_HEADER_ROW + 1 + i).values = [
          i + 1,
          row.communeName,
          ...t.columns.map((c) => row.values[c.key] ?? 0),
        ];
      });
      const totalRow = sheet.getRow(REPORT_HEADER_ROW + 1 + t.rows.length);
      totalRow.values = [
        '',
        t.total.communeName,
        ...t.columns.map((c) => t.total.values[c.key] ?? 0),
      ];
      totalRow.font = { bold: true };
      sheet.getColumn(1).width = 6;
      sheet.getColumn(2).width = 36;
      for (let i = 0; i < t.columns.length; i++)
        sheet.getColumn(3 + i).width = 14;
    }
    const content = Buffer.from(await book.xlsx.writeBuffer());
    const areaPart = report.area.kind === 'province' ? 'tinh' : 'xa';
    return {
      fileName: `bao-cao-${areaPart}-${report.from}-${report.to}.xlsx`,
      content,
    };
  }

  private async counts(
    area: DashboardArea,
    from: Date,
    to: Date,
    types: string[],
    shape: (r: Record<string, number>) => Counts,
  ): Promise<Map<string, Counts>> {
    const params: unknown[] = [
      from,
      to,
      types,
      NOT_ELIGIBLE_EVENTS,
      [...GUIDE_EVENTS, ...TRANSFER_EVENTS],
      GUIDE_EVENTS,
      TRANSFER_EVENTS,
      GROUP_VISIT_MIN_PEOPLE,
    ];
    const scope = scopeCondition(area.scope, params);
    const event = (types: number, fromParam: boolean) =>
      `EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = ANY($${types}::text[]) AND e.at < $2${fromParam ? ' AND e.at >= $1' : ''})`;
    const rows: (Record<string, number> & { commune_id: string })[] =
      await this.db.query(
        `WITH base AS (
         SELECT c.commune_id, c.type, c.category, c.group_size, c.received_at >= $1 AS is_new,
           c.closed_at IS NOT NULL AND c.closed_at < $2 AS is_resolved,
           ${event(4, false)} AS not_eligible,
           ${event(5, false)} AS outside,
           ${event(6, true)} AS guided,
           ${event(7, true)} AS transferred,
           EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'DEADLINE_PASSED' AND e.at < $2) AS was_overdue
         FROM cases c
         WHERE c.type = ANY($3::text[]) AND c.received_at < $2 AND (c.closed_at IS NULL OR c.closed_at >= $1) AND ${scope}
       )
       SELECT commune_id,
         count(*) FILTER (WHERE NOT is_new)::int AS carried_over,
         count(*) FILTER (WHERE is_new)::int AS received,
         COALESCE(sum(group_size) FILTER (WHERE is_new), 0)::int AS people,
         count(*) FILTER (WHERE is_new AND group_size >= $8)::int AS group_visits,
         count(*) FILTER (WHERE is_new AND NOT not_eligible)::int AS eligible,
         count(*) FILTER (WHERE is_new AND category = 'land')::int AS cat_land,
         count(*) FILTER (WHERE is_new AND category = 'site_clearance')::int AS cat_site_clearance,
         count(*) FILTER (WHERE is_new AND category = 'resettlement')::int AS cat_resettlement,
         count(*) FILTER (WHERE is_new AND category = 'construction')::int AS cat_construction,
         count(*) FILTER (WHERE is_new AND category = 'social_policy')::int AS cat_social_policy,
         count(*) FILTER (WHERE is_new AND category = 'environment')::int AS cat_environment,
         count(*) FILTER (WHERE is_new AND category = 'other')::int AS cat_other,
         count(*) FILTER (WHERE is_new AND type = 'complaint')::int AS complaint,
         count(*) FILTER (WHERE is_new AND type = 'denunciation')::int AS denunciation,
         count(*) FILTER (WHERE is_new AND type IN ('proposal', 'reflection'))::int AS proposal_reflection,
         count(*) FILTER (WHERE is_new AND group_size <= 1)::int AS single_signatory,
         count(*) FILTER (WHERE is_new AND group_size > 1)::int AS multiple_signatories,
         count(*) FILTER (WHERE is_new AND NOT not_eligible AND NOT outside)::int AS in_competence,
         count(*) FILTER (WHERE is_new AND NOT not_eligible AND outside)::int AS out_of_competence,
         count(*) FILTER (WHERE guided)::int AS guided,
         count(*) FILTER (WHERE transferred)::int AS transferred,
         count(*) FILTER (WHERE is_resolved)::int AS resolved,
         count(*) FILTER (WHERE NOT is_resolved)::int AS in_progress,
         count(*) FILTER (WHERE NOT is_resolved AND was_overdue)::int AS overdue
       FROM base GROUP BY commune_id`,
        params,
      );
    return new Map(rows.map((r) => [r.commune_id, shape(r)]));
  }
}

function table(
  form: ReportForm,
  columns: readonly ReportColumn[],
  communes: { id: string; name: string }[],
  counts: Map<string, Counts>,
): ReportTable {
  const zero = () => Object.fromEntries(columns.map((c) => [c.key, 0]));
  const rows: ReportRow[] = communes.map((c) => ({
    communeId: c.id,
    communeName: c.name,
    values: { ...zero(), ...(counts.get(c.id) ?? {}) },
  }));
  const total = zero();
  for (const row of rows)
    for (const c of columns)
      total[c.key] = (total[c.key] ?? 0) + (row.values[c.key] ?? 0);
  return {
    form,
    title: FORM_TITLES[form],
    columns: [...columns],
    rows,
    total: { communeId: null, communeName: 'Tổng cộng', values: total },
  };
}

function dmy(day: string): string {
  return day.split('-').reverse().join('/');
}
