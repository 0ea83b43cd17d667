import {
  caseFactsDto,
  caseFactsOf,
  complaintLevelOf,
  factKey,
  forwardedToOf,
  leadAgencyOf,
  petitionResponseOf,
  receptionAnswerOf,
} from './case-facts';
import { applyEvent as apply, startCase, type CaseCommand } from './runtime';

const at = '2026-03-02T02:00:00.000Z';
const actor = { id: 'u-1', role: 'leader' as const, agencyId: 'commune' };
/** An accepted event's result (the test fails loudly if the machine refuses it). */
function applyEvent(...args: Parameters<typeof apply>): { snapshot: unknown; context: Record<string, unknown> } {
  const result = apply(...args);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}
const ev = (type: string, payload: Record<string, unknown> = {}): CaseCommand => ({ type, ...payload, at, actor });

/** The typed readers read what the machines record, not a hand-made object. */
describe('case facts', () => {
  it('reads a complaint’s level, link and lead agency as the machine records them', () => {
    const first = startCase('complaint', { caseId: 'c-1', receivedAt: at });
    expect(complaintLevelOf(caseFactsOf('complaint', first.context))).toBe('first');
    expect(leadAgencyOf(caseFactsOf('complaint', first.context))).toBeNull();
    const accepted = applyEvent('complaint', first.version, first.snapshot, ev('TRIAGE_ACCEPT', { agencyId: 'land-office' }));
    expect(leadAgencyOf(caseFactsOf('complaint', accepted.context))).toBe('land-office');

    const second = startCase('complaint', { caseId: 'c-2', receivedAt: at, level: 'second', linkedCaseId: 'c-1' } as never);
    const facts = caseFactsOf('complaint', second.context);
    expect(complaintLevelOf(facts)).toBe('second');
    expect(facts.linkedCaseId).toBe('c-1');
  });

  it('reads the agency a denunciation is decided to be forwarded to', () => {
    const started = startCase('denunciation', { caseId: 'd-1', receivedAt: at });
    expect(forwardedToOf(caseFactsOf('denunciation', started.context))).toBeNull();
    const forwarded = applyEvent(
      'denunciation',
      started.version,
      started.snapshot,
      ev('FORWARD', { toAgencyId: 'police', toBody: 'Công an xã' }),
    );
    expect(forwardedToOf(caseFactsOf('denunciation', forwarded.context))).toBe('police');
  });

  it('reads the desk’s answer and a petition’s response', () => {
    const visit = startCase('reception', { caseId: 'r-1', receivedAt: at });
    const answered = applyEvent('reception', visit.version, visit.snapshot, ev('ANSWER_ON_SPOT', { answer: 'Đã giải thích quy định' }));
    expect(receptionAnswerOf(caseFactsOf('reception', answered.context))).toBe('Đã giải thích quy định');
    expect(receptionAnswerOf(caseFactsOf('reception', visit.context))).toBeNull();

    const petition = startCase('proposal', { caseId: 'p-1', receivedAt: at });
    const accepted = applyEvent('proposal', petition.version, petition.snapshot, ev('ACCEPT', { agencyId: 'works' }));
    const responded = applyEvent(
      'proposal',
      petition.version,
      accepted.snapshot,
      ev('SUBMIT_RESPONSE', { response: 'Sẽ sửa đường trong quý II' }),
    );
    expect(petitionResponseOf(caseFactsOf('proposal', responded.context))).toBe('Sẽ sửa đường trong quý II');
  });

  it('reads a missing or corrupt context as no facts instead of throwing', () => {
    for (const context of [null, undefined, 'x', 3, []]) {
      const facts = caseFactsOf('complaint', context);
      expect(facts).toEqual({});
      expect(complaintLevelOf(facts)).toBe('first');
      expect(leadAgencyOf(facts)).toBeNull();
    }
  });

  it('gives the API the machine’s context as it is', () => {
    const started = startCase('commitment', { caseId: 'k-1', receivedAt: at, ownerAgencyId: 'works', dueDate: '2026-04-01' } as never);
    expect(caseFactsDto('commitment', started.context)).toEqual(started.context);
    expect(factKey('extensionRequest')).toBe('extensionRequest');
  });
});
