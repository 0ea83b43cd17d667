import { hungKingsDay, lunarToSolar, solarToLunar, tetDay } from './lunar';
import { civilOf, dayNumberOf, formatIsoDate } from './vn-date';

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each([
    [2020, '2020-01-25'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    // Vietnam (UTC+7) differs from China (UTC+8) here: the new moon of 2 February 2030 falls at about 23:07 in Hanoi,
    // after midnight in Beijing, so Vietnam celebrates Tết on 2 February and China on 3 February.
    [2030, '2030-02-02'],
    // The known split of 1985 (Vietnam 21 January, China 20 February) and of 2007 (Vietnam 17 February, China 18).
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
  ])('Tết %i is %s', (year, date) => {
    expect(formatIsoDate(tetDay(year))).toBe(date);
  });

  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('Hùng Kings day %i is %s', (year, date) => {
    expect(formatIsoDate(hungKingsDay(year))).toBe(date);
  });

  it('converts both ways, leap months included', () => {
    expect(solarToLunar({ y: 2025, m: 1, d: 28 })).toEqual({ day: 29, month: 12, year: 2024, leap: false });
    // 2023 had a leap 2nd month (tháng 2 nhuận) starting 22 March 2023.
    expect(solarToLunar({ y: 2023, m: 3, d: 22 })).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toEqual({ y: 2023, m: 3, d: 22 });
    expect(() => lunarToSolar({ day: 1, month: 5, year: 2023, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1, month: 5, year: 2025, leap: false })).not.toThrow();
  });

  it('round-trips every day of 2000–2040', () => {
    for (let day = dayNumberOf(2000, 1, 1); day <= dayNumberOf(2040, 12, 31); day += 1) {
      const lunar = solarToLunar(civilOf(day));
      expect(lunarToSolar(lunar)).toEqual(civilOf(day));
      expect(lunar.day).toBeGreaterThanOrEqual(1);
      expect(lunar.day).toBeLessThanOrEqual(30);
    }
  });
});
