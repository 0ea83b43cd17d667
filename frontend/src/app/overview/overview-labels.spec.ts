import { listQueryOf, periodDays, vnDayStartIso } from './overview-labels';

describe('overview helpers', () => {
  it('gives the days of each reporting period', () => {
    expect(periodDays(2026, 'q1')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(periodDays(2028, 'm6')).toEqual({
      from: '2028-01-01',
      to: '2028-06-30',
    });
    expect(periodDays(2026, 'q4')).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
  });

  it('starts a Vietnam day at 17:00 UTC the day before', () => {
    expect(vnDayStartIso('2026-03-02')).toBe('2026-03-01T17:00:00.000Z');
  });

  it('turns the drill-down URL into a list query, dropping unknown parameters', () => {
    expect(
      listQueryOf({
        leadAgencyId: 'a1',
        overdue: 'true',
        open: 'true',
        junk: 'x',
      }),
    ).toEqual({
      leadAgencyId: 'a1',
      overdue: true,
      open: true,
    });
  });
});
