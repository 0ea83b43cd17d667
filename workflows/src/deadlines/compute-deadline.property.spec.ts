import fc from 'fast-check';
import type { DeadlineRuleId } from '@tiep-dan/contracts';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { dayNumberOf, formatIsoDate, parseIsoDate, startOfVnDay, vnDayOf } from '../calendar/vn-date';
import { computeDeadline } from './compute-deadline';
import { DEADLINE_RULES, findRule } from './rules';

const calendar = createWorkingCalendar();
const FIRST = dayNumberOf(2025, 1, 1);
const LAST = dayNumberOf(2027, 12, 31);
/** Rules with a version counted in working days (complaint.accept only from 1 July 2026). */
const WORKING_RULES = [...new Set(DEADLINE_RULES.filter((r) => r.unit === 'working').map((r) => r.id))] as DeadlineRuleId[];
const FORWARD_RULES = [...new Set(DEADLINE_RULES.filter((r) => r.direction === 'forward').map((r) => r.id))] as DeadlineRuleId[];

/** Any instant of 2025–2027, to the minute. */
const instant = fc.integer({ min: FIRST * 1440, max: LAST * 1440 }).map((minute) => new Date(minute * 60_000));

describe('computeDeadline properties', () => {
  it('a working-day deadline never ends on a non-working day, and never before its start', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORKING_RULES), instant, fc.boolean(), fc.boolean(), (ruleId, startedAt, remote, complex) => {
        fc.pre(findRule(ruleId, startedAt).unit === 'working');
        const result = computeDeadline({ ruleId, startedAt, remote, complex }, calendar);
        const due = parseIsoDate(result.dueDate ?? '');
        expect(calendar.isWorking(due)).toBe(true);
        expect(due).toBeGreaterThan(vnDayOf(startedAt));
        expect(calendar.countWorking(vnDayOf(startedAt), due)).toBe(result.explanation.countedDays);
      }),
      { numRuns: 500 },
    );
  });

  it('every forward deadline ends on a working day (agreed dates aside)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORWARD_RULES), instant, fc.boolean(), fc.boolean(), (ruleId, startedAt, remote, complex) => {
        const result = computeDeadline({ ruleId, startedAt, remote, complex }, calendar);
        expect(calendar.isWorkingDay(result.dueDate ?? '')).toBe(true);
        expect(result.dueSoonAt?.getTime()).toBeLessThan(result.dueAt?.getTime() ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  it('longer periods never end earlier (extensions, variants)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), (startedAt, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const input = { ruleId: 'denunciation.resolve' as const, startedAt, complex: true };
        const s = computeDeadline({ ...input, extensions: [{ days: short, reason: 'x', at: startedAt }] }, calendar);
        const l = computeDeadline({ ...input, extensions: [{ days: long, reason: 'x', at: startedAt }] }, calendar);
        expect((l.dueAt?.getTime() ?? 0) >= (s.dueAt?.getTime() ?? 0)).toBe(true);
        const plain = computeDeadline({ ruleId: 'complaint.resolve.first', startedAt }, calendar);
        const remote = computeDeadline({ ruleId: 'complaint.resolve.first', startedAt, remote: true }, calendar);
        const both = computeDeadline({ ruleId: 'complaint.resolve.first', startedAt, remote: true, complex: true }, calendar);
        expect(plain.dueAt?.getTime()).toBeLessThanOrEqual(remote.dueAt?.getTime() ?? 0);
        expect(remote.dueAt?.getTime()).toBeLessThanOrEqual(both.dueAt?.getTime() ?? 0);
        const accept = computeDeadline({ ruleId: 'denunciation.accept', startedAt }, calendar);
        const acceptComplex = computeDeadline({ ruleId: 'denunciation.accept', startedAt, complex: true }, calendar);
        expect(accept.dueAt?.getTime()).toBeLessThan(acceptComplex.dueAt?.getTime() ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it('a later start never ends earlier', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORWARD_RULES), instant, fc.integer({ min: 0, max: 20 }), (ruleId, startedAt, laterDays) => {
        const later = new Date(startedAt.getTime() + laterDays * 86_400_000);
        const a = computeDeadline({ ruleId, startedAt }, calendar);
        const b = computeDeadline({ ruleId, startedAt: later }, calendar);
        expect(a.dueAt?.getTime()).toBeLessThanOrEqual(b.dueAt?.getTime() ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it('a suspension of k working days moves a working-day deadline by exactly k working days', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WORKING_RULES),
        instant,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 40 }),
        (ruleId, startedAt, offset, span) => {
          fc.pre(findRule(ruleId, startedAt).unit === 'working' && findRule(ruleId, startedAt).suspensionStopsClock);
          const unsuspended = computeDeadline({ ruleId, startedAt }, calendar);
          const due = parseIsoDate(unsuspended.dueDate ?? '');
          const from = vnDayOf(startedAt) + offset;
          fc.pre(from < due);
          const to = from + span;
          const k = calendar.countWorking(from, to);
          const suspended = computeDeadline(
            { ruleId, startedAt, suspensions: [{ from: startOfVnDay(from), to: startOfVnDay(to) }] },
            calendar,
          );
          expect(parseIsoDate(suspended.dueDate ?? '')).toBe(calendar.addWorking(due, k));
          expect(suspended.explanation.suspensions[0]?.days).toBe(k);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a closure added to the calendar never makes a deadline earlier', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORWARD_RULES), instant, fc.integer({ min: 0, max: 40 }), (ruleId, startedAt, offset) => {
        const closureDay = vnDayOf(startedAt) + offset;
        const closed = createWorkingCalendar({ closures: [{ date: formatIsoDate(closureDay), name: { vi: 'Đóng cửa', en: 'Closed' } }] });
        const before = computeDeadline({ ruleId, startedAt }, calendar);
        const after = computeDeadline({ ruleId, startedAt }, closed);
        expect(after.dueAt?.getTime()).toBeGreaterThanOrEqual(before.dueAt?.getTime() ?? 0);
      }),
      { numRuns: 100 },
    );
  });
});
