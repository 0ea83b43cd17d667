import { deadlineOf } from '../deadline';
import { analyseModel, atomicStates, reassignments, type CaseModel } from '../testing/case-model';
import { limitationDaysLate, MAX_COMPLAINT_EXTENSIONS } from './complaint.machine';

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
  { type: 'RECORD_LIMITATION_OBSTACLE', reason: 'in hospital for two months' },
  { type: 'REASSIGN_AGENCY', toAgencyId: 'agency-2', reason: 'the land office is short of staff' },
  { type: 'REASSIGN_AGENCY', toAgencyId: 'agency-1', reason: 'back to the land office' },
  { type: 'DEADLINE_WARNING', ruleId: 'complaint.resolve.first' },
  { type: 'DEADLINE_PASSED', ruleId: 'complaint.resolve.first' },
];

const OPEN_WORK = /^accepted\.|^suspended$|^decided$|^notified$/;

/** `learnedAt`: when the complainant learned of the decision (the 90-day limitation of Art. 9 counts from it). */
function complaintModel(level: 'first' | 'second', learnedAt?: string): CaseModel {
  return {
    type: 'complaint',
    input: { caseId: `c-${level}`, receivedAt: '2026-03-01T01:00:00.000Z', level, ...(learnedAt ? { learnedAt } : {}) },
    events: EVENTS,
    facts: (c) => {
      const v = c['verification'] as { demandMatchesFindings: boolean } | undefined;
      const d = c['dialogue'] as { heldAt?: string } | undefined;
      const limitation = c['limitation'] as { obstacle?: unknown } | undefined;
      return [
        v?.demandMatchesFindings,
        d !== undefined,
        d?.heldAt !== undefined,
        c['extensionsGranted'],
        c['extensionRequest'] !== undefined,
        c['overdue'] !== undefined,
        limitation?.obstacle !== undefined,
        c['agencyId'],
      ];
    },
    invariants: (state, c, status) => {
      const broken: string[] = [];
      const decision = c['decision'] as { approvedAt?: string } | undefined;
      const dialogue = c['dialogue'] as { heldAt?: string } | undefined;
      if (state === 'closed' && !decision?.approvedAt && !c['terminationReason'])
        broken.push('closed without decision or termination reason');
      if ((OPEN_WORK.test(state) || state === 'closed') && !c['agencyId']) broken.push('accepted without agency');
      if ((c['extensionsGranted'] as number) > MAX_COMPLAINT_EXTENSIONS) broken.push('too many extensions');
      if (state === 'terminated' && !c['terminationReason']) broken.push('terminated without reason');
      if (['decided', 'notified', 'closed'].includes(state) && !decision?.approvedAt) broken.push('decided without approval');
      if (c['level'] === 'second' && ['accepted.awaitingApproval', 'decided', 'notified', 'closed'].includes(state) && !dialogue?.heldAt)
        broken.push('second complaint decided without dialogue');
      if (state === 'notAccepted' && !c['refusal']) broken.push('not accepted without a ground');
      const limitation = c['limitation'] as { learnedAt: string; obstacle?: { reason: string; at: string } } | undefined;
      if (
        c['acceptedAt'] &&
        limitation &&
        !limitation.obstacle &&
        limitationDaysLate({ limitation, receivedAt: c['receivedAt'] as string }) > 0
      )
        broken.push('accepted out of time with no obstacle recorded');
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
  // Received 2026-03-01, learned of the decision 2025-11-20: 101 days, past the 90-day limitation.
  const late = analyseModel(complaintModel('first', '2025-11-20'));
  // Learned 2025-12-01: the 90th day is 2026-03-01, the day it was received: in time.
  const inTime = analyseModel(complaintModel('first', '2025-12-01'));

  it('refuses to accept a complaint filed after the 90-day limitation unless an obstacle is recorded (Art. 9)', () => {
    expect(late.violations).toEqual([]);
    const acceptedLate = late.paths.filter((p) => p.state === 'accepted.verification');
    expect(acceptedLate.length).toBeGreaterThan(0);
    // Every way to acceptance goes through the obstacle.
    for (const p of acceptedLate) expect(p.steps.map((e) => e.type)).toContain('RECORD_LIMITATION_OBSTACLE');
    expect(late.paths.some((p) => p.state === 'notAccepted' && p.steps.length === 1)).toBe(true);
    // In time: accepted at once, and no obstacle to record.
    expect(inTime.paths.some((p) => p.state === 'accepted.verification' && p.steps.length === 1)).toBe(true);
    expect(inTime.paths.some((p) => p.steps.some((e) => e.type === 'RECORD_LIMITATION_OBSTACLE'))).toBe(false);
    expect(limitationDaysLate({ receivedAt: '2026-03-01T01:00:00.000Z', limitation: { learnedAt: '2025-11-20' } })).toBe(11);
    expect(limitationDaysLate({ receivedAt: '2026-03-01T01:00:00.000Z', limitation: { learnedAt: '2025-12-01' } })).toBe(0);
  });

  it('runs the clock to send the decision: 3 working days for a first complaint, 7 for a second (Art. 31, 40)', () => {
    expect(deadlineOf('complaint', 3, 'decided', { level: 'first' })).toEqual({ ruleId: 'complaint.send-decision.first', clock: 'start' });
    expect(deadlineOf('complaint', 3, 'decided', { level: 'second' })).toEqual({
      ruleId: 'complaint.send-decision.second',
      clock: 'start',
    });
    // Released versions keep what they had.
    expect(deadlineOf('complaint', 2, 'decided', { level: 'first' })).toBeUndefined();
    expect(first.reached).toContain('decided');
  });

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

  it('is given to another lead agency while it is being handled, in its state and on its clock; never once decided', () => {
    for (const [level, report] of [
      ['first', first],
      ['second', second],
    ] as const) {
      const r = reassignments(complaintModel(level), report.paths);
      expect(r.takenIn).toEqual([
        'accepted.awaitingApproval',
        'accepted.dialogueHeld',
        'accepted.dialogueScheduled',
        'accepted.verification',
        'accepted.verified',
        'received',
        'suspended',
      ]);
      expect(r.refusedIn).toEqual(
        expect.arrayContaining(['decided: NOT_ALLOWED', 'notified: NOT_ALLOWED', 'closed: FINAL', 'guided: FINAL']),
      );
      expect(r.moved).toEqual([]);
      expect(r.clockChanged).toEqual([]);
      expect(r.agencyNotRecorded).toEqual([]);
      expect(r.sameAgencyTaken).toEqual([]);
    }
    // The walk reached a case handled by the agency it was reassigned to, and moved on from there.
    expect(first.paths.some((p) => p.state === 'accepted.awaitingApproval' && p.steps.some((e) => e.type === 'REASSIGN_AGENCY'))).toBe(
      true,
    );
  });

  it('lets a first complaint skip the dialogue only when demand matches findings; a second one never', () => {
    const skipped = (report: typeof first) =>
      report.paths.some((p) => p.state === 'accepted.awaitingApproval' && !p.steps.some((e) => e.type === 'RECORD_DIALOGUE_MINUTES'));
    expect(skipped(first)).toBe(true);
    expect(skipped(second)).toBe(false);
  });
});
