import { civilOf, dayNumberOf, startOfVnDay, VN_UTC_OFFSET_MS, vnDayOf } from '@tiep-dan/workflows';

/**
 * Months of the append-only history tables' partitions. A partition holds one month of Vietnam time (UTC+7, no daylight
 * saving since 1975): the month a report or a retention rule speaks of is the month as the commune lived it, so a case
 * event at 01:00 on 1 March in Vietnam (still February in UTC) lands in March's partition.
 */
export interface HistoryMonth {
  year: number;
  /** 1–12. */
  month: number;
}

export function monthOf(at: Date): HistoryMonth {
  const { y, m } = civilOf(vnDayOf(at));
  return { year: y, month: m };
}

export function addMonths(m: HistoryMonth, n: number): HistoryMonth {
  const index = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Months from `a` to `b`: negative when `b` is before `a`. */
export function monthsBetween(a: HistoryMonth, b: HistoryMonth): number {
  return b.year * 12 + b.month - (a.year * 12 + a.month);
}

/** The first instant of the month in Vietnam. */
export function monthStart(m: HistoryMonth): Date {
  return startOfVnDay(dayNumberOf(m.year, m.month, 1));
}

/** The partition's range: from the month's first instant (included) to the next month's (excluded). */
export function monthRange(m: HistoryMonth): { from: Date; to: Date } {
  return { from: monthStart(m), to: monthStart(addMonths(m, 1)) };
}

/** `2026_03`: the suffix of a partition's name. */
export function monthLabel(m: HistoryMonth): string {
  return `${m.year}_${String(m.month).padStart(2, '0')}`;
}

/** `YYYY-MM` (Vietnam time) as PostgreSQL computes it in `monthKeySql`, back to a month. */
export function parseMonthKey(key: string): HistoryMonth {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) throw new RangeError(`not a YYYY-MM month: ${key}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** SQL giving a timestamptz column's month in Vietnam as `YYYY-MM` (no time zone database needed: a fixed offset). */
export function monthKeySql(column: string): string {
  return `to_char((${column} AT TIME ZONE 'UTC') + interval '${VN_UTC_OFFSET_MS / 3_600_000} hours', 'YYYY-MM')`;
}

/** The attached partition of a month: `case_events_p2026_03`. */
export function partitionName(table: string, m: HistoryMonth): string {
  return `${table}_p${monthLabel(m)}`;
}

/** The partition that catches rows of a month with no partition yet, so an insert never fails. */
export function defaultPartitionName(table: string): string {
  return `${table}_default`;
}

/** A month detached by retention: a standalone table, named so nobody mistakes it for live history. */
export function archiveName(table: string, m: HistoryMonth): string {
  return `${table}_archived_${monthLabel(m)}`;
}

/** The month of an attached partition's name, or null for the default partition and anything else. */
export function monthOfPartition(table: string, name: string): HistoryMonth | null {
  const match = new RegExp(`^${table}_p(\\d{4})_(\\d{2})$`).exec(name);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}
