import type { BilingualText, IsoDate } from '@tiep-dan/contracts';
import { hungKingsDay, tetDay } from './lunar';
import { dayNumberOf, formatIsoDate, isWeekend, weekdayOf, type DayNumber } from './vn-date';

/** The public holidays of the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), Art. 112(1). */
export type HolidayId = 'new_year' | 'tet' | 'hung_kings' | 'reunification' | 'labour_day' | 'national_day';

/**
 * 'public_holiday': a day of Art. 112; 'compensatory': in lieu of a holiday that fell on a weekly rest day (Art. 111(3));
 * 'swapped': a working day given off in exchange for a make-up working Saturday (the government's annual notice).
 */
export type DayOffKind = 'public_holiday' | 'compensatory' | 'swapped';

export interface CalendarDayOff {
  date: IsoDate;
  kind: DayOffKind;
  holiday: HolidayId;
  name: BilingualText;
  source: string;
}

/** A Saturday or Sunday worked in exchange for a swapped day off. */
export interface CalendarWorkingDay {
  date: IsoDate;
  name: BilingualText;
  source: string;
}

/** Every day off and make-up working day of one year, beyond ordinary weekends. */
export interface YearCalendar {
  year: number;
  daysOff: CalendarDayOff[];
  makeUpWorkingDays: CalendarWorkingDay[];
}

export const HOLIDAY_NAMES: Record<HolidayId, BilingualText> = {
  new_year: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  hung_kings: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Chiến thắng 30/4', en: 'Reunification Day (30 April)' },
  labour_day: { vi: 'Ngày Quốc tế Lao động 1/5', en: 'International Labour Day (1 May)' },
  national_day: { vi: 'Quốc khánh 2/9', en: 'National Day (2 September)' },
};

export function compensatoryName(holiday: HolidayId): BilingualText {
  const name = HOLIDAY_NAMES[holiday];
  return { vi: `Nghỉ bù ${name.vi}`, en: `Day off in lieu of ${name.en}` };
}

export function swappedName(holiday: HolidayId, makeUpDate: IsoDate): BilingualText {
  const name = HOLIDAY_NAMES[holiday];
  const [y, m, d] = makeUpDate.split('-');
  return {
    vi: `Nghỉ hoán đổi dịp ${name.vi} (làm bù ngày ${d}/${m}/${y})`,
    en: `Swapped day off around ${name.en} (worked on ${makeUpDate})`,
  };
}

export function makeUpName(holiday: HolidayId): BilingualText {
  const name = HOLIDAY_NAMES[holiday];
  return { vi: `Làm bù dịp ${name.vi}`, en: `Make-up working day for ${name.en}` };
}

export const COMPUTED_DEFAULT_SOURCE = "computed default, pending the government's notice";
const ART_112 = `Bộ luật Lao động 2019, Điều 112 khoản 1 (${COMPUTED_DEFAULT_SOURCE})`;
const ART_111 = `Bộ luật Lao động 2019, Điều 111 khoản 3 (${COMPUTED_DEFAULT_SOURCE})`;

/** Tết lasts 5 days; the computed default takes the last day of the lunar year and the first four of the new one. */
export const TET_DAYS_BEFORE = 1;
export const TET_LENGTH = 5;

/**
 * The days off of a year under Art. 112 alone, for years the government has not yet announced: the holidays, the
 * second National Day off (1 September when 2 September is a Tuesday, so the break joins the weekend; otherwise 3
 * September), and a compensatory day on the next working day for each holiday that falls on a Saturday or Sunday.
 */
export function defaultYearCalendar(year: number): YearCalendar {
  const holidays: { day: DayNumber; holiday: HolidayId }[] = [];
  holidays.push({ day: dayNumberOf(year, 1, 1), holiday: 'new_year' });
  const tet = tetDay(year);
  for (let i = -TET_DAYS_BEFORE; i < TET_LENGTH - TET_DAYS_BEFORE; i++) holidays.push({ day: tet + i, holiday: 'tet' });
  holidays.push({ day: hungKingsDay(year), holiday: 'hung_kings' });
  holidays.push({ day: dayNumberOf(year, 4, 30), holiday: 'reunification' });
  holidays.push({ day: dayNumberOf(year, 5, 1), holiday: 'labour_day' });
  const nationalDay = dayNumberOf(year, 9, 2);
  const adjacent = weekdayOf(nationalDay) === 2 ? nationalDay - 1 : nationalDay + 1;
  holidays.push({ day: Math.min(adjacent, nationalDay), holiday: 'national_day' });
  holidays.push({ day: Math.max(adjacent, nationalDay), holiday: 'national_day' });
  holidays.sort((a, b) => a.day - b.day);

  const taken = new Set(holidays.map((h) => h.day));
  const daysOff: CalendarDayOff[] = holidays.map((h) => ({
    date: formatIsoDate(h.day),
    kind: 'public_holiday',
    holiday: h.holiday,
    name: HOLIDAY_NAMES[h.holiday],
    source: ART_112,
  }));
  for (const h of holidays) {
    if (!isWeekend(h.day)) continue;
    let lieu = h.day + 1;
    while (isWeekend(lieu) || taken.has(lieu)) lieu++;
    taken.add(lieu);
    daysOff.push({
      date: formatIsoDate(lieu),
      kind: 'compensatory',
      holiday: h.holiday,
      name: compensatoryName(h.holiday),
      source: ART_111,
    });
  }
  daysOff.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year, daysOff, makeUpWorkingDays: [] };
}
