import type { BilingualText, IsoDate, NonWorkingKind } from '@tiep-dan/contracts';
import { yearCalendar } from './official-calendar';
import { dayNumberOf, formatIsoDate, parseIsoDate, weekdayOf, type DayNumber } from './vn-date';

/** Why a day is not a working day. */
export interface NonWorkingReason {
  kind: NonWorkingKind;
  name: BilingualText;
  /** The notice, law or deployment decision behind it (not for ordinary weekends). */
  source?: string;
}

/** A day a deployment closes its offices (storm, local event): not a working day. */
export interface CalendarClosure {
  date: IsoDate;
  name: BilingualText;
  source?: string;
}

/** A weekend or holiday a deployment works (e.g. a make-up Saturday the national table does not know yet). */
export interface CalendarMakeUpDay {
  date: IsoDate;
  source: string;
}

/** Deployment data layered over the national calendar; closures win over make-up days on the same date. */
export interface CalendarOverrides {
  closures?: readonly CalendarClosure[];
  makeUpWorkingDays?: readonly CalendarMakeUpDay[];
}

/** Years the calendar covers; a date outside them is refused rather than guessed. */
export const CALENDAR_FIRST_YEAR = 2000;
export const CALENDAR_LAST_YEAR = 2100;

const FIRST_DAY = dayNumberOf(CALENDAR_FIRST_YEAR, 1, 1);
const LAST_DAY = dayNumberOf(CALENDAR_LAST_YEAR, 12, 31);
const SPAN = LAST_DAY - FIRST_DAY + 1;

const SATURDAY: NonWorkingReason = { kind: 'weekend', name: { vi: 'Thứ Bảy', en: 'Saturday' } };
const SUNDAY: NonWorkingReason = { kind: 'weekend', name: { vi: 'Chủ nhật', en: 'Sunday' } };

/** The national calendar (weekends, official tables, Art. 112 defaults), built once: index = day − FIRST_DAY. */
let nationalReasons: (NonWorkingReason | null)[] | undefined;

function national(): (NonWorkingReason | null)[] {
  if (nationalReasons) return nationalReasons;
  const reasons = new Array<NonWorkingReason | null>(SPAN);
  for (let i = 0; i < SPAN; i++) {
    const wd = weekdayOf(FIRST_DAY + i);
    reasons[i] = wd === 6 ? SATURDAY : wd === 0 ? SUNDAY : null;
  }
  for (let year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++) {
    const table = yearCalendar(year);
    for (const off of table.daysOff) {
      const i = parseIsoDate(off.date) - FIRST_DAY;
      if (i >= 0 && i < SPAN) reasons[i] = { kind: off.kind, name: off.name, source: off.source };
    }
    for (const work of table.makeUpWorkingDays) {
      const i = parseIsoDate(work.date) - FIRST_DAY;
      if (i >= 0 && i < SPAN) reasons[i] = null;
    }
  }
  nationalReasons = reasons;
  return reasons;
}

/**
 * Working days in Vietnam (Asia/Ho_Chi_Minh) for one deployment: Saturdays and Sundays off, the public holidays of the
 * Labour Code 2019 Art. 112 as fixed by the official table of each year, then the deployment's own closures and make-up
 * days. Built once into a prefix count of working days, so every question is O(1).
 *
 * Day-number methods (`isWorking`, `addWorking` …) are the fast path; the `…Day(s)` methods take and return ISO dates.
 */
export class WorkingCalendar {
  private readonly reasons: (NonWorkingReason | null)[];
  /** workingBefore[i] = number of working days in [FIRST_DAY, FIRST_DAY + i). */
  private readonly workingBefore: Int32Array;
  /** Day numbers of every working day, ascending. */
  private readonly workingDays: Int32Array;

