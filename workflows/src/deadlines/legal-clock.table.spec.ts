import { createWorkingCalendar } from '../calendar/working-calendar';
import type { DeadlineClockChange } from '../machines/deadline';
import { advanceClock, deadlineColumns, hasOpenSuspension, type DeadlineClockState } from './legal-clock';

/*
 * Hand-computed rows. Monday 2 March 2026, 09:00 in Vietnam is 02:00Z; a due instant is the end of the due day in
 * Vietnam (16:59:59.999Z), the warning starts at 00:00 in Vietnam (17:00Z the day before) three working days earlier.
 * No public holiday falls in March or early April 2026.
 */
const MON_2_3 = '2026-03-02T02:00:00.000Z';
const THU_5_3 = '2026-03-05T02:00:00.000Z';
const TUE_10_3 = '2026-03-10T02:00:00.000Z';

const clockOf = (over: Partial<DeadlineClockState> = {}): DeadlineClockState => ({
  ruleId: 'complaint.resolve.first',
  ruleVersion: 1,
  startedAt: MON_2_3,
  complex: false,
  especiallyComplex: false,
  extensions: [],
  suspensions: [],
  ...over,
});

type Row = [
  name: string,
  clock: DeadlineClockState | null,
  change: DeadlineClockChange | undefined,
  at: string,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
  expected: DeadlineClockState | null,
];

const fired = { warnedAt: THU_5_3, passedAt: TUE_10_3 };

const acceptanceStartedAt = (at: string, ruleVersion: number): Row => [
  `complaint acceptance started at ${at} follows version ${ruleVersion}`,
  null,
  { ruleId: 'complaint.accept', action: 'start' },
  at,
  undefined,
  {},
  clockOf({ ruleId: 'complaint.accept', ruleVersion, startedAt: at }),
];

