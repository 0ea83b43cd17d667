import type { IsoDate } from '@tiep-dan/contracts';
import {
  HOLIDAY_NAMES,
  compensatoryName,
  defaultYearCalendar,
  makeUpName,
  swappedName,
  type CalendarDayOff,
  type CalendarWorkingDay,
  type HolidayId,
  type YearCalendar,
} from './holidays';

/*
 * The government's annual notices (thông báo lịch nghỉ lễ, Tết) fix the Tết days, the second National Day off and any
 * swapped days for civil servants; they override the computed defaults of holidays.ts. Sources are as found; where the
 * notice's number could not be checked the entry says so. Only the weekdays that are off need listing: weekends are off
 * anyway.
 */

const LAW = 'Bộ luật Lao động 2019, Điều 112 khoản 1';
const NOTICE_2025 = 'Thông báo 6150/TB-LĐTBXH ngày 12/11/2024 của Bộ LĐTBXH (số hiệu theo trích dẫn, cần đối chiếu)';
const TET_2025 = 'Văn bản 8726/VPCP-KGVX ngày 26/11/2024: Thủ tướng đồng ý nghỉ Tết Ất Tỵ từ 25/01 đến hết 02/02/2025';
const NEW_YEAR_2026 = 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025: nghỉ 01–04/01/2026, hoán đổi thứ Sáu 02/01 với thứ Bảy 10/01/2026';
const NOTICE_2026 = 'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (lịch nghỉ Tết Âm lịch và Quốc khánh 2026)';
const NATIONAL_DAY_2026 = `${NOTICE_2026}: nghỉ 29/8–02/9/2026, hoán đổi thứ Hai 31/8 với thứ Bảy 22/8/2026 (theo phương án Bộ Nội vụ trình, cần đối chiếu)`;
const COMPENSATORY_2026 = 'Bộ luật Lao động 2019, Điều 111 khoản 3: Giỗ Tổ 26/4/2026 là Chủ nhật, nghỉ bù thứ Hai 27/4 (computed default)';

const holiday = (date: IsoDate, id: HolidayId, source: string): CalendarDayOff => ({
  date,
  kind: 'public_holiday',
  holiday: id,
  name: HOLIDAY_NAMES[id],
  source,
});
const swapped = (date: IsoDate, id: HolidayId, makeUpDate: IsoDate, source: string): CalendarDayOff => ({
  date,
  kind: 'swapped',
  holiday: id,
  name: swappedName(id, makeUpDate),
  source,
});
const compensatory = (date: IsoDate, id: HolidayId, source: string): CalendarDayOff => ({
  date,
  kind: 'compensatory',
  holiday: id,
  name: compensatoryName(id),
  source,
});
const makeUp = (date: IsoDate, id: HolidayId, source: string): CalendarWorkingDay => ({ date, name: makeUpName(id), source });

const YEAR_2025: YearCalendar = {
  year: 2025,
  daysOff: [
    holiday('2025-01-01', 'new_year', LAW),
    // Tết Ất Tỵ: mùng 1 is Wednesday 29/01; 27–31/01 (28 tháng Chạp – mùng 3), with the weekends a 9-day break.
    holiday('2025-01-27', 'tet', TET_2025),
    holiday('2025-01-28', 'tet', TET_2025),
    holiday('2025-01-29', 'tet', TET_2025),
    holiday('2025-01-30', 'tet', TET_2025),
    holiday('2025-01-31', 'tet', TET_2025),
    holiday('2025-04-07', 'hung_kings', `${LAW}; 10/3 Ất Tỵ`),
    holiday('2025-04-30', 'reunification', LAW),
    holiday('2025-05-01', 'labour_day', LAW),
    swapped('2025-05-02', 'labour_day', '2025-04-26', NOTICE_2025),
    holiday('2025-09-01', 'national_day', NOTICE_2025),
    holiday('2025-09-02', 'national_day', LAW),
  ],
  makeUpWorkingDays: [makeUp('2025-04-26', 'labour_day', NOTICE_2025)],
};

const YEAR_2026: YearCalendar = {
  year: 2026,
  daysOff: [
    holiday('2026-01-01', 'new_year', LAW),
    swapped('2026-01-02', 'new_year', '2026-01-10', NEW_YEAR_2026),
    // Tết Bính Ngọ: mùng 1 is Tuesday 17/02; 16–20/02 (29 tháng Chạp – mùng 4), 14–22/02 with the weekends.
    holiday('2026-02-16', 'tet', NOTICE_2026),
    holiday('2026-02-17', 'tet', NOTICE_2026),
    holiday('2026-02-18', 'tet', NOTICE_2026),
    holiday('2026-02-19', 'tet', NOTICE_2026),
    holiday('2026-02-20', 'tet', NOTICE_2026),
    holiday('2026-04-26', 'hung_kings', `${LAW}; 10/3 Bính Ngọ`),
    compensatory('2026-04-27', 'hung_kings', COMPENSATORY_2026),
    holiday('2026-04-30', 'reunification', LAW),
    holiday('2026-05-01', 'labour_day', LAW),
    swapped('2026-08-31', 'national_day', '2026-08-22', NATIONAL_DAY_2026),
    holiday('2026-09-01', 'national_day', NATIONAL_DAY_2026),
    holiday('2026-09-02', 'national_day', LAW),
  ],
  makeUpWorkingDays: [makeUp('2026-01-10', 'new_year', NEW_YEAR_2026), makeUp('2026-08-22', 'national_day', NATIONAL_DAY_2026)],
};

/** No notice for 2027 yet: the Art. 112 defaults, each marked "computed default, pending the government's notice". */
const YEAR_2027: YearCalendar = defaultYearCalendar(2027);

export const OFFICIAL_CALENDAR: Readonly<Record<number, YearCalendar>> = { 2025: YEAR_2025, 2026: YEAR_2026, 2027: YEAR_2027 };

/** The official table of a year when there is one, else the computed defaults of Art. 112. */
export function yearCalendar(year: number): YearCalendar {
  return OFFICIAL_CALENDAR[year] ?? defaultYearCalendar(year);
}
