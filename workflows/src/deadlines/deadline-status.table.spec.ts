import type { DeadlineStatus } from '@tiep-dan/contracts';
import { deadlineStatus, type DeadlineStatusRow } from './deadline-status';

/*
 * Hand-computed rows. "Now" is Tuesday 10 March 2026, 10:00 in Vietnam (03:00Z) unless a row says otherwise. A due
 * instant is the end of the due day in Vietnam (16:59:59.999Z); the warning starts at 00:00 in Vietnam (17:00Z the day
 * before) of the day three working days earlier: due Tue 10/3 → warned from Thu 5/3, due Wed 11/3 → from Fri 6/3.
 */
const NOW = '2026-03-10T03:00:00.000Z';

const open: DeadlineStatusRow = {
  closed_at: null,
  deadline_rule_id: 'complaint.resolve.first',
  deadline_clock: { suspensions: [] },
  due_at: null,
  due_soon_at: null,
  overdue_since: null,
};
const dueYesterday = { due_at: '2026-03-09T16:59:59.999Z', due_soon_at: '2026-03-03T17:00:00.000Z' }; // Mon 9/3, warned from Wed 4/3
const dueToday = { due_at: '2026-03-10T16:59:59.999Z', due_soon_at: '2026-03-04T17:00:00.000Z' };
const dueTomorrow = { due_at: '2026-03-11T16:59:59.999Z', due_soon_at: '2026-03-05T17:00:00.000Z' };
const dueIn3Weeks = { due_at: '2026-03-31T16:59:59.999Z', due_soon_at: '2026-03-25T17:00:00.000Z' }; // warned from Thu 26/3
const openSuspension = { deadline_clock: { suspensions: [{ from: '2026-03-02T02:00:00.000Z' }] } };
const resumed = { deadline_clock: { suspensions: [{ from: '2026-03-02T02:00:00.000Z', to: '2026-03-04T02:00:00.000Z' }] } };

const ROWS: [name: string, row: Partial<DeadlineStatusRow>, expected: DeadlineStatus, now?: string][] = [
  ['due today: inside the warning window', dueToday, 'due_soon'],
  ['due tomorrow', dueTomorrow, 'due_soon'],
  ['due in three weeks, before the warning', dueIn3Weeks, 'on_time'],
  ['overdue by one day, not yet swept', dueYesterday, 'overdue'],
  ['overdue and marked by the sweeper', { ...dueYesterday, overdue_since: dueYesterday.due_at }, 'overdue'],
  ["the sweeper's mark stands even before the due instant", { ...dueTomorrow, overdue_since: '2026-03-09T16:59:59.999Z' }, 'overdue'],
  ['suspended: the clock stopped, no due date while it lasts', openSuspension, 'suspended'],
  ['suspended after the due day had passed', { ...dueYesterday, ...openSuspension, overdue_since: dueYesterday.due_at }, 'suspended'],
  ['a suspension that resumed counts no more', { ...dueTomorrow, ...resumed }, 'due_soon'],
  ['a suspension kept with a null end is still open', { deadline_clock: { suspensions: [{ from: '2026-03-02T02:00:00.000Z', to: null as never }] } }, 'suspended'],
  ['no deadline: no clock at all', { deadline_rule_id: null, deadline_clock: null }, 'none'],
  ['no deadline: a clock with no due date and no suspension', {}, 'none'],
  ['closed, even long past its due day', { ...dueYesterday, overdue_since: dueYesterday.due_at, closed_at: '2026-03-09T08:00:00.000Z' }, 'none'],
  ['closed while suspended', { ...openSuspension, closed_at: '2026-03-09T08:00:00.000Z' }, 'none'],
  ['a limit that binds the citizen is never due soon or overdue', { ...dueYesterday, deadline_rule_id: 'complaint.second-filing' }, 'none'],
  ['a limit that binds the citizen, suspended', { ...openSuspension, deadline_rule_id: 'complaint.second-filing' }, 'none'],
  // Across Vietnam midnight: the day turns at 17:00Z, not at 00:00Z.
  ['23:59:59.999 on the due day in Vietnam is still in time', dueToday, 'due_soon', '2026-03-10T16:59:59.999Z'],
  ['00:00 the next day in Vietnam is overdue', dueToday, 'overdue', '2026-03-10T17:00:00.000Z'],
  ['06:00 the next day in Vietnam is overdue, though UTC still reads the due day', dueToday, 'overdue', '2026-03-10T23:00:00.000Z'],
  ['23:59 the day before the warning starts in Vietnam: on time', dueToday, 'on_time', '2026-03-04T16:59:00.000Z'],
  ['00:00 Vietnam time the warning day: due soon, though UTC still reads the day before', dueToday, 'due_soon', '2026-03-04T17:00:00.000Z'],
];

describe('deadlineStatus', () => {
  it.each(ROWS)('%s', (_name, row, expected, now = NOW) => {
    expect(deadlineStatus({ ...open, ...row }, new Date(now))).toBe(expected);
  });

  it('takes the columns as the database returns them: Date objects as well as ISO strings', () => {
    const asDates: DeadlineStatusRow = { ...open, due_at: new Date(dueToday.due_at), due_soon_at: new Date(dueToday.due_soon_at) };
    expect(deadlineStatus(asDates, new Date(NOW))).toBe('due_soon');
    expect(deadlineStatus({ ...asDates, closed_at: new Date(NOW) }, new Date(NOW))).toBe('none');
    expect(deadlineStatus(asDates, new Date('2026-03-11T00:00:00.000Z'))).toBe('overdue');
  });
});
