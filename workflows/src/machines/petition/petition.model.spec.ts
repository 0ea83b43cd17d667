import type { CaseType } from '@tiep-dan/contracts';
import { analyseModel, atomicStates, reassignments, type CaseModel } from '../testing/case-model';

function petitionModel(type: Extract<CaseType, 'proposal' | 'reflection'>): CaseModel {
  return {
    type,
    input: { caseId: `${type}-1`, receivedAt: '2026-03-02T01:00:00.000Z' },
    events: [
      { type: 'ACCEPT', agencyId: 'ward-office' },
      { type: 'TRANSFER', toBody: 'Sở Tài nguyên và Môi trường' },
      { type: 'SUBMIT_RESPONSE', response: 'the road will be repaired in May' },
      { type: 'APPROVE' },
      { type: 'RETURN', reason: 'add the budget source' },
      { type: 'NOTIFY_CITIZEN' },
      { type: 'CLOSE' },
      { type: 'REASSIGN_AGENCY', toAgencyId: 'ward-police', reason: 'it is about street security' },
      { type: 'DEADLINE_PASSED', ruleId: `${type}.resolve` },
    ],
    facts: (c) => [c['overdue'] !== undefined, c['agencyId']],
    invariants: (state, c, status) => {
      const broken: string[] = [];
      if (['assigned', 'awaitingApproval', 'approved', 'notified', 'closed'].includes(state) && !c['agencyId'])
        broken.push('accepted without agency');
      if (['awaitingApproval', 'approved', 'notified', 'closed'].includes(state) && !c['response']) broken.push('no response');
      if (['approved', 'notified', 'closed'].includes(state) && !c['approval']) broken.push('not approved');
      if (['closed', 'transferred'].includes(state) !== (status === 'done')) broken.push('final state not done');
      return broken;
    },
  };
}

describe.each(['proposal', 'reflection'] as const)('%s machine (model-based)', (type) => {
  const report = analyseModel(petitionModel(type));

  it('reaches every state by a shortest path', () => {
    expect(atomicStates(type).filter((s) => !report.reached.includes(s))).toEqual([]);
  });
  it('holds its invariants on every path and random walk', () => expect(report.violations).toEqual([]));
  it('has a way out of every non-final state', () => expect(report.deadEnds).toEqual([]));
  it('accepts nothing once final', () => expect(report.finalLeaks).toEqual([]));
  it('ends every path in the same place after persisting and restoring at each step', () => expect(report.roundTripMismatches).toEqual([]));
  it('is given to another lead agency from assignment until the answer is approved, in its state and on its clock', () => {
    const r = reassignments(petitionModel(type), report.paths);
    expect(r.takenIn).toEqual(['assigned', 'awaitingApproval']);
    expect(r.refusedIn).toEqual(
      expect.arrayContaining(['received: NOT_ALLOWED', 'approved: NOT_ALLOWED', 'notified: NOT_ALLOWED', 'closed: FINAL']),
    );
    expect([...r.moved, ...r.clockChanged, ...r.agencyNotRecorded, ...r.sameAgencyTaken]).toEqual([]);
  });
});
