import { analyseModel, atomicStates, type CaseModel } from '../testing/case-model';
import { MAX_COMPLAINT_EXTENSIONS } from './complaint.machine';

// MODEL_AT is 2026-03-02 (Vietnam time): the 7th is 5 days ahead (enough notice), the 5th is 3 days ahead (too short).
const EVENTS: CaseModel['events'] = [
  { type: 'TRIAGE_ACCEPT', agencyId: 'agency-1' },
  { type: 'TRIAGE_GUIDE', body: 'Tòa án nhân dân' },
  { type: 'TRIAGE_ARCHIVE', reason: 'duplicate', ground: 'duplicate' },
  { type: 'TRIAGE_REFUSE', ground: 'time_limit_passed', reason: 'filed after 90 days' },
  { type: 'TRIAGE_FORWARD', toBody: 'Sở Tài nguyên và Môi trường' },
  { type: 'TRIAGE_RETURN_DOCUMENTS', reason: 'original documents returned' },
  { type: 'RECORD_VERIFICATION', findings: 'matches', demandMatchesFindings: true },
  { type: 'RECORD_VERIFICATION', findings: 'differs', demandMatchesFindings: false },
  { type: 'SCHEDULE_DIALOGUE', date: '2026-03-07', place: 'UBND xã', participants: ['complainant'] },
  { type: 'SCHEDULE_DIALOGUE', date: '2026-03-05', place: 'UBND xã', participants: ['complainant'] },
  { type: 'RECORD_DIALOGUE_MINUTES', minutes: 'minutes' },
  { type: 'PROPOSE_DECISION', summary: 'keep the decision', outcome: 'rejected' },
  { type: 'APPROVE', documentNo: '12/QĐ-UBND' },
  { type: 'RETURN', reason: 'more evidence' },
  { type: 'NOTIFY_PARTIES' },
  { type: 'CLOSE' },
  { type: 'REQUEST_EXTENSION', reason: 'complex' },
  { type: 'APPROVE_EXTENSION' },
  { type: 'REJECT_EXTENSION' },
  { type: 'SUSPEND', reason: 'awaiting court' },
  { type: 'RESUME' },
  { type: 'WITHDRAW', reason: 'settled' },
  { type: 'DEADLINE_WARNING', ruleId: 'complaint.resolve.first' },
  { type: 'DEADLINE_PASSED', ruleId: 'complaint.resolve.first' },
];

const OPEN_WORK = /^accepted\.|^suspended$|^decided$|^notified$/;

function complaintModel(level: 'first' | 'second'): CaseModel {
  return {
    type: 'complaint',
    input: { caseId: `c-${level}`, receivedAt: '2026-03-01T01:00:00.000Z', level },
    events: EVENTS,
    facts: (c) => {
      const v = c['verification'] as { demandMatchesFindings: boolean } | undefined;
      const d = c['dialogue'] as { heldAt?: string } | undefined;
      return [v?.demandMatchesFindings, d !== undefined, d?.heldAt !== undefined, c['extensionsGranted'], c['extensionRequest'] !== undefined, c['overdue'] !== undefined];
    },
    invariants: (state, c, status) => {
      const broken: string[] = [];
      const decision = c['decision'] as { approvedAt?: string } | undefined;
      const dialogue = c['dialogue'] as { heldAt?: string } | undefined;
      if (state === 'closed' && !decision?.approvedAt && !c['terminationReason']) broken.push('closed without decision or termination reason');
      if ((OPEN_WORK.test(state) || state === 'closed') && !c['agencyId']) broken.push('accepted without agency');
      if ((c['extensionsGranted'] as number) > MAX_COMPLAINT_EXTENSIONS) broken.push('too many extensions');
      if (state === 'terminated' && !c['terminationReason']) broken.push('terminated without reason');
      if (['decided', 'notified', 'closed'].includes(state) && !decision?.approvedAt) broken.push('decided without approval');
      if (c['level'] === 'second' && ['accepted.awaitingApproval', 'decided', 'notified', 'closed'].includes(state) && !dialogue?.heldAt)
        broken.push('second complaint decided without dialogue');
      if (state === 'notAccepted' && !c['refusal']) broken.push('not accepted without a ground');
      if (state === 'forwarded' && !c['forwarding']) broken.push('forwarded without a body');
      const finals = ['closed', 'guided', 'archived', 'terminated', 'notAccepted', 'forwarded', 'documentsReturned'];
      if (finals.includes(state) !== (status === 'done')) broken.push('final state not done');
      return broken;
    },
  };
}

describe('complaint machine (model-based)', () => {
  const first = analyseModel(complaintModel('first'));
  const second = analyseModel(complaintModel('second'));

  it('reaches every state by a shortest path', () => {
    const reached = new Set([...first.reached, ...second.reached]);
    expect(atomicStates('complaint').filter((s) => !reached.has(s))).toEqual([]);
    expect(first.paths.length).toBeGreaterThan(20);
  });

  it('holds its invariants on every path and random walk', () => {
    expect(first.violations).toEqual([]);
    expect(second.violations).toEqual([]);
  });

  it('has a way out of every non-final state', () => {
    expect(first.deadEnds).toEqual([]);
    expect(second.deadEnds).toEqual([]);
  });

  it('accepts no event once final (closed, guided, archived, terminated)', () => {
    expect(first.finalLeaks).toEqual([]);
    expect(second.finalLeaks).toEqual([]);
    expect(first.reached).toEqual(expect.arrayContaining(['closed', 'guided', 'archived', 'terminated']));
  });

  it('ends every path in the same place after persisting and restoring at each step', () => {
    expect(first.roundTripMismatches).toEqual([]);
    expect(second.roundTripMismatches).toEqual([]);
  });

  it('lets a first complaint skip the dialogue only when demand matches findings; a second one never', () => {
    const skipped = (report: typeof first) =>
      report.paths.some(
        (p) => p.state === 'accepted.awaitingApproval' && !p.steps.some((e) => e.type === 'RECORD_DIALOGUE_MINUTES'),
      );
    expect(skipped(first)).toBe(true);
    expect(skipped(second)).toBe(false);
  });
});
