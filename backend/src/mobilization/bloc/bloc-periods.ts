import type { ReviewKind } from '@tiep-dan/contracts';

/** A period of Vietnam calendar days, both ends included. */
export interface DayPeriod {
  from: string;
  to: string;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function quarterPeriod(year: number, quarter: number): DayPeriod {
  const first = (quarter - 1) * 3 + 1;
  return {
    from: day(year, first, 1),
    to: day(year, first + 2, lastDay(year, first + 2)),
  };
}

export function previousQuarter(year: number, quarter: number): DayPeriod {
  return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
}

/** Sơ kết 6 tháng covers January to June; tổng kết năm the whole year. */
export function reviewPeriod(year: number, kind: ReviewKind): DayPeriod {
  return {
    from: day(year, 1, 1),
    to: kind === 'mid_year' ? day(year, 6, 30) : day(year, 12, 31),
  };
}

/**
 * Quarters of the period, begun by `upTo`, that a term overlaps: the sentiment notes expected of a member (one a
 * quarter, the current quarter included).
 */
export function quartersServed(period: DayPeriod, termStart: string, termEnd: string | null, upTo = period.to): number {
  const year = Number(period.from.slice(0, 4));
  let count = 0;
  for (let q = 1; q <= 4; q++) {
    const p = quarterPeriod(year, q);
    if (p.from < period.from || p.to > period.to || p.from > upTo) continue;
    if (termStart <= p.to && (termEnd === null || termEnd >= p.from)) count++;
  }
  return count;
}
