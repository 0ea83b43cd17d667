import { createWorkingCalendar } from '../calendar';
import { reDenunciationGround, secondComplaintWindow } from './follow-ups';

const calendar = createWorkingCalendar();
const decision = {
  summary: 's',
  outcome: 'rejected' as const,
  proposedAt: '2026-03-02T02:00:00.000Z',
  approvedAt: '2026-03-03T02:00:00.000Z',
};

/** Hand-computed: 30 calendar days (45 in a remote area) from the day the decision reached the complainant. */
describe('secondComplaintWindow', () => {
  it.each([
    [
      'decided, notified on 5 March: ends Monday 6 April',
      { level: 'first' as const, decision, notifiedAt: '2026-03-05T03:00:00.000Z' },
      false,
      '2026-03-05T03:00:00.000Z',
      'decision',
    ],
    [
      'decided, not yet notified: counted from the approval',
      { level: 'first' as const, decision },
      false,
      '2026-03-03T02:00:00.000Z',
      'decision',
    ],
    [
      'undecided when its period ran out on 31 March',
      { level: 'first' as const, overdue: { at: '2026-04-01T00:00:00.000Z', ruleId: 'complaint.resolve.first', dueDate: '2026-03-31' } },
      false,
      '2026-03-31T16:59:59.999Z',
      'unresolved',
    ],
  ] as const)('%s', (_name, context, remote, openedAt, basis) => {
    const window = secondComplaintWindow(context, remote, calendar);
    expect(window?.openedAt.toISOString()).toBe(openedAt);
    expect(window?.basis).toBe(basis);
    expect((window?.endsAt.getTime() ?? 0) > (window?.openedAt.getTime() ?? 0)).toBe(true);
  });

  it('ends 30 days after the day it opened, 45 in a remote area (Luật Khiếu nại 2011 Art. 33)', () => {
    const context = { level: 'first' as const, decision, notifiedAt: '2026-03-05T03:00:00.000Z' };
    // 5 March + 30 days = Saturday 4 April: a period ending on a day off ends on the next working day (Bộ luật Dân sự
    // 2015 Art. 148), Monday 6 April, at the end of that day in Vietnam (16:59:59.999Z). + 45 = Sunday 19 April → 20.
    expect(secondComplaintWindow(context, false, calendar)?.endsAt.toISOString()).toBe('2026-04-06T16:59:59.999Z');
    expect(secondComplaintWindow(context, true, calendar)?.endsAt.toISOString()).toBe('2026-04-20T16:59:59.999Z');
  });

  it('is not open for a second complaint, nor while the first is undecided and in time', () => {
    expect(secondComplaintWindow({ level: 'second', decision }, false, calendar)).toBeNull();
    expect(secondComplaintWindow({ level: 'first' }, false, calendar)).toBeNull();
    expect(secondComplaintWindow({}, false, calendar)).toBeNull();
  });
});

describe('reDenunciationGround', () => {
  it('is disputed once concluded, overdue once the resolution period passed, and nothing otherwise', () => {
    expect(reDenunciationGround({ conclusion: { text: 'Không đúng', at: '2026-03-02T02:00:00.000Z' } })).toBe('disputed');
    expect(reDenunciationGround({ overdue: { at: '2026-03-02T02:00:00.000Z', ruleId: 'denunciation.resolve' } })).toBe('overdue');
    expect(reDenunciationGround({ overdue: { at: '2026-03-02T02:00:00.000Z', ruleId: 'denunciation.initial-handling' } })).toBeNull();
    expect(reDenunciationGround({})).toBeNull();
  });
});
