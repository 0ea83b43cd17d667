import { CASE_TYPES } from '@tiep-dan/contracts';
import { describeMachine, LATEST_MACHINE_VERSION } from '@tiep-dan/workflows';
import { citizenNoticeOf } from './citizen-notice-kinds';

describe('citizenNoticeOf', () => {
  it.each([
    ['reflection', 'ACCEPT', 'accepted'],
    ['reflection', 'NOTIFY_CITIZEN', 'answered'],
    ['proposal', 'TRANSFER', 'forwarded'],
    ['complaint', 'TRIAGE_ACCEPT', 'accepted'],
    ['complaint', 'APPROVE_EXTENSION', 'extended'],
    ['complaint', 'SUSPEND', 'suspended'],
    ['complaint', 'RESUME', 'resumed'],
    ['complaint', 'NOTIFY_PARTIES', 'answered'],
    ['denunciation', 'SEND_FORWARD', 'forwarded'],
    ['denunciation', 'CONCLUDE', 'answered'],
  ] as const)('%s %s tells the citizen: %s', (type, event, kind) => {
    expect(citizenNoticeOf(type, event)).toBe(kind);
  });

  it('tells nothing of internal steps, deadlines, or events a type does not have', () => {
    expect(citizenNoticeOf('reflection', 'SUBMIT_RESPONSE')).toBeNull();
    expect(citizenNoticeOf('reflection', 'APPROVE')).toBeNull();
    expect(citizenNoticeOf('complaint', 'DEADLINE_PASSED')).toBeNull();
    expect(citizenNoticeOf('commitment', 'ACCEPT')).toBeNull();
    expect(citizenNoticeOf('reflection', 'toString')).toBeNull();
  });

  it('names only events the latest machines know', () => {
    for (const type of CASE_TYPES) {
      const known = new Set<string>(describeMachine(type, LATEST_MACHINE_VERSION[type]).events.map((e) => e.type));
      for (const event of [
        'ACCEPT',
        'TRANSFER',
        'NOTIFY_CITIZEN',
        'TRIAGE_ACCEPT',
        'TRIAGE_REFUSE',
        'TRIAGE_FORWARD',
        'TRIAGE_GUIDE',
        'APPROVE_EXTENSION',
        'SUSPEND',
        'RESUME',
        'NOTIFY_PARTIES',
        'REFUSE_ACCEPTANCE',
        'SEND_FORWARD',
        'EXTEND_INITIAL_HANDLING',
        'CONCLUDE',
      ])
        if (citizenNoticeOf(type, event))
          expect({ type, event, known: known.has(event) }).toEqual({
            type,
            event,
            known: true,
          });
    }
  });
});
