import { CASE_TYPES, REASSIGN_AGENCY_EVENT, ROLES, type ActorRole } from '@tiep-dan/contracts';
import { blockedEvents } from './blocked-events';
import { deadlineChange } from './deadline';
import { describeMachine } from './describe';
import { canSend } from './permissions';
import { LATEST_MACHINE_VERSION } from './registry';
import { allowedEvents, applyEvent, startCase, type CaseCommand } from './runtime';

const at = '2026-03-02T02:00:00.000Z';
const leader = { id: 'l-1', role: 'leader' as const, agencyId: 'commune' };
const ev = (type: string, payload: Record<string, unknown> = {}): CaseCommand => ({ type, ...payload, at, actor: leader });
const versions = (type: (typeof CASE_TYPES)[number]) => Array.from({ length: LATEST_MACHINE_VERSION[type] }, (_, i) => i + 1);

/** The leader's reassignment of the lead agency, across every case type and every released version. */
describe('REASSIGN_AGENCY', () => {
  it.each(CASE_TYPES)('is the leader’s alone on a %s', (type) => {
    for (const role of [...ROLES, 'system'] as ActorRole[])
      expect([role, canSend(type, REASSIGN_AGENCY_EVENT, role, true)]).toEqual([role, role === 'leader']);
    const event = describeMachine(type, LATEST_MACHINE_VERSION[type]).events.find((e) => e.type === REASSIGN_AGENCY_EVENT);
    expect(event).toEqual({
      type: REASSIGN_AGENCY_EVENT,
      label: { vi: 'Giao lại cơ quan chủ trì', en: 'Reassign the lead agency' },
      roles: ['leader'],
      payload: [
        { name: 'toAgencyId', type: 'string', required: true },
        { name: 'reason', type: 'string', required: true },
      ],
    });
  });

  it.each(CASE_TYPES.flatMap((type) => versions(type).map((version) => [type, version] as const)))(
    'stays in its state and keeps its clock on %s v%i, and is taken by no final state',
    (type, version) => {
      const { states, transitions } = describeMachine(type, version);
      const reassign = transitions.filter((t) => t.event === REASSIGN_AGENCY_EVENT);
      expect(reassign.length).toBeGreaterThan(0);
      const finals = new Set(states.filter((s) => s.final).map((s) => s.id));
      for (const t of reassign) {
        expect(t).toEqual({ from: t.from, event: REASSIGN_AGENCY_EVENT, to: t.from, guard: 'isAnotherAgency' });
        expect(finals.has(t.from)).toBe(false);
        for (const level of ['first', 'second'] as const) {
          for (const s of states.filter((x) => x.id === t.from || x.id.startsWith(`${t.from}.`))) {
            const change = deadlineChange(type, version, s.id, s.id, { level });
            if (change) expect(change.action).toBe('keep');
          }
        }
      }
    },
  );

  it('gives a case of an earlier version to another agency as well (an open case keeps its version)', () => {
    const started = startCase('complaint', { caseId: 'c-v1', receivedAt: at }, 1);
    const accepted = applyEvent('complaint', 1, started.snapshot, ev('TRIAGE_ACCEPT', { agencyId: 'land-office' }));
    if (!accepted.ok) throw new Error('accept refused');
    const moved = applyEvent(
      'complaint',
      1,
      accepted.snapshot,
      ev(REASSIGN_AGENCY_EVENT, { toAgencyId: 'department', reason: 'the department issued it' }),
    );
    expect(moved).toMatchObject({ ok: true, state: 'accepted.verification', context: { agencyId: 'department', acceptedAt: at } });
  });

  it('is offered to a leader while the case is handled, never to the agency leading it already', () => {
    const started = startCase('denunciation', { caseId: 'd-1', receivedAt: at });
    expect(allowedEvents('denunciation', started.version, started.snapshot, 'leader')).toContain(REASSIGN_AGENCY_EVENT);
    expect(allowedEvents('denunciation', started.version, started.snapshot, 'agency_head', true)).not.toContain(REASSIGN_AGENCY_EVENT);
    const accepted = applyEvent('denunciation', started.version, started.snapshot, ev('ACCEPT', { agencyId: 'police' }));
    if (!accepted.ok) throw new Error('accept refused');
    expect(blockedEvents('denunciation', started.version, accepted.snapshot, 'leader').map((b) => b.type)).not.toContain(
      REASSIGN_AGENCY_EVENT,
    );
    const same = applyEvent(
      'denunciation',
      started.version,
      accepted.snapshot,
      ev(REASSIGN_AGENCY_EVENT, { toAgencyId: 'police', reason: 'x' }),
    );
    expect(same).toMatchObject({ ok: false, reason: 'GUARD_FAILED' });
  });
});
