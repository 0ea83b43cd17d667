import { deadlineChange, deadlineOf } from './deadline';
import { UnknownStateError } from './state-path';

describe('deadlineOf', () => {
  it.each([
    ['reception', 'logged', { ruleId: 'reception.reply', clock: 'start' }],
    ['reception', 'assigned', { ruleId: 'reception.reply', clock: 'keep' }],
    ['reception', 'answered', undefined],
    ['complaint', 'received', { ruleId: 'letter.triage', clock: 'start' }],
    ['complaint', 'accepted.dialogueHeld', { ruleId: 'complaint.resolve.first', clock: 'keep' }],
    ['complaint', 'suspended', { ruleId: 'complaint.resolve.first', clock: 'pause' }],
    ['complaint', 'notified', { ruleId: 'complaint.second-filing', clock: 'start' }],
    ['denunciation', 'received', { ruleId: 'denunciation.accept', clock: 'start' }],
    ['denunciation', 'accepted.verification', { ruleId: 'denunciation.resolve', clock: 'keep' }],
    ['proposal', 'assigned', { ruleId: 'proposal.resolve', clock: 'start' }],
    ['reflection', 'awaitingApproval', { ruleId: 'reflection.resolve', clock: 'keep' }],
    ['commitment', 'inProgress', { ruleId: 'commitment.fulfil', clock: 'start' }],
    ['commitment', 'verified', undefined],
  ] as const)('%s %s', (type, state, expected) => {
    expect(deadlineOf(type, 1, state)).toEqual(expected);
  });

  it('picks the complaint rule by level and accepts a state value', () => {
    expect(deadlineOf('complaint', 1, { accepted: 'verification' }, { level: 'second' })).toEqual({
      ruleId: 'complaint.resolve.second',
      clock: 'keep',
    });
    expect(deadlineOf('complaint', 1, 'notified', { level: 'second' })).toBeUndefined();
  });

  it('rejects a state the machine does not have', () => {
    expect(() => deadlineOf('complaint', 1, 'accepted.nowhere')).toThrow(UnknownStateError);
  });
});

describe('deadlineChange', () => {
  it.each([
    ['complaint', undefined, 'received', { ruleId: 'letter.triage', action: 'start' }],
    ['complaint', 'received', 'accepted.verification', { ruleId: 'complaint.resolve.first', action: 'start' }],
    ['complaint', 'accepted.verification', 'accepted.verified', { ruleId: 'complaint.resolve.first', action: 'keep' }],
    ['complaint', 'accepted.verified', 'suspended', { ruleId: 'complaint.resolve.first', action: 'pause' }],
    ['complaint', 'suspended', 'accepted.verified', { ruleId: 'complaint.resolve.first', action: 'resume' }],
    ['complaint', 'accepted.awaitingApproval', 'decided', { ruleId: 'complaint.resolve.first', action: 'stop' }],
    ['complaint', 'suspended', 'terminated', { ruleId: 'complaint.resolve.first', action: 'stop' }],
    ['proposal', 'awaitingApproval', 'assigned', { ruleId: 'proposal.resolve', action: 'keep' }],
    ['commitment', 'done', 'inProgress', { ruleId: 'commitment.fulfil', action: 'keep' }],
    ['reception', 'answered', 'closed', undefined],
  ] as const)('%s %s → %s', (type, from, to, expected) => {
    expect(deadlineChange(type, 1, from, to)).toEqual(expected);
  });
});
