import type { DeadlineStatus } from '@tiep-dan/contracts';
import { deadlineStatus, type DeadlineFacts } from './deadline-status';

/*
 * Hand-computed rows. "Now" is Tuesday 10 March 2026, 10:00 in Vietnam (03:00Z) unless a row says otherwise. A due
 * instant is the end of the due day in Vietnam (16:59:59.999Z); the warning starts at 00:00 in Vietnam (17:00Z the day
 * before) of the day three working days earlier: due Tue 10/3 → warned from Thu 5/3, due Wed 11/3 → from Fri 6/3.
 */
const NOW = '2026-03-10T03:00:00.000Z';

const open: DeadlineFacts = {
  closedAt: null,
  ruleId: 'complaint.resolve.first',
  clock: { suspensions: [] },
  dueAt: null,
  dueSoonAt: null,
  overdueSince: null,
};
const dueYesterday = { dueAt: '2026-03-09T16:59:59.999Z', dueSoonAt: '2026-03-03T17:00:00.000Z' }; // Mon 9/3, warned from Wed 4/3
const dueToday = { dueAt: '2026-03-10T16:59:59.999Z', dueSoonAt: '2026-03-04T17:00:00.000Z' };
const dueTomorrow = { dueAt: '2026-03-11T16:59:59.999Z', dueSoonAt: '2026-03-05T17:00:00.000Z' };
const dueIn3Weeks = { dueAt: '2026-03-31T16:59:59.999Z', dueSoonAt: '2026-03-25T17:00:00.000Z' }; // warned from Thu 26/3
const openSuspension = { clock: { suspensions: [{ from: '2026-03-02T02:00:00.000Z' }] } };
const resumed = { clock: { suspensions: [{ from: '2026-03-02T02:00:00.000Z', to: '2026-03-04T02:00:00.000Z' }] } };

const ROWS: [name: string, row: Partial<DeadlineFacts>, expected: DeadlineStatus, now?: string][] = [
  ['due today: inside the warning window', dueToday, 'due_soon'],
  ['due tomorrow', dueTomorrow, 'due_soon'],
  ['due in three weeks, before the warning', dueIn3Weeks, 'on_time'],
  ['overdue by one day, not yet swept', dueYesterday, 'overdue'],
  ['overdue and marked by the sweeper', { ...dueYesterday, overdueSince: dueYesterday.dueAt }, 'overdue'],
  ["the sweeper's mark stands even before the due instant", { ...dueTomorrow, overdueSince: '2026-03-09T16:59:59.999Z' }, 'overdue'],
  ['suspended: the clock stopped, no due date while it lasts', openSuspension, 'suspended'],
  ['suspended after the due day had passed', { ...dueYesterday, ...openSuspension, overdueSince: dueYesterday.dueAt }, 'suspended'],
  ['a suspension that resumed counts no more', { ...dueTomorrow, ...resumed }, 'due_soon'],
  [
    'a suspension kept with a null end is still open',
    { clock: { suspensions: [{ from: '2026-03-02T02:00:00.000Z', to: null as never }] } },
    'suspended',
  ],
  ['no deadline: no clock at all', { ruleId: null, clock: null }, 'none'],
  ['no deadline: a clock with no due date and no suspension', {}, 'none'],
  [
    'closed, even long past its due day',
    { ...dueYesterday, overdueSince: dueYesterday.dueAt, closedAt: '2026-03-09T08:00:00.000Z' },
    'none',
  ],
  ['closed while suspended', { ...openSuspension, closedAt: '2026-03-09T08:00:00.000Z' }, 'none'],
  ['a limit that binds the citizen is never due soon or overdue', { ...dueYesterday, ruleId: 'complaint.second-filing' }, 'none'],
  ['a limit that binds the citizen, suspended', { ...openSuspension, ruleId: 'complaint.second-filing' }, 'none'],
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
    const asDates: DeadlineFacts = { ...open, dueAt: new Date(dueToday.dueAt), dueSoonAt: new Date(dueToday.dueSoonAt) };
    expect(deadlineStatus(asDates, new Date(NOW))).toBe('due_soon');
    expect(deadlineStatus({ ...asDates, closedAt: new Date(NOW) }, new Date(NOW))).toBe('none');
    expect(deadlineStatus(asDates, new Date('2026-03-11T00:00:00.000Z'))).toBe('overdue');
  });
});
