import { RECEPTION_REFUSAL_REASONS } from '@tiep-dan/contracts';
import { analyseModel, atomicStates, reassignments, type CaseModel } from '../testing/case-model';

const MODEL: CaseModel = {
  type: 'reception',
  input: { caseId: 'r-1', receivedAt: '2026-03-02T01:00:00.000Z', sessionId: 's-1' },
  events: [
    { type: 'ANSWER_ON_SPOT', answer: 'explained the land-use rule' },
    { type: 'GUIDE', body: 'Tòa án nhân dân huyện' },
    { type: 'REFUSE', reason: 'final_judgment', note: 'judgment 12/2024' },
    { type: 'ASSIGN', agencyId: 'land-office', dueDate: '2026-03-16' },
    { type: 'AGENCY_REPORT', report: 'measured again' },
    { type: 'ANSWER_CITIZEN', answer: 'boundary confirmed' },
    { type: 'CLOSE' },
    { type: 'CARRY_OVER', sessionId: 's-2' },
    { type: 'REASSIGN_AGENCY', toAgencyId: 'ward-police', reason: 'the neighbour threatened them' },
    { type: 'DEADLINE_WARNING', ruleId: 'reception.reply' },
    { type: 'DEADLINE_PASSED', ruleId: 'reception.reply' },
  ],
  facts: (c) => [c['dueSoon'] !== undefined, c['overdue'] !== undefined, (c['carriedOverTo'] as string[]).length > 0, c['agencyId']],
  invariants: (state, c, status) => {
    const broken: string[] = [];
    if (['assigned', 'reported'].includes(state) && !c['agencyId']) broken.push('assigned without agency');
    if (state === 'reported' && !c['agencyReport']) broken.push('reported without report');
    if (state === 'refused') {
      const refusal = c['refusal'] as { reason: string } | undefined;
      if (!refusal || !(RECEPTION_REFUSAL_REASONS as readonly string[]).includes(refusal.reason))
        broken.push('refused without lawful reason');
    }
    if (['answered', 'closed'].includes(state) && !c['answeredAt']) broken.push('answered without answer');
    if (['closed', 'guided', 'refused'].includes(state) !== (status === 'done')) broken.push('final state not done');
    return broken;
  },
};

describe('reception machine (model-based)', () => {
  const report = analyseModel(MODEL);

  it('reaches every state by a shortest path', () => {
    expect(atomicStates('reception').filter((s) => !report.reached.includes(s))).toEqual([]);
  });
  it('holds its invariants on every path and random walk', () => expect(report.violations).toEqual([]));
  it('has a way out of every non-final state', () => expect(report.deadEnds).toEqual([]));
  it('accepts nothing once final', () => expect(report.finalLeaks).toEqual([]));
  it('ends every path in the same place after persisting and restoring at each step', () => expect(report.roundTripMismatches).toEqual([]));
  it('gives the matter to another agency only while the assigned one has not reported, in its state and on its clock', () => {
    const r = reassignments(MODEL, report.paths);
    expect(r.takenIn).toEqual(['assigned']);
    expect(r.refusedIn).toEqual(
      expect.arrayContaining(['logged: NOT_ALLOWED', 'reported: NOT_ALLOWED', 'answered: NOT_ALLOWED', 'closed: FINAL']),
    );
    expect([...r.moved, ...r.clockChanged, ...r.agencyNotRecorded, ...r.sameAgencyTaken]).toEqual([]);
  });
});
