import { COMPUTED_DEFAULT_SOURCE, defaultYearCalendar } from './holidays';
import { hungKingsDay, tetDay } from './lunar';
import { OFFICIAL_CALENDAR, yearCalendar } from './official-calendar';
import { formatIsoDate, isWeekend, parseIsoDate } from './vn-date';

describe('official calendar 2025–2027', () => {
  it('ships 2025, 2026 and 2027 with a source on every entry', () => {
    expect(Object.keys(OFFICIAL_CALENDAR).map(Number)).toEqual([2025, 2026, 2027]);
    for (const table of Object.values(OFFICIAL_CALENDAR)) {
      for (const entry of [...table.daysOff, ...table.makeUpWorkingDays]) {
        expect(entry.source.length).toBeGreaterThan(10);
        expect(entry.date.startsWith(String(table.year))).toBe(true);
      }
    }
  });

  it('lists days off on weekdays and make-up working days on Saturdays', () => {
    for (const table of Object.values(OFFICIAL_CALENDAR)) {
      for (const off of table.daysOff.filter((d) => d.kind !== 'public_holiday')) expect(isWeekend(parseIsoDate(off.date))).toBe(false);
      for (const work of table.makeUpWorkingDays) expect(isWeekend(parseIsoDate(work.date))).toBe(true);
    }
  });

  it('agrees with the lunar calendar on Tết and Hùng Kings day', () => {
    for (const year of [2025, 2026, 2027]) {
      const table = yearCalendar(year);
      expect(table.daysOff.filter((d) => d.holiday === 'tet').map((d) => d.date)).toContain(formatIsoDate(tetDay(year)));
      expect(table.daysOff.find((d) => d.holiday === 'hung_kings' && d.kind === 'public_holiday')?.date).toBe(
        formatIsoDate(hungKingsDay(year)),
      );
    }
  });

  it('2025: Tết 27–31/1, 30/4–2/5 with Saturday 26/4 worked, 1–2/9', () => {
    const off = yearCalendar(2025).daysOff.map((d) => d.date);
    expect(off).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(yearCalendar(2025).makeUpWorkingDays.map((d) => d.date)).toEqual(['2025-04-26']);
  });

  it('2026: 1–2/1 with Saturday 10/1 worked, Tết 16–20/2, 27/4 in lieu, 31/8–2/9 with Saturday 22/8 worked', () => {
    expect(yearCalendar(2026).makeUpWorkingDays.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    expect(
      yearCalendar(2026)
        .daysOff.filter((d) => d.holiday === 'tet')
        .map((d) => d.date),
    ).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
  });

  it('2027 has no notice yet: the computed defaults, marked as such', () => {
    expect(yearCalendar(2027)).toEqual(defaultYearCalendar(2027));
    for (const d of yearCalendar(2027).daysOff) expect(d.source).toContain(COMPUTED_DEFAULT_SOURCE);
  });

  it('falls back to the computed defaults for other years', () => {
    expect(yearCalendar(2030)).toEqual(defaultYearCalendar(2030));
  });
});
