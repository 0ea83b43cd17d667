import { CASE_TYPES } from '@tiep-dan/contracts';
import { DEADLINE_RULES } from '../deadlines/rules';
import { describeMachine } from './describe';
import { deadlineChange, deadlineOf, RULES_APPLIED_BY_GUARDS } from './deadline';
import { LATEST_MACHINE_VERSION } from './registry';

/** Every rule `GET /api/deadline-rules` lists is run by some state of a current machine, or applied by a named guard. */
describe('deadline rules and the states that run them', () => {
  const runBy = new Map<string, string[]>();
  for (const type of CASE_TYPES) {
    const version = LATEST_MACHINE_VERSION[type];
    for (const state of describeMachine(type, version).states) {
      for (const level of ['first', 'second'] as const) {
        const rule = deadlineOf(type, version, state.id, { level });
        if (rule) runBy.set(rule.ruleId, [...(runBy.get(rule.ruleId) ?? []), `${type}:${state.id}`]);
      }
    }
  }

  it.each([...new Set(DEADLINE_RULES.map((r) => r.id))])('%s is run by a state or applied by a guard', (ruleId) => {
    const guard = RULES_APPLIED_BY_GUARDS[ruleId];
    if (guard) {
      const machine = describeMachine(guard.machine, LATEST_MACHINE_VERSION[guard.machine]);
      expect(machine.transitions.some((t) => t.event === guard.event && t.guard === guard.guard)).toBe(true);
    } else {
      expect(runBy.get(ruleId) ?? []).not.toEqual([]);
    }
  });

  it('a complaint awaiting acceptance runs the acceptance clock, not letter triage', () => {
    expect(deadlineOf('complaint', 2, 'received')).toEqual({
      ruleId: 'complaint.accept',
      clock: 'start',
    });
    // Version 1 (cases started before) keeps what it had.
    expect(deadlineOf('complaint', 1, 'received')).toEqual({
      ruleId: 'letter.triage',
      clock: 'start',
    });
    expect(describeMachine('complaint', 1).states.map((s) => s.id)).not.toContain('notAccepted');
  });

  it('a denunciation runs acceptance, forwarding (from receipt), notice, then resolution (from acceptance)', () => {
    expect(deadlineChange('denunciation', 2, undefined, 'received')).toEqual({
      ruleId: 'denunciation.accept',
      action: 'start',
    });
    expect(deadlineChange('denunciation', 2, 'received', 'forwarding')).toEqual({
      ruleId: 'denunciation.forward',
      action: 'start',
      clockFrom: 'receivedAt',
    });
    expect(deadlineChange('denunciation', 2, 'received', 'accepted.notifying')).toMatchObject({
      ruleId: 'denunciation.notify-acceptance',
      action: 'start',
    });
    expect(deadlineChange('denunciation', 2, 'accepted.notifying', 'accepted.verification')).toEqual({
      ruleId: 'denunciation.resolve',
      action: 'start',
      clockFrom: 'acceptedAt',
    });
    expect(deadlineChange('denunciation', 2, 'accepted.verification', 'accepted.verified')).toMatchObject({ action: 'keep' });
    expect(deadlineChange('denunciation', 2, 'forwarding', 'forwarded')).toEqual({ ruleId: 'denunciation.forward', action: 'stop' });
  });
});
