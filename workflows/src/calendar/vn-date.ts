import type { IsoDate } from '@tiep-dan/contracts';

/**
 * Civil dates in Vietnam. Vietnam keeps UTC+7 all year (no daylight saving), so an instant maps to a Vietnamese date by
 * arithmetic alone: nothing here reads the process time zone.
 *
 * A `DayNumber` is the count of days since 1970-01-01 (0 = Thursday 1 January 1970): the fast internal form.
 */
export type DayNumber = number;

/** A civil date split in parts; `m` is 1–12. */
export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

export const MS_PER_DAY = 86_400_000;
/** Vietnam's offset from UTC (Asia/Ho_Chi_Minh, no DST since 1975). */
export const VN_UTC_OFFSET_MS = 7 * 3_600_000;
/** The same offset as ISO 8601 writes it after a time. */
export const VN_UTC_OFFSET = '+07:00';
/** Vietnam's zone by name, for what takes one: PostgreSQL's `AT TIME ZONE`, a browser's `timezoneId`. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumberOf(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
export function civilOf(day: DayNumber): CivilDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD', rejecting impossible dates such as '2025-02-30'. */
export function parseIsoDate(date: IsoDate): DayNumber {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const day = dayNumberOf(y, m, d);
  const back = civilOf(day);
  if (back.y !== y || back.m !== m || back.d !== d) throw new RangeError(`Not a date: ${date}`);
  return day;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** ISO strings of 1970–2106, made on first use: explanations format the same few thousand days over and over. */
const ISO_CACHE_DAYS = 50_000;
const ISO_CACHE = new Array<IsoDate | undefined>(ISO_CACHE_DAYS).fill(undefined);

export function formatIsoDate(day: DayNumber): IsoDate {
  const cacheable = day >= 0 && day < ISO_CACHE_DAYS;
  const cached = cacheable ? ISO_CACHE[day] : undefined;
  if (cached !== undefined) return cached;
  const { y, m, d } = civilOf(day);
  const iso = `${y}-${pad2(m)}-${pad2(d)}`;
  if (cacheable) ISO_CACHE[day] = iso;
  return iso;
}

/** 'dd/mm/yyyy', the way Vietnamese documents write dates. */
export function formatVnDate(day: DayNumber): string {
  const iso = formatIsoDate(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: DayNumber): boolean {
  const wd = weekdayOf(day);
  return wd === 0 || wd === 6;
}

/** The Vietnamese civil date an instant falls on. */
export function vnDayOf(instant: Date): DayNumber {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return Math.floor((ms + VN_UTC_OFFSET_MS) / MS_PER_DAY);
}

export function vnDateOf(instant: Date): IsoDate {
  return formatIsoDate(vnDayOf(instant));
}

/** An instant as a wall clock in Vietnam reads it: 'YYYY-MM-DDTHH:mm:ss.sss', without a zone. */
function vnWallClock(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return new Date(ms + VN_UTC_OFFSET_MS).toISOString().slice(0, 23);
}

/** 'HH:mm' in Vietnam. */
export function vnTimeOf(instant: Date): string {
  return vnWallClock(instant).slice(11, 16);
}

/** 'HH:mm dd/mm/yyyy' in Vietnam, the way a notice states a moment. */
export function formatVnDateTime(instant: Date): string {
  return `${vnTimeOf(instant)} ${formatVnDate(vnDayOf(instant))}`;
}

/** ISO 8601 in Vietnam time with its offset, to the second: '2026-06-01T09:30:00+07:00'. */
export function vnTimestampOf(instant: Date): string {
  return `${vnWallClock(instant).slice(0, 19)}${VN_UTC_OFFSET}`;
}

/**
 * The instant a wall clock in Vietnam shows `time` ('HH:mm', midnight by default) on `date`. Like `new Date(text)`, a
 * malformed date gives an Invalid Date rather than throwing: callers pass it on to their own validation.
 */
export function vnInstantOf(date: IsoDate, time = '00:00'): Date {
  return new Date(`${date}T${time}:00${VN_UTC_OFFSET}`);
}

/** 00:00:00.000 Vietnam time of a day. */
export function startOfVnDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY - VN_UTC_OFFSET_MS);
}

/** `startOfVnDay(day).toISOString()` without a Date: the previous UTC day at 17:00Z. */
export function startOfVnDayIso(day: DayNumber): string {
  return `${formatIsoDate(day - 1)}T17:00:00.000Z`;
}

/** `endOfVnDay(day).toISOString()` without a Date: the same UTC day at 16:59:59.999Z. */
export function endOfVnDayIso(day: DayNumber): string {
  return `${formatIsoDate(day)}T16:59:59.999Z`;
}

/** 23:59:59.999 Vietnam time of a day (16:59:59.999Z). */
export function endOfVnDay(day: DayNumber): Date {
  return new Date((day + 1) * MS_PER_DAY - VN_UTC_OFFSET_MS - 1);
}