const ADVANCE: Row[] = [
  ['no change keeps the clock', clockOf(fired), undefined, TUE_10_3, {}, {}, clockOf(fired)],
  [
    'a new case starts its first clock at the event',
    null,
    { ruleId: 'complaint.accept', action: 'start' },
    MON_2_3,
    undefined,
    {},
    clockOf({ ruleId: 'complaint.accept' }),
  ],
  [
    'a clock counts from an earlier fact of the case (clockFrom)',
    clockOf({ ruleId: 'complaint.accept' }),
    { ruleId: 'complaint.resolve.first', action: 'start', clockFrom: 'acceptedAt' },
    TUE_10_3,
    {},
    { acceptedAt: MON_2_3 },
    clockOf(),
  ],
  [
    'a clockFrom later than the event is not believed',
    null,
    { ruleId: 'complaint.resolve.first', action: 'start', clockFrom: 'acceptedAt' },
    MON_2_3,
    undefined,
    { acceptedAt: TUE_10_3 },
    clockOf(),
  ],
  // The rule version in force on the Vietnam day the clock starts: 00:00 on 1 July 2026 takes version 2, 23:59 on 30 June 1.
  acceptanceStartedAt('2026-06-30T17:00:00.000Z', 2),
  acceptanceStartedAt('2026-06-30T16:59:00.000Z', 1),
  [
    'starting the rule already running keeps its start',
    clockOf(),
    { ruleId: 'complaint.resolve.first', action: 'start' },
    TUE_10_3,
    {},
    {},
    clockOf(),
  ],
  ['keep', clockOf({ complex: true }), { ruleId: 'complaint.resolve.first', action: 'keep' }, TUE_10_3, {}, {}, clockOf({ complex: true })],
  ['stop clears the clock', clockOf(fired), { ruleId: 'complaint.resolve.first', action: 'stop' }, TUE_10_3, {}, {}, null],
  [
    'a commitment counts to the date agreed at the dialogue',
    null,
    { ruleId: 'commitment.fulfil', action: 'start' },
    MON_2_3,
    undefined,
    { dueDate: '2026-03-20' },
    clockOf({ ruleId: 'commitment.fulfil', explicitDueDate: '2026-03-20' }),
  ],
  [
    'a rule without agreed dates ignores a dueDate in the context',
    null,
    { ruleId: 'proposal.resolve', action: 'start' },
    MON_2_3,
    undefined,
    { dueDate: '2026-03-20' },
    clockOf({ ruleId: 'proposal.resolve' }),
  ],
  [
    'a suspension stops the clock from its instant',
    clockOf({ ruleId: 'denunciation.resolve' }),
    { ruleId: 'denunciation.resolve', action: 'pause' },
    THU_5_3,
    {},
    {},
    clockOf({ ruleId: 'denunciation.resolve', suspensions: [{ from: THU_5_3 }] }),
  ],
  [
    'a second pause opens no second suspension',
    clockOf({ ruleId: 'denunciation.resolve', suspensions: [{ from: THU_5_3 }] }),
    { ruleId: 'denunciation.resolve', action: 'pause' },
    TUE_10_3,
    {},
    {},
    clockOf({ ruleId: 'denunciation.resolve', suspensions: [{ from: THU_5_3 }] }),
  ],
  [
    'resuming closes the suspension and lets the scheduler warn again',
    clockOf({ ruleId: 'denunciation.resolve', suspensions: [{ from: THU_5_3 }], ...fired }),
    { ruleId: 'denunciation.resolve', action: 'resume' },
    TUE_10_3,
    {},
    {},
    clockOf({ ruleId: 'denunciation.resolve', suspensions: [{ from: THU_5_3, to: TUE_10_3 }] }),
  ],
  [
    'a denunciation extension adds its days (the rule has an extension policy)',
    clockOf({ ruleId: 'denunciation.resolve', ...fired }),
    { ruleId: 'denunciation.resolve', action: 'keep' },
    TUE_10_3,
    { extensionsGranted: 0, extensionRequest: { reason: 'Xác minh nhiều nơi', complexity: 'complex' } },
    { extensionsGranted: 1 },
    clockOf({ ruleId: 'denunciation.resolve', complex: true, extensions: [{ reason: 'Xác minh nhiều nơi', at: TUE_10_3 }] }),
  ],
  [
    'an especially complex denunciation',
    clockOf({ ruleId: 'denunciation.resolve' }),
    { ruleId: 'denunciation.resolve', action: 'keep' },
    TUE_10_3,
    { extensionRequest: { reason: 'Liên ngành', complexity: 'especially_complex' } },
    { extensionsGranted: 1 },
    clockOf({
      ruleId: 'denunciation.resolve',
      complex: true,
      especiallyComplex: true,
      extensions: [{ reason: 'Liên ngành', at: TUE_10_3 }],
    }),
  ],
  [
    'a complex complaint takes the longer length, no extension days (no extension policy)',
    clockOf(fired),
    { ruleId: 'complaint.resolve.first', action: 'keep' },
    TUE_10_3,
    { extensionsGranted: 0, extensionRequest: { reason: 'Phức tạp', complexity: 'complex' } },
    { extensionsGranted: 1 },
    clockOf({ complex: true }),
  ],
  [
    'initial handling of a denunciation extended to its longer limit (Luật Tố cáo 2018 Art. 24(1))',
    clockOf({ ruleId: 'denunciation.accept', ...fired }),
    { ruleId: 'denunciation.accept', action: 'keep' },
    TUE_10_3,
    {},
    { initialHandlingExtended: { at: TUE_10_3 } },
    clockOf({ ruleId: 'denunciation.accept', complex: true }),
  ],
];

describe('advanceClock', () => {
  it.each(ADVANCE)('%s', (_name, clock, change, at, before, after, expected) => {
    const copy = structuredClone(clock);
    expect(advanceClock(clock, change, at, before, after)).toEqual(expected);
    expect(clock).toEqual(copy);
  });
});

const calendar = createWorkingCalendar();
const END = (date: string) => new Date(`${date}T16:59:59.999Z`);
const START = (dayBefore: string) => new Date(`${dayBefore}T17:00:00.000Z`);

