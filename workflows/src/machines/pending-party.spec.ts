import { CASE_TYPES, PENDING_PARTIES } from '@tiep-dan/contracts';
import { describeMachine } from './describe';
import { PENDING_PARTY, pendingPartyOf } from './pending-party';
import { LATEST_MACHINE_VERSION } from './registry';

/** Every registered version of every machine, oldest first (versions are numbered from 1 without gaps). */
const VERSIONS = CASE_TYPES.flatMap((type) => Array.from({ length: LATEST_MACHINE_VERSION[type] }, (_, i) => ({ type, version: i + 1 })));

describe('whose step a case waits for', () => {
  it.each(VERSIONS)('lists every state of $type v$version, final states waiting for nobody', ({ type, version }) => {
    const table = PENDING_PARTY[type];
    const states = describeMachine(type, version).states;
    const unlisted = states.filter((s) => !Object.prototype.hasOwnProperty.call(table, s.id)).map((s) => s.id);
    expect(unlisted).toEqual([]);
    for (const state of states) {
      expect([state.id, table[state.id] === 'none']).toEqual([state.id, state.final]);
      expect(PENDING_PARTIES).toContain(table[state.id]);
    }
  });

  it.each(CASE_TYPES)('names no state that no version of %s has', (type) => {
    const known = new Set(
      VERSIONS.filter((v) => v.type === type).flatMap((v) => describeMachine(v.type, v.version).states.map((s) => s.id)),
    );
    expect(Object.keys(PENDING_PARTY[type]).filter((state) => !known.has(state))).toEqual([]);
  });

  it('blames the desk for a reported visit, the leader for a logged one and the decider for a proposed decision', () => {
    expect(pendingPartyOf('reception', 'logged', true)).toBe('leader');
    expect(pendingPartyOf('reception', 'assigned', true)).toBe('agency');
    expect(pendingPartyOf('reception', 'reported', true)).toBe('desk');
    expect(pendingPartyOf('reception', 'answered', true)).toBe('desk');
    expect(pendingPartyOf('complaint', 'accepted.verification', true)).toBe('agency');
    expect(pendingPartyOf('complaint', 'accepted.awaitingApproval', true)).toBe('decider');
    expect(pendingPartyOf('complaint', 'notified', true)).toBe('citizen');
    expect(pendingPartyOf('denunciation', 'accepted.verified', true)).toBe('decider');
    expect(pendingPartyOf('proposal', 'received', true)).toBe('desk');
    expect(pendingPartyOf('reflection', 'awaitingApproval', true)).toBe('decider');
    expect(pendingPartyOf('commitment', 'done', true)).toBe('decider');
    expect(pendingPartyOf('complaint', 'closed', false)).toBe('none');
  });

  it('every awaiting-approval state waits for the decider', () => {
    for (const { type, version } of VERSIONS)
      for (const state of describeMachine(type, version).states.filter((s) => s.id.split('.').pop() === 'awaitingApproval'))
        expect(`${type}:${state.id}:${pendingPartyOf(type, state.id, true)}`).toBe(`${type}:${state.id}:decider`);
  });

  it('falls back to the top-level state, then to the agency while open and nobody once closed', () => {
    expect(pendingPartyOf('complaint', 'accepted.someLaterSubstate', true)).toBe('agency');
    expect(pendingPartyOf('reception', 'reported.later', true)).toBe('desk');
    expect(pendingPartyOf('denunciation', 'someLaterState', true)).toBe('agency');
    expect(pendingPartyOf('denunciation', 'someLaterFinalState', false)).toBe('none');
  });
});
