import fc from 'fast-check';
import {
  civilOf,
  dayNumberOf,
  endOfVnDay,
  endOfVnDayIso,
  formatIsoDate,
  formatVnDate,
  formatVnDateTime,
  parseIsoDate,
  startOfVnDay,
  startOfVnDayIso,
  vnDateOf,
  vnDayOf,
  vnInstantOf,
  vnTimeOf,
  vnTimestampOf,
  weekdayOf,
} from './vn-date';

describe('vn-date', () => {
  it('numbers days from 1970-01-01 (a Thursday)', () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(weekdayOf(0)).toBe(4);
    expect(dayNumberOf(2025, 1, 29)).toBe(Date.UTC(2025, 0, 29) / 86_400_000);
    expect(weekdayOf(parseIsoDate('2025-01-29'))).toBe(3);
    expect(weekdayOf(parseIsoDate('1969-12-28'))).toBe(0);
  });

  it('round-trips civil dates and ISO strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 80_000 }), (day) => {
        const { y, m, d } = civilOf(day);
        expect(dayNumberOf(y, m, d)).toBe(day);
        expect(parseIsoDate(formatIsoDate(day))).toBe(day);
      }),
    );
  });

  it('rejects impossible dates', () => {
    expect(() => parseIsoDate('2025-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2025-13-01')).toThrow(RangeError);
    expect(() => parseIsoDate('25-1-1')).toThrow(RangeError);
    expect(parseIsoDate('2024-02-29')).toBe(dayNumberOf(2024, 2, 29));
  });

  it('reads an instant in Vietnam time (UTC+7) whatever the process time zone', () => {
    expect(vnDateOf(new Date('2025-01-28T16:59:59.999Z'))).toBe('2025-01-28');
    expect(vnDateOf(new Date('2025-01-28T17:00:00.000Z'))).toBe('2025-01-29');
    expect(vnDateOf(new Date('2025-01-01T00:00:00+07:00'))).toBe('2025-01-01');
    expect(() => vnDayOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('gives the start and end of a Vietnamese day', () => {
    const day = parseIsoDate('2026-02-17');
    expect(startOfVnDay(day).toISOString()).toBe('2026-02-16T17:00:00.000Z');
    expect(endOfVnDay(day).toISOString()).toBe('2026-02-17T16:59:59.999Z');
    expect(vnDayOf(startOfVnDay(day))).toBe(day);
    expect(startOfVnDayIso(day)).toBe(startOfVnDay(day).toISOString());
    expect(endOfVnDayIso(day)).toBe(endOfVnDay(day).toISOString());
    expect(startOfVnDayIso(parseIsoDate('2026-01-01'))).toBe('2025-12-31T17:00:00.000Z');
    expect(vnDayOf(endOfVnDay(day))).toBe(day);
    expect(formatVnDate(day)).toBe('17/02/2026');
  });

  it('states a moment as Vietnam reads it, across its midnight', () => {
    const rows: [string, string, string, string][] = [
      // instant (UTC)              HH:mm    HH:mm dd/mm/yyyy      ISO with offset
      ['2026-03-01T16:59:00.000Z', '23:59', '23:59 01/03/2026', '2026-03-01T23:59:00+07:00'],
      ['2026-03-01T17:00:00.000Z', '00:00', '00:00 02/03/2026', '2026-03-02T00:00:00+07:00'],
      ['2025-12-31T17:30:45.999Z', '00:30', '00:30 01/01/2026', '2026-01-01T00:30:45+07:00'],
      ['2026-06-01T02:05:00.000Z', '09:05', '09:05 01/06/2026', '2026-06-01T09:05:00+07:00'],
    ];
    for (const [utc, time, dateTime, timestamp] of rows) {
      const instant = new Date(utc);
      expect([vnTimeOf(instant), formatVnDateTime(instant), vnTimestampOf(instant)]).toEqual([time, dateTime, timestamp]);
    }
    expect(() => vnTimeOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => vnTimestampOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('finds the instant of a Vietnam wall-clock time on a date', () => {
    expect(vnInstantOf('2026-03-02').toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(vnInstantOf('2026-03-02', '09:00').toISOString()).toBe('2026-03-02T02:00:00.000Z');
    expect(vnInstantOf('2026-01-01', '06:59').toISOString()).toBe('2025-12-31T23:59:00.000Z');
    expect(vnDateOf(vnInstantOf('2026-01-01', '23:59'))).toBe('2026-01-01');
    expect(vnInstantOf('2026-01-01').getTime()).toBe(startOfVnDay(parseIsoDate('2026-01-01')).getTime());
    expect(Number.isNaN(vnInstantOf('not a date').getTime())).toBe(true);
  });
});
