import { CASE_EVENT_TYPES, CASE_TYPES } from '@tiep-dan/contracts';
import { describeMachine } from './describe';
import { LATEST_MACHINE_VERSION } from './registry';
import { atomicStates } from './testing/case-model';

describe('describeMachine', () => {
  it.each(CASE_TYPES)('describes %s from the machine itself, labelled in both languages', (type) => {
    const description = describeMachine(type, LATEST_MACHINE_VERSION[type]);
    expect(description.states.map((s) => s.id)).toEqual(expect.arrayContaining(atomicStates(type)));
    for (const state of description.states) expect(state.label.vi && state.label.en).toBeTruthy();
    expect([...description.events.map((e) => e.type)].sort()).toEqual([...CASE_EVENT_TYPES[type]].sort());
    for (const event of description.events) expect(event.label.vi && event.label.en && (event.roles.length || event.decider)).toBeTruthy();
    const ids = new Set(description.states.map((s) => s.id));
    for (const t of description.transitions) expect(t.from === '' || ids.has(t.from)).toBe(true);
    for (const t of description.transitions) expect(t.to === '' || ids.has(t.to)).toBe(true);
  });

  it('shows the complaint lifecycle with guards, history and deadline rules', () => {
    const { states, transitions, initial, events } = describeMachine('complaint', 1);
    expect(initial).toBe('received');
    expect(states.find((s) => s.id === 'accepted')).toMatchObject({
      deadlineRule: { first: 'complaint.resolve.first', second: 'complaint.resolve.second' },
      clock: 'start',
    });
    expect(states.find((s) => s.id === 'accepted.verification')).toMatchObject({ parent: 'accepted', initial: true });
    expect(transitions).toContainEqual({ from: 'suspended', event: 'RESUME', to: 'accepted', history: true });
    expect(transitions).toContainEqual({
      from: 'accepted.verified',
      event: 'PROPOSE_DECISION',
      to: 'accepted.awaitingApproval',
      guard: 'isDialogueSatisfied',
    });
    expect(events.find((e) => e.type === 'SCHEDULE_DIALOGUE')?.payload).toContainEqual({ name: 'date', type: 'date', required: true });
  });
});
