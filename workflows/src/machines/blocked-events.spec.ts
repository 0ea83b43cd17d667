import { BLOCK_REASON_LABELS, blockedEvents } from './blocked-events';
import { applyEvent, startCase, type CaseCommand } from './runtime';

const at = '2026-03-02T02:00:00.000Z';
const handler = { id: 'h-1', role: 'agency_handler' as const, agencyId: 'a-1' };
const ev = (type: string, payload: Record<string, unknown> = {}): CaseCommand => ({ type, ...payload, at, actor: handler });

function complaint(events: CaseCommand[], level: 'first' | 'second' = 'first') {
  const started = startCase('complaint', { caseId: 'c-1', receivedAt: at, level });
  let snapshot = started.snapshot;
  for (const e of events) {
    const result = applyEvent('complaint', started.version, snapshot, e);
    if (!result.ok) throw new Error(`${e.type}: ${result.reason}`);
    snapshot = result.snapshot;
  }
  return { version: started.version, snapshot };
}

describe('blockedEvents', () => {
  const accept = ev('TRIAGE_ACCEPT', { agencyId: 'a-1' });

  it('names the dialogue a first complaint needs before its draft decision when the findings differ', () => {
    const c = complaint([accept, ev('RECORD_VERIFICATION', { findings: 'f', demandMatchesFindings: false })]);
    const blocked = blockedEvents('complaint', c.version, c.snapshot, 'agency_handler');
    const propose = blocked.find((b) => b.type === 'PROPOSE_DECISION');
    expect(propose).toMatchObject({ reason: 'isDialogueSatisfied', label: { vi: expect.any(String) } });
    expect(propose?.reasonLabel.vi).toContain('đối thoại');
    expect(propose?.reasonLabel.en).toContain('dialogue');
  });

  it('lists nothing once the dialogue was held, or when the findings match the demand', () => {
    const matched = complaint([accept, ev('RECORD_VERIFICATION', { findings: 'f', demandMatchesFindings: true })]);
    expect(blockedEvents('complaint', matched.version, matched.snapshot, 'agency_handler').map((b) => b.type)).not.toContain(
      'PROPOSE_DECISION',
    );
    const held = complaint([
      accept,
      ev('RECORD_VERIFICATION', { findings: 'f', demandMatchesFindings: false }),
      ev('SCHEDULE_DIALOGUE', { date: '2026-03-10', place: 'UBND', participants: ['x'] }),
      ev('RECORD_DIALOGUE_MINUTES', { minutes: 'm', heldAt: '2026-03-10' }),
    ]);
    expect(blockedEvents('complaint', held.version, held.snapshot, 'agency_handler').map((b) => b.type)).not.toContain('PROPOSE_DECISION');
  });

  it('always asks a second complaint for a dialogue', () => {
    const second = complaint([accept, ev('RECORD_VERIFICATION', { findings: 'f', demandMatchesFindings: true })], 'second');
    expect(
      blockedEvents('complaint', second.version, second.snapshot, 'agency_handler').find((b) => b.type === 'PROPOSE_DECISION')?.reason,
    ).toBe('isDialogueSatisfied');
  });

  it('lists only what the role may send: a leader is not told about the agency’s draft decision', () => {
    const c = complaint([accept, ev('RECORD_VERIFICATION', { findings: 'f', demandMatchesFindings: false })]);
    expect(blockedEvents('complaint', c.version, c.snapshot, 'leader').map((b) => b.type)).not.toContain('PROPOSE_DECISION');
  });

  it('says nothing of a ruling with nothing to rule on (no extension request waiting)', () => {
    const c = complaint([accept]);
    const blocked = blockedEvents('complaint', c.version, c.snapshot, 'agency_head', true);
    expect(blocked.map((b) => b.type)).not.toContain('APPROVE_EXTENSION');
    expect(blocked.map((b) => b.type)).not.toContain('REJECT_EXTENSION');
  });

  it('explains a second extension the law does not allow', () => {
    const c = complaint([accept, ev('REQUEST_EXTENSION', { reason: 'phức tạp', complexity: 'complex' }), ev('APPROVE_EXTENSION')]);
    expect(blockedEvents('complaint', c.version, c.snapshot, 'agency_handler').find((b) => b.type === 'REQUEST_EXTENSION')?.reason).toBe(
      'canRequestExtension',
    );
  });

  it('has words for every named guard of the machines', () => {
    for (const [name, label] of Object.entries(BLOCK_REASON_LABELS)) {
      expect(name).toMatch(/^(is|has|can)[A-Z]/);
      expect(label.vi.length).toBeGreaterThan(10);
      expect(label.en.length).toBeGreaterThan(10);
    }
  });
});
