import fc from 'fast-check';
import { createWorkingCalendar } from './working-calendar';
import { dayNumberOf, formatIsoDate, parseIsoDate } from './vn-date';

const calendar = createWorkingCalendar();

describe('WorkingCalendar', () => {
  it('tells why a day is not a working day', () => {
    expect(calendar.isWorkingDay('2025-03-03')).toBe(true);
    expect(calendar.whyNotWorking('2025-03-03')).toBeNull();
    expect(calendar.whyNotWorking('2025-03-08')).toEqual({ kind: 'weekend', name: { vi: 'Thứ Bảy', en: 'Saturday' } });
    expect(calendar.whyNotWorking('2025-03-09')?.name.en).toBe('Sunday');
    expect(calendar.whyNotWorking('2025-01-29')).toMatchObject({ kind: 'public_holiday', name: { vi: 'Tết Nguyên đán' } });
    expect(calendar.whyNotWorking('2025-05-02')?.kind).toBe('swapped');
    expect(calendar.whyNotWorking('2026-04-27')?.kind).toBe('compensatory');
    expect(calendar.whyNotWorking('2026-04-27')?.source).toContain('Điều 111');
  });

  it('names a holiday that falls on a weekend after the holiday, not the weekend', () => {
    expect(calendar.whyNotWorking('2027-02-06')).toMatchObject({ kind: 'public_holiday', name: { en: 'Lunar New Year (Tết)' } });
    expect(calendar.whyNotWorking('2026-04-26')?.name.vi).toBe('Giỗ Tổ Hùng Vương');
  });

  it('works the make-up Saturdays of the official table', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
    expect(calendar.isWorkingDay('2026-08-29')).toBe(false);
  });

  it('adds working days and finds the next and previous working day', () => {
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    expect(calendar.addWorkingDays('2025-01-25', 1)).toBe('2025-02-03');
    expect(calendar.addWorkingDays('2025-02-03', -1)).toBe('2025-01-24');
    expect(calendar.addWorkingDays('2025-02-01', -1)).toBe('2025-01-24');
    expect(calendar.addWorkingDays('2025-03-05', 0)).toBe('2025-03-05');
    expect(calendar.nextWorkingDay('2025-04-29')).toBe('2025-05-05');
    expect(calendar.nextWorkingDay('2025-04-25')).toBe('2025-04-26');
    expect(calendar.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
    expect(calendar.workingDaysBetween('2025-01-20', '2025-02-10')).toBe(10);
    expect(calendar.workingDaysBetween('2025-02-10', '2025-01-20')).toBe(0);
    expect(() => calendar.addWorkingDays('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('lists the non-working days of a range with their reasons', () => {
    expect(calendar.nonWorkingDays('2025-04-28', '2025-05-05').map((d) => `${d.date} ${d.reason.kind}`)).toEqual([
      '2025-04-30 public_holiday',
      '2025-05-01 public_holiday',
      '2025-05-02 swapped',
      '2025-05-03 weekend',
      '2025-05-04 weekend',
    ]);
  });

  it('applies deployment closures and make-up days, closures winning', () => {
    const local = createWorkingCalendar({
      closures: [
        { date: '2025-03-12', name: { vi: 'Nghỉ do bão', en: 'Closed for a storm' }, source: 'Quyết định của UBND xã' },
        { date: '2025-03-22', name: { vi: 'Đóng cửa', en: 'Closed' } },
      ],
      makeUpWorkingDays: [
        { date: '2025-03-15', source: 'Quyết định của UBND xã' },
        { date: '2025-03-22', source: 'Quyết định của UBND xã' },
      ],
    });
    expect(local.whyNotWorking('2025-03-12')).toEqual({
      kind: 'closure',
      name: { vi: 'Nghỉ do bão', en: 'Closed for a storm' },
      source: 'Quyết định của UBND xã',
    });
    expect(local.isWorkingDay('2025-03-15')).toBe(true);
    expect(local.isWorkingDay('2025-03-22')).toBe(false);
    expect(calendar.isWorkingDay('2025-03-12')).toBe(true);
    const later = local.withOverrides({ closures: [{ date: '2025-03-13', name: { vi: 'Đóng cửa', en: 'Closed' } }] });
    expect(later.isWorkingDay('2025-03-12')).toBe(false);
    expect(later.isWorkingDay('2025-03-13')).toBe(false);
    expect(local.isWorkingDay('2025-03-13')).toBe(true);
  });

  it('refuses dates outside 2000–2100', () => {
    expect(() => calendar.isWorkingDay('1999-12-31')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2101-01-01')).toThrow(RangeError);
  });

  it('agrees with a day-by-day count (property)', () => {
    const first = dayNumberOf(2024, 1, 1);
    fc.assert(
      fc.property(fc.integer({ min: first, max: first + 4 * 365 }), fc.integer({ min: 1, max: 40 }), (day, n) => {
        let d = day;
        for (let left = n; left > 0; ) {
          d++;
          if (calendar.isWorking(d)) left--;
        }
        expect(calendar.addWorking(day, n)).toBe(d);
        expect(calendar.countWorking(day, d)).toBe(n);
        expect(calendar.addWorking(d, -n)).toBeLessThanOrEqual(day);
        expect(parseIsoDate(formatIsoDate(d))).toBe(d);
      }),
    );
  });
});
