import { addDays, vnDay, vnDayStart, vnMonday } from './dashboard-area';

describe('Vietnam calendar helpers', () => {
  it('takes the Vietnam day, not the UTC one', () => {
    // 01:00 on 2 March in Vietnam is still 1 March in UTC.
    expect(vnDay(new Date('2026-03-01T18:00:00.000Z'))).toBe('2026-03-02');
    expect(vnDayStart('2026-03-02').toISOString()).toBe('2026-03-01T17:00:00.000Z');
  });

  it('finds the Monday of the week', () => {
    expect(vnMonday(new Date('2026-03-08T16:59:59.000Z'))).toBe('2026-03-02'); // Sunday 23:59 VN
    expect(vnMonday(new Date('2026-03-08T17:00:00.000Z'))).toBe('2026-03-09'); // Monday 00:00 VN
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});
