import { COMPLAINT_EVENT_TYPES } from '@tiep-dan/contracts';
import { canFileSecondComplaint, type ComplaintContext } from './complaint/complaint.machine';
import { createActor, transition, type AnyMachineSnapshot, type Snapshot } from 'xstate';
import { allowedEvents, applyEvent, restoreCase, startCase, type CaseCommand, type StartCaseInput } from './runtime';
import { getMachine, LATEST_MACHINE_VERSION, MACHINE_IDS, UnknownMachineError } from './registry';
import { canSend, EVENT_PERMISSIONS } from './permissions';

const at = '2026-03-02T02:00:00.000Z';
const handler = { id: 'h-1', role: 'agency_handler' as const, agencyId: 'a-1' };
const ev = (type: string, payload: Record<string, unknown> = {}, when = at): CaseCommand => ({
  type,
  ...payload,
  at: when,
  actor: handler,
});

function run(events: CaseCommand[], level: 'first' | 'second' = 'first') {
  let snapshot = startCase('complaint', { caseId: 'c-1', receivedAt: at, level }).snapshot;
  for (const e of events) {
    const result = applyEvent('complaint', 1, snapshot, e);
    if (!result.ok) throw new Error(`${e.type}: ${result.reason}`);
    snapshot = result.snapshot;
  }
  return snapshot;
}

describe('registry', () => {
  it('returns every machine at its latest version, proposal and reflection included', () => {
    for (const id of MACHINE_IDS) expect(getMachine(id, LATEST_MACHINE_VERSION[id]).id).toBe(id);
  });
  it('throws a typed error for an unknown id or version', () => {
    expect(() => getMachine('complaint', 99)).toThrow(UnknownMachineError);
    expect(() => getMachine('nope' as never, 1)).toThrow(expect.objectContaining({ code: 'UNKNOWN_MACHINE', version: 1 }));
  });
});

describe('startCase', () => {
  it('returns the persisted snapshot, dotted state and context', () => {
    const started = startCase('complaint', { caseId: 'c-1', receivedAt: at, level: 'second', remote: true });
    expect(started).toMatchObject({ machineId: 'complaint', version: 3, state: 'received' });
    expect(started.context).toMatchObject({ caseId: 'c-1', level: 'second', remote: true, extensionsGranted: 0 });
    expect(JSON.parse(JSON.stringify(started.snapshot))).toEqual(started.snapshot);
  });
  it('needs an owner agency for a commitment', () => {
    expect(() => startCase('commitment', { caseId: 'k', receivedAt: at })).toThrow(expect.objectContaining({ code: 'INVALID_CASE_INPUT' }));
  });
});

