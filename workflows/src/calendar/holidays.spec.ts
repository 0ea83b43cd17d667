import { COMPUTED_DEFAULT_SOURCE, defaultYearCalendar } from './holidays';
import { parseIsoDate, weekdayOf } from './vn-date';

const offDates = (year: number) => defaultYearCalendar(year).daysOff.map((d) => `${d.date} ${d.kind} ${d.holiday}`);

describe('Labour Code 2019 Art. 112 defaults', () => {
  it('2027: Tết on a Saturday gives two compensatory days, 1 May on a Saturday gives Monday 3 May', () => {
    expect(offDates(2027)).toEqual([
      '2027-01-01 public_holiday new_year',
      '2027-02-05 public_holiday tet',
      '2027-02-06 public_holiday tet',
      '2027-02-07 public_holiday tet',
      '2027-02-08 public_holiday tet',
      '2027-02-09 public_holiday tet',
      '2027-02-10 compensatory tet',
      '2027-02-11 compensatory tet',
      '2027-04-16 public_holiday hung_kings',
      '2027-04-30 public_holiday reunification',
      '2027-05-01 public_holiday labour_day',
      '2027-05-03 compensatory labour_day',
      '2027-09-02 public_holiday national_day',
      '2027-09-03 public_holiday national_day',
    ]);
  });

  it('takes 1 September as the second National Day off when 2 September is a Tuesday (2025)', () => {
    expect(offDates(2025).filter((d) => d.includes('national_day'))).toEqual([
      '2025-09-01 public_holiday national_day',
      '2025-09-02 public_holiday national_day',
    ]);
  });

  it('gives a compensatory working day for Hùng Kings day on a Sunday (2026)', () => {
    expect(offDates(2026)).toContain('2026-04-27 compensatory hung_kings');
  });

  it('has 11 statutory holiday days a year, every compensatory day on a weekday, each marked as a computed default', () => {
    for (let year = 2020; year <= 2040; year++) {
      const { daysOff } = defaultYearCalendar(year);
      expect(daysOff.filter((d) => d.kind === 'public_holiday')).toHaveLength(11);
      const weekendHolidays = daysOff.filter((d) => d.kind === 'public_holiday' && [0, 6].includes(weekdayOf(parseIsoDate(d.date))));
      const compensatory = daysOff.filter((d) => d.kind === 'compensatory');
      expect(compensatory).toHaveLength(weekendHolidays.length);
      for (const c of compensatory) expect([0, 6]).not.toContain(weekdayOf(parseIsoDate(c.date)));
      expect(new Set(daysOff.map((d) => d.date)).size).toBe(daysOff.length);
      for (const d of daysOff) expect(d.source).toContain(COMPUTED_DEFAULT_SOURCE);
    }
  });
});
