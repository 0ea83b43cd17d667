/**
 * Monthly meetings kept or missed. A team must meet every month of its term (after the party cell's meeting); a month
 * is judged once it is over. A month without a meeting flags the team until its next meeting: a meeting held in a
 * later month clears the flag (the missed month stays in the record).
 */

/** `YYYY-MM` plus n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (none when `from` is after `to`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The months a team flag looks back over: a year at most. */
export const COMPLIANCE_WINDOW_MONTHS = 12;

export interface TeamMeetingRecord {
  /** `YYYY-MM-DD` of the team's term. */
  termStart: string;
  termEnd: string | null;
  /** `YYYY-MM-DD` of each meeting held. */
  meetings: readonly string[];
}

export interface Compliance {
  /** Months of the window, within the term, without a meeting. */
  missed: string[];
  /** The missed months no later meeting has answered: the team is flagged while this is not empty. */
  open: string[];
  lastMeetingOn: string | null;
}

/** Judges the complete months up to `lastCompleteMonth` (the month before today's). */
export function compliance(team: TeamMeetingRecord, lastCompleteMonth: string): Compliance {
  const windowStart = addMonths(lastCompleteMonth, 1 - COMPLIANCE_WINDOW_MONTHS);
  const first = maxMonth(team.termStart.slice(0, 7), windowStart);
  const last = team.termEnd ? minMonth(team.termEnd.slice(0, 7), lastCompleteMonth) : lastCompleteMonth;
  const held = new Set(team.meetings.map((d) => d.slice(0, 7)));
  const missed = monthsBetween(first, last).filter((m) => !held.has(m));
  const lastMeetingOn = [...team.meetings].sort().at(-1) ?? null;
  const lastHeldMonth = lastMeetingOn?.slice(0, 7) ?? '';
  return {
    missed,
    open: missed.filter((m) => m > lastHeldMonth),
    lastMeetingOn,
  };
}

const maxMonth = (a: string, b: string) => (a > b ? a : b);
const minMonth = (a: string, b: string) => (a < b ? a : b);