describe('applyEvent', () => {
  it('moves the case and reports the dotted state', () => {
    const result = applyEvent('complaint', 1, run([]), ev('TRIAGE_ACCEPT', { agencyId: 'a-1' }));
    expect(result).toMatchObject({ ok: true, state: 'accepted.verification', changed: true, context: { agencyId: 'a-1', acceptedAt: at } });
  });
  it('answers NOT_ALLOWED with what the state takes', () => {
    const result = applyEvent('complaint', 1, run([]), ev('APPROVE'));
    expect(result).toEqual({ ok: false, reason: 'NOT_ALLOWED', allowed: expect.arrayContaining(['TRIAGE_ACCEPT', 'WITHDRAW']) });
  });
  it('answers GUARD_FAILED when the dialogue notice is shorter than 5 days', () => {
    const verified = run([
      ev('TRIAGE_ACCEPT', { agencyId: 'a-1' }),
      ev('RECORD_VERIFICATION', { findings: 'f', demandMatchesFindings: false }),
    ]);
    const dialogue = { place: 'UBND', participants: ['x'] };
    expect(applyEvent('complaint', 1, verified, ev('SCHEDULE_DIALOGUE', { ...dialogue, date: '2026-03-06' }))).toMatchObject({
      ok: false,
      reason: 'GUARD_FAILED',
    });
    expect(applyEvent('complaint', 1, verified, ev('SCHEDULE_DIALOGUE', { ...dialogue, date: '2026-03-07' }))).toMatchObject({
      ok: true,
      state: 'accepted.dialogueScheduled',
    });
    // 23:30 on 1 March UTC is already 2 March in Vietnam: the day of notice is Vietnamese, whatever the server's TZ.
    expect(
      applyEvent('complaint', 1, verified, ev('SCHEDULE_DIALOGUE', { ...dialogue, date: '2026-03-06' }, '2026-03-01T23:30:00Z')),
    ).toMatchObject({ ok: false });
    expect(applyEvent('complaint', 1, verified, ev('PROPOSE_DECISION', { summary: 's', outcome: 'rejected' }))).toMatchObject({
      ok: false,
      reason: 'GUARD_FAILED',
    });
  });
  it('answers FINAL for a terminated case, whatever the event', () => {
    const terminated = run([ev('WITHDRAW', { reason: 'settled' })]);
    for (const type of COMPLAINT_EVENT_TYPES)
      expect(applyEvent('complaint', 1, terminated, ev(type))).toEqual({ ok: false, reason: 'FINAL', allowed: [] });
  });
  it('records deadline facts without moving, and allows one complaint extension only', () => {
    const accepted = run([ev('TRIAGE_ACCEPT', { agencyId: 'a-1' })]);
    const warned = applyEvent('complaint', 1, accepted, ev('DEADLINE_WARNING', { ruleId: 'complaint.resolve.first' }));
    expect(warned).toMatchObject({
      ok: true,
      state: 'accepted.verification',
      changed: true,
      context: { dueSoon: { at, ruleId: 'complaint.resolve.first' } },
    });
    const extended = run([ev('TRIAGE_ACCEPT', { agencyId: 'a-1' }), ev('REQUEST_EXTENSION', { reason: 'r' }), ev('APPROVE_EXTENSION')]);
    expect(applyEvent('complaint', 1, extended, ev('REQUEST_EXTENSION', { reason: 'again' }))).toMatchObject({
      ok: false,
      reason: 'GUARD_FAILED',
    });
  });
  it('resumes a suspended complaint where it was', () => {
    const suspended = run([
      ev('TRIAGE_ACCEPT', { agencyId: 'a-1' }),
      ev('RECORD_VERIFICATION', { findings: 'f' }),
      ev('SUSPEND', { reason: 'court' }),
    ]);
    expect(applyEvent('complaint', 1, suspended, ev('RESUME'))).toMatchObject({ ok: true, state: 'accepted.verified' });
  });
});

