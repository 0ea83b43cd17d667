import type { DeadlineRuleId } from '@tiep-dan/contracts';
import { createWorkingCalendar, type CalendarOverrides } from '../calendar/working-calendar';
import { computeDeadline, type ComputeDeadlineInput } from './compute-deadline';
import { DeadlineRuleError, type DeadlineRuleErrorCode } from './deadline-rule-error';

/*
 * Every expected date below was counted by hand on a paper calendar, with the days off of 2025–2027:
 * 2025: 1/1; Tết 27–31/1 (weekends 25–26/1, 1–2/2); Hùng Kings Mon 7/4; 30/4, 1/5, swapped Fri 2/5 (Sat 26/4 worked);
 *       Mon 1/9 and Tue 2/9.
 * 2026: 1/1, swapped Fri 2/1 (Sat 10/1 worked); Tết 16–20/2; Hùng Kings Sun 26/4 → Mon 27/4 in lieu; 30/4, 1/5;
 *       swapped Mon 31/8 (Sat 22/8 worked), 1/9, 2/9.
 * 2027 (computed defaults): Fri 1/1; Tết Fri 5/2 – Tue 9/2 with Wed 10/2 and Thu 11/2 in lieu; Hùng Kings Fri 16/4;
 *       Fri 30/4, Sat 1/5 → Mon 3/5 in lieu; Thu 2/9, Fri 3/9.
 * A bare date means 09:00 Vietnam time that day.
 */

interface Case {
  name: string;
  rule: DeadlineRuleId;
  start: string;
  version?: number;
  remote?: boolean;
  complex?: boolean;
  especiallyComplex?: boolean;
  /** Extension lengths; undefined = the policy's maximum. */
  extensions?: (number | undefined)[];
  /** [suspension date, resumption date or undefined while open]. */
  suspensions?: [string, string?][];
  explicit?: string;
  dialogue?: string;
  overrides?: CalendarOverrides;
  /** The expected due date, null while suspended; omitted when the case throws. */
  due?: string | null;
  expectVersion?: number;
  rolledFrom?: string;
  rolledBackFrom?: string;
  dueSoon?: string;
  throws?: DeadlineRuleErrorCode;
}

const at = (date: string) => new Date(date.length === 10 ? `${date}T09:00:00+07:00` : date);
const storm = (date: string) => ({ closures: [{ date, name: { vi: 'Nghỉ do bão', en: 'Closed for a storm' } }] });

