import { analyseModel, atomicStates, reassignments, type CaseModel } from '../testing/case-model';

const MODEL: CaseModel = {
  type: 'commitment',
  input: { caseId: 'k-1', receivedAt: '2026-03-02T01:00:00.000Z', ownerAgencyId: 'ward-police', dueDate: '2026-04-30' },
  events: [
    { type: 'REPORT_DONE', report: 'street lights installed' },
    { type: 'VERIFY' },
    { type: 'REJECT', reason: 'two lights still missing' },
    { type: 'REASSIGN_AGENCY', toAgencyId: 'ward-office', reason: 'the lights belong to the ward office' },
    { type: 'DEADLINE_WARNING', ruleId: 'commitment.fulfil' },
    { type: 'DEADLINE_PASSED', ruleId: 'commitment.fulfil' },
  ],
  facts: (c) => [c['dueSoon'] !== undefined, c['overdue'] !== undefined, c['agencyId']],
  invariants: (state, c, status) => {
    const broken: string[] = [];
    if (!c['agencyId']) broken.push('no owner agency');
    if (['done', 'verified'].includes(state) && !c['report']) broken.push('done without report');
    if (state === 'verified' && !c['verifiedAt']) broken.push('verified without verification');
    if ((state === 'verified') !== (status === 'done')) broken.push('final state not done');
    return broken;
  },
};

describe('commitment machine (model-based)', () => {
  const report = analyseModel(MODEL);

  it('reaches every state by a shortest path, overdue included', () => {
    expect(atomicStates('commitment').filter((s) => !report.reached.includes(s))).toEqual([]);
    expect(report.paths.some((p) => p.state === 'inProgress' && p.steps.some((e) => e.type === 'DEADLINE_PASSED'))).toBe(true);
  });
  it('holds its invariants on every path and random walk', () => expect(report.violations).toEqual([]));
  it('has a way out of every non-final state', () => expect(report.deadEnds).toEqual([]));
  it('accepts nothing once final', () => expect(report.finalLeaks).toEqual([]));
  it('ends every path in the same place after persisting and restoring at each step', () => expect(report.roundTripMismatches).toEqual([]));
  it('goes to another owner agency only while it is being carried out, keeping the promised date', () => {
    const r = reassignments(MODEL, report.paths);
    expect(r.takenIn).toEqual(['inProgress']);
    expect(r.refusedIn).toEqual(expect.arrayContaining(['done: NOT_ALLOWED', 'verified: FINAL']));
    expect([...r.moved, ...r.clockChanged, ...r.agencyNotRecorded, ...r.sameAgencyTaken]).toEqual([]);
  });
});