describe('the cached restore and the light persist', () => {
  // xstate's own cycle, as the runtime did it before caching: restoreSnapshot → transition → getPersistedSnapshot.
  const machine = getMachine('complaint', 3);
  const xstateApply = (persisted: unknown, event: CaseCommand) => {
    const scope = createActor(machine, { input: { caseId: '', receivedAt: at } });
    const restored = machine.restoreSnapshot(persisted as Snapshot<unknown>, scope as never) as AnyMachineSnapshot;
    return JSON.parse(JSON.stringify(machine.getPersistedSnapshot(transition(machine, restored, event)[0])));
  };
  it('persists exactly what xstate persists, history states included, along a life with a suspension', () => {
    const life = [
      ev('TRIAGE_ACCEPT', { agencyId: 'a-1' }),
      ev('RECORD_VERIFICATION', { findings: 'f', demandMatchesFindings: false }),
      ev('SUSPEND', { reason: 'court' }),
      ev('RESUME'),
      ev('DEADLINE_WARNING', { ruleId: 'complaint.resolve.first' }),
      ev('SCHEDULE_DIALOGUE', { date: '2026-03-20', place: 'UBND', participants: ['p'] }),
      ev('RECORD_DIALOGUE_MINUTES', { minutes: 'm' }),
      ev('PROPOSE_DECISION', { summary: 's', outcome: 'rejected' }),
      ev('APPROVE', { documentNo: '1/QĐ' }),
    ];
    let persisted: unknown = JSON.parse(JSON.stringify(startCase('complaint', { caseId: 'c-1', receivedAt: at }).snapshot));
    for (const event of life) {
      const expected = xstateApply(JSON.parse(JSON.stringify(persisted)), event);
      const result = applyEvent('complaint', 3, JSON.parse(JSON.stringify(persisted)), event);
      if (!result.ok) throw new Error(`${event.type}: ${result.reason}`);
      expect(JSON.parse(JSON.stringify(result.snapshot))).toEqual(expected);
      persisted = JSON.parse(JSON.stringify(result.snapshot));
    }
    // After the suspension the history state remembers where the case was: restored, it resumes there.
    expect((persisted as { historyValue: Record<string, unknown> }).historyValue).not.toEqual({});
    const restored = restoreCase('complaint', 3, persisted);
    const reference = machine.restoreSnapshot(
      persisted as Snapshot<unknown>,
      createActor(machine, { input: { caseId: '', receivedAt: at } }) as never,
    ) as AnyMachineSnapshot;
    expect(restored.value).toEqual(reference.value);
    expect([...restored.tags]).toEqual([...reference.tags]);
    expect(Object.keys(restored.historyValue)).toEqual(Object.keys(reference.historyValue));
  });
  it("gives exactly xstate's snapshot on random walks through every machine and version (the learned steps)", () => {
    // Payload fields every machine's events and guards read; unknown ones are ignored by the assigns.
    const payload = {
      agencyId: 'a-1',
      toAgencyId: 'a-2',
      toBody: 'b',
      body: 'b',
      sessionId: 's-1',
      findings: 'f',
      demandMatchesFindings: true,
      date: '2026-03-20',
      place: 'p',
      participants: ['x'],
      minutes: 'm',
      summary: 's',
      outcome: 'rejected',
      documentNo: '1/QĐ',
      reason: 'r',
      ground: 'no_basis',
      conclusion: 'c',
      measures: 'm',
      slipNo: '1/PC',
      complexity: 'complex',
      ruleId: 'complaint.resolve.first',
      dueDate: '2026-04-01',
      content: 'c',
      result: 'r',
      note: 'n',
    };
    const inputs: Record<string, Partial<StartCaseInput>> = {
      commitment: { ownerAgencyId: 'a-1', dueDate: '2026-04-01' },
      reception: { sessionId: 's-1' },
    };
    let seed = 11;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    let compared = 0;
    for (const id of MACHINE_IDS) {
      for (let version = 1; version <= LATEST_MACHINE_VERSION[id]; version++) {
        const machine = getMachine(id, version);
        const types = [...machine.events].filter((t) => !t.startsWith('xstate.'));
        const reference = (persisted: unknown, event: CaseCommand) => {
          const scope = createActor(machine, { input: { caseId: '', receivedAt: at, ownerAgencyId: 'a-1' } });
          const restored = machine.restoreSnapshot(persisted as Snapshot<unknown>, scope as never) as AnyMachineSnapshot;
          const [next] = transition(machine, restored, event);
          return next === restored ? null : JSON.parse(JSON.stringify(machine.getPersistedSnapshot(next)));
        };
        for (let walk = 0; walk < 20; walk++) {
          let persisted: unknown = JSON.parse(
            JSON.stringify(startCase(id, { caseId: 'c-1', receivedAt: at, ...inputs[id] }, version).snapshot),
          );
          for (let i = 0; i < 25; i++) {
            const type = types[Math.floor(random() * types.length)] as string;
            const event = ev(
              type,
              { ...payload, demandMatchesFindings: random() < 0.5 },
              `2026-03-${String(2 + i).padStart(2, '0')}T02:00:00.000Z`,
            );
            const result = applyEvent(id, version, JSON.parse(JSON.stringify(persisted)), event);
            if (!result.ok) continue;
            const expected = reference(JSON.parse(JSON.stringify(persisted)), event);
            const actual = JSON.parse(JSON.stringify(result.snapshot));
            if (expected) expect(actual).toEqual(expected);
            else expect(actual).toEqual(JSON.parse(JSON.stringify(persisted)));
            compared++;
            persisted = actual;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
  it("runs xstate's microstep once per state and transition, then replays the learned step", () => {
    const machine = getMachine('complaint', 3);
    const spy = jest.spyOn(machine, 'transition');
    try {
      const first = applyEvent('complaint', 3, JSON.parse(JSON.stringify(run([]))), ev('TRIAGE_ACCEPT', { agencyId: 'a-1' }));
      const calls = spy.mock.calls.length;
      expect(calls).toBeLessThanOrEqual(1);
      const second = applyEvent(
        'complaint',
        3,
        JSON.parse(JSON.stringify(run([]))),
        ev('TRIAGE_ACCEPT', { agencyId: 'a-2' }, '2026-03-03T02:00:00.000Z'),
      );
      expect(spy.mock.calls.length).toBe(calls);
      expect(first).toMatchObject({ ok: true, state: 'accepted.verification', context: { agencyId: 'a-1', acceptedAt: at } });
      expect(second).toMatchObject({
        ok: true,
        state: 'accepted.verification',
        context: { agencyId: 'a-2', acceptedAt: '2026-03-03T02:00:00.000Z' },
      });
    } finally {
      spy.mockRestore();
    }
  });
  it("does not let one restored case see another case's context", () => {
    const a = applyEvent('complaint', 3, JSON.parse(JSON.stringify(run([]))), ev('TRIAGE_ACCEPT', { agencyId: 'a-1' }));
    const b = applyEvent('complaint', 3, JSON.parse(JSON.stringify(run([]))), ev('TRIAGE_ACCEPT', { agencyId: 'a-2' }));
    expect(a).toMatchObject({ ok: true, context: { agencyId: 'a-1' } });
    expect(b).toMatchObject({ ok: true, context: { agencyId: 'a-2' } });
  });
});

describe('allowedEvents', () => {
  it('lists what the role may send now, guards included', () => {
    const verified = run([
      ev('TRIAGE_ACCEPT', { agencyId: 'a-1' }),
      ev('RECORD_VERIFICATION', { findings: 'f', demandMatchesFindings: false }),
    ]);
    const forHandler = allowedEvents('complaint', 1, verified, 'agency_handler');
    expect(forHandler).toEqual(expect.arrayContaining(['RECORD_VERIFICATION', 'SCHEDULE_DIALOGUE', 'REQUEST_EXTENSION', 'WITHDRAW']));
    expect(forHandler).not.toContain('PROPOSE_DECISION'); // a dialogue is required first
    expect(forHandler).not.toContain('SUSPEND'); // the head's
    expect(allowedEvents('complaint', 1, verified, 'agency_head')).toContain('SUSPEND');
    expect(allowedEvents('complaint', 1, verified, 'inspector')).toEqual([]);
    expect(allowedEvents('complaint', 1, verified, 'system')).toEqual(['DEADLINE_WARNING', 'DEADLINE_PASSED']);
  });
});

describe('permissions', () => {
  it('gives inspectors and admins nothing to send and system only deadline facts', () => {
    for (const byEvent of Object.values(EVENT_PERMISSIONS)) {
      for (const [event, roles] of Object.entries(byEvent)) {
        expect(roles).not.toContain('inspector');
        expect(roles).not.toContain('admin');
        expect(roles?.includes('system')).toBe(event.startsWith('DEADLINE_'));
      }
    }
    expect(canSend('reception', 'ASSIGN', 'leader')).toBe(true);
    expect(canSend('reception', 'ASSIGN', 'reception_officer')).toBe(false);
    expect(canSend('commitment', 'VERIFY', 'leader')).toBe(true);
  });
});

describe('canFileSecondComplaint', () => {
  const base = { level: 'first' } as Pick<ComplaintContext, 'level' | 'decision' | 'overdue'>;
  it('allows it after the first decision or when the first deadline passed, never after a second', () => {
    expect(canFileSecondComplaint(base)).toBe(false);
    expect(canFileSecondComplaint({ ...base, decision: { summary: 's', outcome: 'rejected', proposedAt: at, approvedAt: at } })).toBe(true);
    // Only the resolution period running out opens the window; a late acceptance does not.
    expect(canFileSecondComplaint({ ...base, overdue: { at, ruleId: 'complaint.resolve.first', dueDate: '2026-08-01' } })).toBe(true);
    expect(canFileSecondComplaint({ ...base, overdue: { at, ruleId: 'complaint.accept', dueDate: '2026-08-01' } })).toBe(false);
    expect(canFileSecondComplaint({ level: 'second', overdue: { at, ruleId: 'complaint.resolve.second', dueDate: '2026-08-01' } })).toBe(
      false,
    );
  });
});