const CASES: Case[] = [
  // ---- reception.reply: 10 working days ----------------------------------------------------------------------------
  { name: 'reception: two plain weeks', rule: 'reception.reply', start: '2025-03-03', due: '2025-03-17', dueSoon: '2025-03-12' },
  { name: 'reception: from a Friday', rule: 'reception.reply', start: '2025-03-07', due: '2025-03-21' },
  { name: 'reception: started on a Saturday', rule: 'reception.reply', start: '2025-03-08', due: '2025-03-21' },
  { name: 'reception: 23:30 Vietnam time is still Monday', rule: 'reception.reply', start: '2025-03-03T16:30:00Z', due: '2025-03-17' },
  {
    name: 'reception: 23:59 Sunday Vietnam time counts from Sunday',
    rule: 'reception.reply',
    start: '2025-03-02T16:59:59.999Z',
    due: '2025-03-14',
  },
  { name: 'reception: across Tết 2025', rule: 'reception.reply', start: '2025-01-20', due: '2025-02-10', dueSoon: '2025-02-05' },
  { name: 'reception: across Tết 2026', rule: 'reception.reply', start: '2026-02-09', due: '2026-03-02' },
  {
    name: 'reception: across Tết 2027 (days in lieu)',
    rule: 'reception.reply',
    start: '2027-02-01',
    due: '2027-02-22',
    dueSoon: '2027-02-17',
  },
  { name: 'reception: across Hùng Kings 2025', rule: 'reception.reply', start: '2025-04-01', due: '2025-04-16' },
  { name: 'reception: across 30/4 2025 with the make-up Saturday 26/4', rule: 'reception.reply', start: '2025-04-24', due: '2025-05-12' },
  { name: 'reception: across 1–2/9 2025', rule: 'reception.reply', start: '2025-08-28', due: '2025-09-15' },
  { name: 'reception: across 1/1 2026 with the make-up Saturday 10/1', rule: 'reception.reply', start: '2025-12-31', due: '2026-01-15' },
  {
    name: 'reception: a storm closure declared after the start',
    rule: 'reception.reply',
    start: '2025-03-03',
    overrides: storm('2025-03-12'),
    due: '2025-03-18',
  },
  { name: 'reception: remote makes no difference', rule: 'reception.reply', start: '2025-03-03', remote: true, due: '2025-03-17' },

  // ---- letter.triage: 10 working days ------------------------------------------------------------------------------
  {
    name: 'triage: Hùng Kings in lieu and 30/4 2026',
    rule: 'letter.triage',
    start: '2026-04-20',
    due: '2026-05-07',
    dueSoon: '2026-05-04',
  },
  { name: 'triage: from the Friday before Hùng Kings 2026', rule: 'letter.triage', start: '2026-04-24', due: '2026-05-13' },
  { name: 'triage: started on New Year’s Day 2025', rule: 'letter.triage', start: '2025-01-01', due: '2025-01-15' },
  { name: 'triage: National Day 2026 with the make-up Saturday 22/8', rule: 'letter.triage', start: '2026-08-20', due: '2026-09-07' },
  { name: 'triage: 1/5 2027 on a Saturday, Monday in lieu', rule: 'letter.triage', start: '2027-04-26', due: '2027-05-12' },
  {
    name: 'triage: a deployment make-up Saturday counts',
    rule: 'letter.triage',
    start: '2025-03-03',
    overrides: { makeUpWorkingDays: [{ date: '2025-03-08', source: 'UBND xã' }] },
    due: '2025-03-14',
  },

  // ---- complaint.accept: v1 10 calendar days until 30/6/2026, v2 7 working days from 1/7/2026 -----------------------
  { name: 'accept v1: ten days', rule: 'complaint.accept', start: '2025-03-03', due: '2025-03-13', expectVersion: 1 },
  {
    name: 'accept v1: Saturday rolls to Monday',
    rule: 'complaint.accept',
    start: '2025-03-05',
    due: '2025-03-17',
    rolledFrom: '2025-03-15',
    dueSoon: '2025-03-12',
  },
  { name: 'accept v1: lands in Tết 2025', rule: 'complaint.accept', start: '2025-01-18', due: '2025-02-03', rolledFrom: '2025-01-28' },
  { name: 'accept v1: lands in Tết 2026', rule: 'complaint.accept', start: '2026-02-06', due: '2026-02-23', rolledFrom: '2026-02-16' },
  { name: 'accept v1: lands on the make-up Saturday 26/4/2025', rule: 'complaint.accept', start: '2025-04-16', due: '2025-04-26' },
  {
    name: 'accept v1: lands on a deployment make-up Saturday',
    rule: 'complaint.accept',
    start: '2025-03-05',
    overrides: { makeUpWorkingDays: [{ date: '2025-03-15', source: 'UBND xã' }] },
    due: '2025-03-15',
  },
  { name: 'accept v1: last day of v1 (30/6/2026)', rule: 'complaint.accept', start: '2026-06-30', due: '2026-07-10', expectVersion: 1 },
  {
    name: 'accept v1: 23:59:59 on 30/6 Vietnam time',
    rule: 'complaint.accept',
    start: '2026-06-30T16:59:59Z',
    due: '2026-07-10',
    expectVersion: 1,
  },
  {
    name: 'accept v2: 00:30 on 1/7 Vietnam time (30/6 in UTC)',
    rule: 'complaint.accept',
    start: '2026-06-30T17:30:00Z',
    due: '2026-07-10',
    expectVersion: 2,
  },
  {
    name: 'accept v2: seven working days from a Friday',
    rule: 'complaint.accept',
    start: '2026-07-03',
    due: '2026-07-14',
    expectVersion: 2,
  },
  { name: 'accept v2: across National Day 2026', rule: 'complaint.accept', start: '2026-08-26', due: '2026-09-09', expectVersion: 2 },
  {
    name: 'accept: a case keeps version 1 after the switch',
    rule: 'complaint.accept',
    start: '2026-07-03',
    version: 1,
    due: '2026-07-13',
    expectVersion: 1,
  },
  { name: 'accept v2: across Tết 2027', rule: 'complaint.accept', start: '2027-02-03', due: '2027-02-19', expectVersion: 2 },

  // ---- complaint.resolve.first: 30 days, remote 45, complex 45, remote complex 60 ----------------------------------
  { name: 'first: thirty days', rule: 'complaint.resolve.first', start: '2025-03-03', due: '2025-04-02' },
  { name: 'first: remote 45', rule: 'complaint.resolve.first', start: '2025-03-03', remote: true, due: '2025-04-17' },
  { name: 'first: complex 45', rule: 'complaint.resolve.first', start: '2025-03-03', complex: true, due: '2025-04-17' },
  {
    name: 'first: remote complex 60 lands on the swapped 2/5',
    rule: 'complaint.resolve.first',
    start: '2025-03-03',
    remote: true,
    complex: true,
    due: '2025-05-05',
    rolledFrom: '2025-05-02',
  },
  {
    name: 'first: lands on Hùng Kings 2025',
    rule: 'complaint.resolve.first',
    start: '2025-03-08',
    due: '2025-04-08',
    rolledFrom: '2025-04-07',
  },
  {
    name: 'first: lands on 1/1/2026, then the swapped 2/1',
    rule: 'complaint.resolve.first',
    start: '2025-12-02',
    due: '2026-01-05',
    rolledFrom: '2026-01-01',
  },
  { name: 'first: lands on the make-up Saturday 10/1/2026', rule: 'complaint.resolve.first', start: '2025-12-11', due: '2026-01-10' },
  {
    name: 'first: lands in Tết 2027',
    rule: 'complaint.resolve.first',
    start: '2027-01-06',
    due: '2027-02-12',
    rolledFrom: '2027-02-05',
    dueSoon: '2027-02-02',
  },
  {
    name: 'first: remote, lands on Tết day 2027',
    rule: 'complaint.resolve.first',
    start: '2026-12-23',
    remote: true,
    due: '2027-02-12',
    rolledFrom: '2027-02-06',
  },
  {
    name: 'first: complex, lands on 30/4/2026',
    rule: 'complaint.resolve.first',
    start: '2026-03-16',
    complex: true,
    due: '2026-05-04',
    rolledFrom: '2026-04-30',
  },
  {
    name: 'first: a closure on the due day moves it',
    rule: 'complaint.resolve.first',
    start: '2025-03-03',
    overrides: storm('2025-04-02'),
    due: '2025-04-03',
    rolledFrom: '2025-04-02',
  },
  {
    name: 'first: a closure before the due day does not',
    rule: 'complaint.resolve.first',
    start: '2025-03-03',
    overrides: storm('2025-03-20'),
    due: '2025-04-02',
  },
  {
    name: 'first: suspension spanning Tết 2026',
    rule: 'complaint.resolve.first',
    start: '2026-02-02',
    suspensions: [['2026-02-10', '2026-02-25']],
    due: '2026-03-19',
  },

  // ---- complaint.resolve.second: 45 days, remote 60, complex 60, remote complex 70 ---------------------------------
  { name: 'second: forty-five days', rule: 'complaint.resolve.second', start: '2025-06-02', due: '2025-07-17' },
  { name: 'second: remote 60', rule: 'complaint.resolve.second', start: '2025-06-02', remote: true, due: '2025-08-01' },
  { name: 'second: complex 60', rule: 'complaint.resolve.second', start: '2025-06-02', complex: true, due: '2025-08-01' },
  {
    name: 'second: remote complex 70',
    rule: 'complaint.resolve.second',
    start: '2025-06-02',
    remote: true,
    complex: true,
    due: '2025-08-11',
  },
  { name: 'second: lands on 2/9/2025', rule: 'complaint.resolve.second', start: '2025-07-19', due: '2025-09-03', rolledFrom: '2025-09-02' },
  {
    name: 'second: remote complex, lands in Tết 2026',
    rule: 'complaint.resolve.second',
    start: '2025-12-08',
    remote: true,
    complex: true,
    due: '2026-02-23',
    rolledFrom: '2026-02-16',
  },

  // ---- complaint.second-filing: 30 days, remote 45 -----------------------------------------------------------------
  { name: 'second filing: thirty days', rule: 'complaint.second-filing', start: '2025-08-04', due: '2025-09-03' },
  { name: 'second filing: remote 45', rule: 'complaint.second-filing', start: '2025-08-04', remote: true, due: '2025-09-18' },
  {
    name: 'second filing: lands on 1/9/2025',
    rule: 'complaint.second-filing',
    start: '2025-08-02',
    due: '2025-09-03',
    rolledFrom: '2025-09-01',
  },
  {
    name: 'second filing: suspensions do not stop it',
    rule: 'complaint.second-filing',
    start: '2025-08-04',
    suspensions: [['2025-08-10', '2025-08-20']],
    due: '2025-09-03',
  },
  { name: 'second filing: no complex variant', rule: 'complaint.second-filing', start: '2025-08-04', complex: true, due: '2025-09-03' },

  // ---- complaint.dialogue-notice: at least 5 days before the dialogue (a latest date, moved back) ------------------
  {
    name: 'dialogue notice: Sunday moves back to Friday',
    rule: 'complaint.dialogue-notice',
    start: '2025-03-03',
    dialogue: '2025-03-14',
    due: '2025-03-07',
    rolledBackFrom: '2025-03-09',
  },
  {
    name: 'dialogue notice: a weekday',
    rule: 'complaint.dialogue-notice',
    start: '2025-03-03',
    dialogue: '2025-03-17',
    due: '2025-03-12',
    dueSoon: '2025-03-10',
  },
  {
    name: 'dialogue notice: back over Tết 2025',
    rule: 'complaint.dialogue-notice',
    start: '2025-01-10',
    dialogue: '2025-02-05',
    due: '2025-01-24',
    rolledBackFrom: '2025-01-31',
  },
  {
    name: 'dialogue notice: back over 30/4–4/5/2025',
    rule: 'complaint.dialogue-notice',
    start: '2025-04-10',
    dialogue: '2025-05-08',
    due: '2025-04-29',
    rolledBackFrom: '2025-05-03',
  },
  {
    name: 'dialogue notice: after National Day 2026',
    rule: 'complaint.dialogue-notice',
    start: '2026-08-20',
    dialogue: '2026-09-08',
    due: '2026-09-03',
  },
  { name: 'dialogue notice: needs the dialogue date', rule: 'complaint.dialogue-notice', start: '2025-03-03', throws: 'INVALID_INPUT' },

  // ---- denunciation.accept: 7 working days, up to 10 -------------------------------------------------------------
  { name: 'denunciation accept: seven working days', rule: 'denunciation.accept', start: '2025-03-03', due: '2025-03-12' },
  {
    name: 'denunciation accept: complex, ten working days',
    rule: 'denunciation.accept',
    start: '2025-03-03',
    complex: true,
    due: '2025-03-17',
  },
  { name: 'denunciation accept: across Tết 2026', rule: 'denunciation.accept', start: '2026-02-12', due: '2026-03-02' },
  {
    name: 'denunciation accept: complex, across Tết 2026',
    rule: 'denunciation.accept',
    start: '2026-02-12',
    complex: true,
    due: '2026-03-05',
  },
  {
    name: 'denunciation accept: remote makes no difference',
    rule: 'denunciation.accept',
    start: '2025-03-03',
    remote: true,
    due: '2025-03-12',
  },
  {
    name: 'denunciation accept: no extension policy',
    rule: 'denunciation.accept',
    start: '2025-03-03',
    complex: true,
    extensions: [3],
    throws: 'EXTENSION_LIMIT',
  },

  // ---- denunciation.forward and notify-acceptance: 5 working days --------------------------------------------------
  { name: 'forward: five working days', rule: 'denunciation.forward', start: '2025-03-03', due: '2025-03-10' },
  { name: 'forward: with the make-up Saturday 26/4/2025', rule: 'denunciation.forward', start: '2025-04-25', due: '2025-05-06' },
  { name: 'forward: across Tết 2027', rule: 'denunciation.forward', start: '2027-02-03', due: '2027-02-17' },
  { name: 'notify acceptance: across New Year 2026', rule: 'denunciation.notify-acceptance', start: '2025-12-30', due: '2026-01-08' },
  { name: 'notify acceptance: across Hùng Kings 2027', rule: 'denunciation.notify-acceptance', start: '2027-04-15', due: '2027-04-23' },

  // ---- denunciation.resolve: 30 days, +30 once (complex), twice (especially complex), suspension ----------------
  { name: 'resolve: thirty days', rule: 'denunciation.resolve', start: '2025-03-03', due: '2025-04-02' },
  {
    name: 'resolve: complex, one extension',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    complex: true,
    extensions: [undefined],
    due: '2025-05-05',
    rolledFrom: '2025-05-02',
  },
  {
    name: 'resolve: especially complex, two extensions',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    especiallyComplex: true,
    extensions: [30, 30],
    due: '2025-06-02',
    rolledFrom: '2025-06-01',
  },
  {
    name: 'resolve: complex, a 15-day extension',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    complex: true,
    extensions: [15],
    due: '2025-04-17',
  },
  {
    name: 'resolve: complex, a second extension is refused',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    complex: true,
    extensions: [30, 30],
    throws: 'EXTENSION_LIMIT',
  },
  {
    name: 'resolve: not complex, no extension',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    extensions: [30],
    throws: 'EXTENSION_LIMIT',
  },
  {
    name: 'resolve: especially complex, a third extension is refused',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    especiallyComplex: true,
    extensions: [30, 30, 10],
    throws: 'EXTENSION_LIMIT',
  },
  {
    name: 'resolve: an extension longer than 30 days is refused',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    complex: true,
    extensions: [31],
    throws: 'EXTENSION_LIMIT',
  },
  {
    name: 'resolve: ten days suspended',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    suspensions: [['2025-03-10', '2025-03-20']],
    due: '2025-04-14',
    rolledFrom: '2025-04-12',
  },
  {
    name: 'resolve: an open suspension stops the clock',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    suspensions: [['2025-03-10']],
    due: null,
  },
  {
    name: 'resolve: a suspension after the due day changes nothing',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    suspensions: [['2025-04-10', '2025-04-15']],
    due: '2025-04-02',
  },
  {
    name: 'resolve: an open suspension after the due day changes nothing',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    suspensions: [['2025-04-10']],
    due: '2025-04-02',
  },
  {
    name: 'resolve: a suspension from before the start counts from the start',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    suspensions: [['2025-02-20', '2025-03-05']],
    due: '2025-04-04',
  },
  {
    name: 'resolve: overlapping suspensions count once',
    rule: 'denunciation.resolve',
    start: '2025-03-03',
    suspensions: [
      ['2025-03-10', '2025-03-15'],
      ['2025-03-12', '2025-03-20'],
    ],
    due: '2025-04-14',
    rolledFrom: '2025-04-12',
  },

  // ---- proposal.resolve / reflection.resolve: 15 working days (local rule) -----------------------------------------
  { name: 'proposal: fifteen working days', rule: 'proposal.resolve', start: '2025-03-03', due: '2025-03-24' },
  { name: 'reflection: across Tết 2026', rule: 'reflection.resolve', start: '2026-02-09', due: '2026-03-09' },
  {
    name: 'proposal: suspension spanning Tết 2025 (3 working days)',
    rule: 'proposal.resolve',
    start: '2025-01-20',
    suspensions: [['2025-01-22', '2025-02-03']],
    due: '2025-02-20',
  },
  { name: 'reflection: with the make-up Saturday 26/4/2025', rule: 'reflection.resolve', start: '2025-04-14', due: '2025-05-07' },

  // ---- commitment.fulfil: the agreed date, else 30 days (local rule) -----------------------------------------------
  { name: 'commitment: default thirty days', rule: 'commitment.fulfil', start: '2025-03-03', due: '2025-04-02' },
  {
    name: 'commitment: the agreed date stands, even a Sunday',
    rule: 'commitment.fulfil',
    start: '2025-03-03',
    explicit: '2025-06-15',
    due: '2025-06-15',
  },
  {
    name: 'commitment: default lands in Tết 2027',
    rule: 'commitment.fulfil',
    start: '2027-01-07',
    due: '2027-02-12',
    rolledFrom: '2027-02-06',
  },
  {
    name: 'an agreed date on a statutory rule is refused',
    rule: 'complaint.resolve.first',
    start: '2025-03-03',
    explicit: '2025-06-15',
    throws: 'INVALID_INPUT',
  },
  { name: 'an unknown rule version is refused', rule: 'complaint.accept', start: '2025-03-03', version: 9, throws: 'UNKNOWN_RULE' },
];

