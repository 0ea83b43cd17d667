import type { IsoDate, ScheduledReceptionDay } from '@tiep-dan/contracts';
import { formatIsoDate, parseIsoDate, weekdayOf, type WorkingCalendar } from '@tiep-dan/workflows';

/** The commune chairman receives citizens at least one day a week (Luật Tiếp công dân 2013 Art. 15); default Monday. */
export const DEFAULT_RECEPTION_WEEKDAY = 1;
export const DEFAULT_RECEPTION_HOURS = {
  start: '07:30',
  end: '11:30',
} as const;

/**
 * The reception days on or after `from`, in order: each regular weekday of the schedule, or, when that day is a
 * public holiday (or any non-working day), the next working day (local practice, DOMAIN.md "Reception day"). Holidays
 * come from the workflows calendar only. A moved day that lands on the next regular day merges with it.
 */
export function receptionDaysFrom(from: IsoDate, weekday: number, count: number, calendar: WorkingCalendar): ScheduledReceptionDay[] {
  const start = parseIsoDate(from);
  // Start a week back: last week's holiday may have moved its session to today or later.
  let regular = start - 7 + ((weekday - weekdayOf(start - 7) + 7) % 7);
  const days: ScheduledReceptionDay[] = [];
  while (days.length < count) {
    const date = formatIsoDate(regular);
    const reason = calendar.whyNotWorking(date);
    const day: ScheduledReceptionDay = reason
      ? {
          date: calendar.nextWorkingDay(date),
          movedFrom: date,
          movedBecause: reason.name,
        }
      : { date, movedFrom: null, movedBecause: null };
    if (day.date >= from && !days.some((d) => d.date === day.date)) days.push(day);
    regular += 7;
  }
  return days;
}

/** The reception day that falls on `date`, if there is one. */
export function receptionDayOn(date: IsoDate, weekday: number, calendar: WorkingCalendar): ScheduledReceptionDay | null {
  const [first] = receptionDaysFrom(date, weekday, 1, calendar);
  return first && first.date === date ? first : null;
}
