import type { BilingualText, ReportHeading, ReportTable } from '@tiep-dan/contracts';
import { REPORT_PERIODS, periodDays, type ReportPeriod } from './overview-labels';

/** One heading cell of a form: how many columns and heading rows it covers. */
export interface HeadingCell {
  label: BilingualText;
  colspan: number;
  rowspan: number;
}

const UNIT: BilingualText = { vi: 'Đơn vị', en: 'Unit' };
const NOTES: BilingualText = { vi: 'Ghi chú', en: 'Notes' };

function depth(headings: ReportHeading[]): number {
  return Math.max(...headings.map((h) => (h.children ? 1 + depth(h.children) : 1)));
}

function width(h: ReportHeading): number {
  return h.children ? h.children.reduce((s, c) => s + width(c), 0) : 1;
}

/**
 * The form's headings as HTML table rows, laid out as the circular prints them: a group spans its sub-columns, a
 * column spans down to the last heading row, "Đơn vị" and "Ghi chú" span every heading row.
 */
export function headingRows(table: ReportTable): HeadingCell[][] {
  const rows = depth(table.headings);
  const out: HeadingCell[][] = Array.from({ length: rows }, () => []);
  out[0].push({ label: UNIT, colspan: 1, rowspan: rows });
  const place = (headings: ReportHeading[], level: number) => {
    for (const h of headings) {
      out[level].push({
        label: h.label,
        colspan: width(h),
        rowspan: h.children ? 1 : rows - level,
      });
      if (h.children) place(h.children, level + 1);
    }
  };
  place(table.headings, 0);
  out[0].push({ label: NOTES, colspan: 1, rowspan: rows });
  return out;
}

/** The reporting period of a year that runs from `from` to `to`, if it is one the screen offers. */
export function periodOf(from: string, to: string): { year: number; period: ReportPeriod } | null {
  const year = Number(from.slice(0, 4));
  const period = REPORT_PERIODS.find((p) => {
    const days = periodDays(year, p);
    return days.from === from && days.to === to;
  });
  return period ? { year, period } : null;
}
