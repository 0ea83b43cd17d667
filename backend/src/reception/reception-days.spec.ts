import { createWorkingCalendar } from '@tiep-dan/workflows';
import { receptionDayOn, receptionDaysFrom } from './reception-days';

describe('reception days', () => {
  const calendar = createWorkingCalendar();

  it('is every Monday when Mondays are working days', () => {
    expect(receptionDaysFrom('2026-03-01', 1, 3, calendar).map((d) => d.date)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  });

  it('moves a holiday Monday to the next working day and says why', () => {
    // Monday 27 April 2026 is the compensatory day off for the Hùng Kings' day (a Sunday).
    const [moved, next] = receptionDaysFrom('2026-04-21', 1, 2, calendar);
    expect(moved).toMatchObject({
      date: '2026-04-28',
      movedFrom: '2026-04-27',
    });
    expect(moved.movedBecause?.vi).toBeTruthy();
    expect(next).toMatchObject({ date: '2026-05-04', movedFrom: null });
    expect(receptionDayOn('2026-04-27', 1, calendar)).toBeNull();
    expect(receptionDayOn('2026-04-28', 1, calendar)).toMatchObject({
      movedFrom: '2026-04-27',
    });
  });

  it('skips a whole holiday run (National Day 2026: Monday 31 Aug to Wednesday 2 Sep)', () => {
    expect(receptionDaysFrom('2026-08-29', 1, 1, calendar)[0]).toMatchObject({
      date: '2026-09-03',
      movedFrom: '2026-08-31',
    });
  });

  it('still finds a moved session the day after the holiday', () => {
    expect(receptionDaysFrom('2026-04-28', 1, 1, calendar)[0].date).toBe('2026-04-28');
  });

  it('merges a Tết Monday moved onto the next regular Monday', () => {
    // Tết 2026: Monday 16 to Friday 20 February; the next working day is Monday 23 February.
    const days = receptionDaysFrom('2026-02-14', 1, 2, calendar);
    expect(days.map((d) => d.date)).toEqual(['2026-02-23', '2026-03-02']);
  });

  it('follows another weekday when the commune chose one', () => {
    expect(receptionDaysFrom('2026-03-02', 3, 2, calendar).map((d) => d.date)).toEqual(['2026-03-04', '2026-03-11']);
  });
});