describe('deadlineColumns', () => {
  it('has no columns without a clock', () => {
    expect(deadlineColumns(null, false, calendar)).toEqual({
      deadlineRuleId: null,
      ruleSetVersion: null,
      clockStartedAt: null,
      dueAt: null,
      dueSoonAt: null,
      nextDeadlineAt: null,
      overdueSince: null,
      explanation: null,
    });
  });

  // First complaint from Mon 2/3/2026: 30 days → Wed 1/4; warned from Fri 27/3 (Tue 31, Mon 30, Fri 27).
  const rows: [
    name: string,
    clock: DeadlineClockState,
    remote: boolean,
    due: string | null,
    dueSoon: string | null,
    next: string | null,
    overdue: string | null,
  ][] = [
    ['next comes the warning', clockOf(), false, '2026-04-01', '2026-03-26', 'soon', null],
    ['once warned, the due instant', clockOf({ warnedAt: '2026-03-26T17:00:00.000Z' }), false, '2026-04-01', '2026-03-26', 'due', null],
    [
      'once passed, overdue since the due instant and nothing more to fire',
      clockOf({ passedAt: '2026-04-01T17:00:00.000Z' }),
      false,
      '2026-04-01',
      '2026-03-26',
      null,
      'due',
    ],
    // Remote: 45 days → Thu 16/4; warned from Mon 13/4 (Wed 15, Tue 14, Mon 13).
    ['a remote area counts 45 days', clockOf(), true, '2026-04-16', '2026-04-12', 'soon', null],
    // The second-complaint window: 30 days → Wed 1/4, shown, never fired for the agency.
    [
      'a limit that binds the citizen is never fired nor overdue',
      clockOf({ ruleId: 'complaint.second-filing', passedAt: '2026-04-01T17:00:00.000Z' }),
      false,
      '2026-04-01',
      '2026-03-26',
      null,
      null,
    ],
    // Denunciation from Mon 2/3 suspended Thu 5/3: 3 days counted, no due date while suspended.
    [
      'an open suspension leaves no due date',
      clockOf({ ruleId: 'denunciation.resolve', suspensions: [{ from: THU_5_3 }] }),
      false,
      null,
      null,
      null,
      null,
    ],
    // Resumed Tue 10/3: 27 days left from Wed 11/3 → Mon 6/4; warned from Wed 1/4 (Fri 3, Thu 2, Wed 1).
    [
      'resumed: the days suspended are not counted',
      clockOf({ ruleId: 'denunciation.resolve', suspensions: [{ from: THU_5_3, to: TUE_10_3 }] }),
      false,
      '2026-04-06',
      '2026-03-31',
      'soon',
      null,
    ],
    // Agreed at the dialogue for Fri 20/3; warned from Tue 17/3 (Thu 19, Wed 18, Tue 17).
    [
      'a commitment is due on the agreed day',
      clockOf({ ruleId: 'commitment.fulfil', explicitDueDate: '2026-03-20' }),
      false,
      '2026-03-20',
      '2026-03-16',
      'soon',
      null,
    ],
  ];

  it.each(rows)('%s', (_name, clock, remote, due, dueSoon, next, overdue) => {
    const columns = deadlineColumns(clock, remote, calendar);
    const dueAt = due === null ? null : END(due);
    const dueSoonAt = dueSoon === null ? null : START(dueSoon);
    expect(columns).toMatchObject({
      deadlineRuleId: clock.ruleId,
      ruleSetVersion: `${clock.ruleId}@1`,
      clockStartedAt: new Date(clock.startedAt),
      dueAt,
      dueSoonAt,
      nextDeadlineAt: next === 'soon' ? dueSoonAt : next === 'due' ? dueAt : null,
      overdueSince: overdue === 'due' ? dueAt : null,
    });
    expect(columns.explanation?.ruleId).toBe(clock.ruleId);
  });
});

describe('hasOpenSuspension', () => {
  it('is true only while a suspension has not resumed', () => {
    expect(hasOpenSuspension(null)).toBe(false);
    expect(hasOpenSuspension(clockOf())).toBe(false);
    expect(hasOpenSuspension(clockOf({ suspensions: [{ from: MON_2_3, to: THU_5_3 }] }))).toBe(false);
    expect(hasOpenSuspension(clockOf({ suspensions: [{ from: MON_2_3, to: THU_5_3 }, { from: TUE_10_3 }] }))).toBe(true);
  });
});