const calendars = new Map<string, ReturnType<typeof createWorkingCalendar>>();
const calendarFor = (overrides?: CalendarOverrides) => {
  const key = JSON.stringify(overrides ?? {});
  const found = calendars.get(key);
  if (found) return found;
  const made = createWorkingCalendar(overrides);
  calendars.set(key, made);
  return made;
};

function inputOf(c: Case): ComputeDeadlineInput {
  return {
    ruleId: c.rule,
    ruleVersion: c.version,
    startedAt: at(c.start),
    remote: c.remote,
    complex: c.complex,
    especiallyComplex: c.especiallyComplex,
    extensions: c.extensions?.map((days, i) => ({ days, reason: `gia hạn ${i + 1}`, at: at('2025-03-20') })),
    suspensions: c.suspensions?.map(([from, to]) => ({ from: at(from), to: to === undefined ? undefined : at(to) })),
    explicitDueDate: c.explicit === undefined ? undefined : at(c.explicit),
    dialogueAt: c.dialogue === undefined ? undefined : at(c.dialogue),
  };
}

describe('computeDeadline: hand-computed table', () => {
  it('has at least 80 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const calendar = calendarFor(c.overrides);
    if (c.throws) {
      expect(() => computeDeadline(inputOf(c), calendar)).toThrow(DeadlineRuleError);
      try {
        computeDeadline(inputOf(c), calendar);
      } catch (error) {
        expect((error as DeadlineRuleError).code).toBe(c.throws);
        expect((error as DeadlineRuleError).messages.vi.length).toBeGreaterThan(0);
      }
      return;
    }
    const result = computeDeadline(inputOf(c), calendar);
    expect(result.dueDate).toBe(c.due);
    expect(result.explanation.dueDate).toBe(c.due);
    if (c.due === null) {
      expect(result.suspendedUntilResume).toBe(true);
      expect(result.dueAt).toBeNull();
      expect(result.dueSoonAt).toBeNull();
    } else {
      expect(result.suspendedUntilResume).toBe(false);
      expect(result.dueAt?.toISOString()).toBe(`${c.due}T16:59:59.999Z`);
      if (!c.explicit && !c.overrides?.makeUpWorkingDays) expect(calendar.isWorkingDay(c.due ?? '')).toBe(true);
    }
    expect(result.explanation.rolledForwardFrom).toBe(c.rolledFrom);
    expect(result.explanation.rolledBackFrom).toBe(c.rolledBackFrom);
    if (c.expectVersion !== undefined) expect(result.ruleVersion).toBe(c.expectVersion);
    if (c.dueSoon !== undefined) {
      const soon = new Date(`${c.dueSoon}T00:00:00+07:00`);
      expect(result.dueSoonAt?.toISOString()).toBe(soon.toISOString());
    }
  });
});