  constructor(readonly overrides: CalendarOverrides = {}) {
    const reasons = national().slice();
    for (const day of overrides.makeUpWorkingDays ?? []) reasons[this.index(parseIsoDate(day.date))] = null;
    for (const closure of overrides.closures ?? []) {
      reasons[this.index(parseIsoDate(closure.date))] = { kind: 'closure', name: closure.name, source: closure.source };
    }
    const workingBefore = new Int32Array(SPAN + 1);
    let count = 0;
    for (let i = 0; i < SPAN; i++) {
      workingBefore[i] = count;
      if (reasons[i] === null) count++;
    }
    workingBefore[SPAN] = count;
    const workingDays = new Int32Array(count);
    for (let i = 0, k = 0; i < SPAN; i++) if (reasons[i] === null) workingDays[k++] = FIRST_DAY + i;
    this.reasons = reasons;
    this.workingBefore = workingBefore;
    this.workingDays = workingDays;
  }

  /** A calendar with more deployment data on top of this one's (e.g. a closure declared after clocks started). */
  withOverrides(more: CalendarOverrides): WorkingCalendar {
    return new WorkingCalendar({
      closures: [...(this.overrides.closures ?? []), ...(more.closures ?? [])],
      makeUpWorkingDays: [...(this.overrides.makeUpWorkingDays ?? []), ...(more.makeUpWorkingDays ?? [])],
    });
  }

  // ---- day numbers (fast path) ------------------------------------------------------------------------------------

  isWorking(day: DayNumber): boolean {
    return this.reasons[this.index(day)] === null;
  }

  /** Why a day is not a working day; null for a working day. */
  reasonOn(day: DayNumber): NonWorkingReason | null {
    return this.reasons[this.index(day)];
  }

  /** Number of working days d with after < d ≤ upTo (0 when upTo ≤ after). */
  countWorking(after: DayNumber, upTo: DayNumber): number {
    if (upTo <= after) return 0;
    return this.workingBefore[this.index(upTo) + 1] - this.workingBefore[this.index(after) + 1];
  }

  /**
   * The n-th working day after `day` (n > 0), or before it (n < 0); `day` itself for n = 0. `day` need not be a
   * working day: the first working day after a Saturday is the next working Monday.
   */
  addWorking(day: DayNumber, n: number): DayNumber {
    if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`);
    if (n === 0) return day;
    const k = n > 0 ? this.workingBefore[this.index(day) + 1] + n - 1 : this.workingBefore[this.index(day)] + n;
    if (k < 0 || k >= this.workingDays.length) throw new RangeError(`Outside the calendar (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR})`);
    return this.workingDays[k];
  }

  nextWorking(day: DayNumber): DayNumber {
    return this.addWorking(day, 1);
  }

  previousWorking(day: DayNumber): DayNumber {
    return this.addWorking(day, -1);
  }

  // ---- ISO dates -------------------------------------------------------------------------------------------------

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorking(parseIsoDate(date));
  }

  /** 'weekend', the holiday's name, or the closure; null for a working day. */
  whyNotWorking(date: IsoDate): NonWorkingReason | null {
    return this.reasonOn(parseIsoDate(date));
  }

  addWorkingDays(date: IsoDate, n: number): IsoDate {
    return formatIsoDate(this.addWorking(parseIsoDate(date), n));
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return formatIsoDate(this.nextWorking(parseIsoDate(date)));
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: IsoDate): IsoDate {
    return formatIsoDate(this.previousWorking(parseIsoDate(date)));
  }

  /** Working days after `from` up to and including `to`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    return this.countWorking(parseIsoDate(from), parseIsoDate(to));
  }

  /** Every non-working day from `from` to `to`, both included, with its reason. */
  nonWorkingDays(from: IsoDate, to: IsoDate): { date: IsoDate; reason: NonWorkingReason }[] {
    const out: { date: IsoDate; reason: NonWorkingReason }[] = [];
    for (let day = parseIsoDate(from), last = parseIsoDate(to); day <= last; day++) {
      const reason = this.reasonOn(day);
      if (reason) out.push({ date: formatIsoDate(day), reason });
    }
    return out;
  }

  private index(day: DayNumber): number {
    const i = day - FIRST_DAY;
    if (!(i >= 0 && i < SPAN)) throw new RangeError(`Outside the calendar (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}): day ${day}`);
    return i;
  }
}

export function createWorkingCalendar(overrides?: CalendarOverrides): WorkingCalendar {
  return new WorkingCalendar(overrides);
}
