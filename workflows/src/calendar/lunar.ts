import { civilOf, dayNumberOf, type CivilDate, type DayNumber } from './vn-date';

/**
 * The Vietnamese lunisolar calendar, after Hồ Ngọc Đức's published algorithm ("Âm lịch Việt Nam", astronomical new
 * moons and sun longitudes from Jean Meeus, "Astronomical Algorithms"), computed for the UTC+7 meridian. Vietnam's
 * calendar differs from China's (UTC+8) in some years, e.g. Tết 1985, so the time zone matters.
 */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True in the intercalary (leap) month. */
  leap: boolean;
}

const VN_TIME_ZONE_HOURS = 7;
/** Julian day number of 1970-01-01. */
const JD_UNIX_EPOCH = 2_440_588;

const jdFromDay = (day: DayNumber) => day + JD_UNIX_EPOCH;
const dayFromJd = (jd: number): DayNumber => jd - JD_UNIX_EPOCH;

/** Julian day (at local noon) of the k-th new moon after 1900-01-01 (Meeus ch. 49, simplified). */
function newMoonDay(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltat =
    T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  const jdNew = jd1 + C1 - deltat;
  return Math.floor(jdNew + 0.5 + VN_TIME_ZONE_HOURS / 24);
}

/** Sun longitude at local midnight of a Julian day, as one of 12 sectors of 30° (0 = from the spring equinox). */
function sunLongitudeSector(jdn: number): number {
  const T = (jdn - 2451545.5 - VN_TIME_ZONE_HOURS / 24) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
  return Math.floor((L / Math.PI) * 6);
}

/** Julian day of the start of the 11th lunar month (the one holding the winter solstice) of a Gregorian year. */
function lunarMonth11(yy: number): number {
  const off = jdFromDay(dayNumberOf(yy, 12, 31)) - 2415021;
  const k = Math.floor(off / 29.530588853);
  let nm = newMoonDay(k);
  if (sunLongitudeSector(nm) >= 9) nm = newMoonDay(k - 1);
  return nm;
}

/** Index (after month 11) of the leap month: the first month without a major solar term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a Gregorian date (Vietnam, UTC+7). */
export function solarToLunar(date: CivilDate): LunarDate {
  const dayNumber = jdFromDay(dayNumberOf(date.y, date.m, date.d));
  const k = Math.floor((dayNumber - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(date.y);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = date.y;
    a11 = lunarMonth11(date.y - 1);
  } else {
    lunarYear = date.y + 1;
    b11 = lunarMonth11(date.y + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

/** The Gregorian date of a lunar date (Vietnam, UTC+7). Throws when a leap month is asked for a year without it. */
export function lunarToSolar(lunar: LunarDate): CivilDate {
  return civilOf(lunarToDayNumber(lunar));
}

export function lunarToDayNumber({ day, month, year, leap }: LunarDate): DayNumber {
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1);
    b11 = lunarMonth11(year);
  } else {
    a11 = lunarMonth11(year);
    b11 = lunarMonth11(year + 1);
  }
  const k = Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }
  const monthStart = newMoonDay(k + off);
  return dayFromJd(monthStart + day - 1);
}

/** Day number of Tết Nguyên đán (1st day of the 1st lunar month) of a Gregorian year. */
export function tetDay(year: number): DayNumber {
  return lunarToDayNumber({ day: 1, month: 1, year, leap: false });
}

/** Day number of the Hùng Kings' commemoration (10th day of the 3rd lunar month) of a Gregorian year. */
export function hungKingsDay(year: number): DayNumber {
  return lunarToDayNumber({ day: 10, month: 3, year, leap: false });
}
