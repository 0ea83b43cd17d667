import type { BilingualText, CaseSummaryDto } from '@tiep-dan/contracts';
import { formatVnDate, vnDayOf } from '@tiep-dan/workflows/vn-date';

/** Excel opens a CSV as UTF-8 (Vietnamese letters intact) only when the file starts with this byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** One cell: quoted when it holds a separator, a quote or a line break; a leading =, +, - or @ is neutralised. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const vnDate = (iso: string | null) => (iso ? formatVnDate(vnDayOf(new Date(iso))) : '');

export interface CsvLabels {
  header: string[];
  /** The words of a case's type, state and deadline status, in the screen's language. */
  type: (c: CaseSummaryDto) => string;
  state: (label: BilingualText) => string;
  status: (c: CaseSummaryDto) => string;
  noAgency: string;
}

/**
 * The drill-down's cases as CSV for Excel: a BOM, a header row, one row per case, CRLF line ends, Vietnam dates
 * (dd/MM/yyyy). Only what the list shows: no citizen's name, no contact.
 */
export function casesCsv(items: readonly CaseSummaryDto[], labels: CsvLabels): string {
  const rows = items.map((c) => [
    c.code,
    labels.type(c),
    c.summary,
    c.leadAgencyName ?? labels.noAgency,
    labels.state(c.stateLabel),
    vnDate(c.receivedAt),
    vnDate(c.dueAt),
    labels.status(c),
  ]);
  return UTF8_BOM + [labels.header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
