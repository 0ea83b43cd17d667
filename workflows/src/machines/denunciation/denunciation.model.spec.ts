import { analyseModel, atomicStates, reassignments, type CaseModel } from '../testing/case-model';
import { MAX_DENUNCIATION_EXTENSIONS } from './denunciation.machine';

const EVENTS: CaseModel['events'] = [
  { type: 'ACCEPT', agencyId: 'agency-1' },
  { type: 'FORWARD', toAgencyId: 'agency-2' },
  { type: 'SEND_FORWARD', slipNo: '12/PC' },
  { type: 'REFUSE_ACCEPTANCE', ground: 'no_basis', reason: 'nothing to verify' },
  { type: 'EXTEND_INITIAL_HANDLING', reason: 'checks at several places' },
  { type: 'ARCHIVE', reason: 'anonymous, no content', ground: 'anonymous' },
  { type: 'NOTIFY_DENOUNCER' },
  { type: 'RECORD_VERIFICATION', findings: 'findings' },
  { type: 'CONCLUDE', conclusion: 'partly true' },
  { type: 'HANDLE_CONCLUSION', measures: 'disciplinary' },
  { type: 'CLOSE' },
  { type: 'REQUEST_EXTENSION', reason: 'many parties', complexity: 'complex' },
  { type: 'REQUEST_EXTENSION', reason: 'many parties', complexity: 'especially_complex' },
  { type: 'APPROVE_EXTENSION' },
  { type: 'REJECT_EXTENSION' },
  { type: 'SUSPEND', reason: 'awaiting expert opinion' },
  { type: 'RESUME' },
  { type: 'WITHDRAW', reason: 'withdrawn' },
  { type: 'RECORD_VIOLATION_EVIDENCE' },
  { type: 'ESCALATE', toAgencyId: 'province' },
  { type: 'REASSIGN_AGENCY', toAgencyId: 'agency-2', reason: 'the police hold the evidence' },
  { type: 'DEADLINE_PASSED', ruleId: 'denunciation.resolve' },
];

function denunciationModel(forwardedFrom?: string): CaseModel {
  return {
    type: 'denunciation',
    input: { caseId: 'd-1', receivedAt: '2026-03-01T01:00:00.000Z', ...(forwardedFrom ? { forwardedFrom } : {}) },
    events: EVENTS,
    facts: (c) => [
      c['extensionsGranted'],
      (c['extensionRequest'] as { complexity?: string } | undefined)?.complexity,
      c['complexity'],
      c['violationEvidence'],
      c['overdue'] !== undefined,
      c['denouncerNotifiedAt'] !== undefined,
      c['withdrawal'] !== undefined,
      c['initialHandlingExtended'] !== undefined,
      c['agencyId'],
    ],
    invariants: (state, c, status) => {
      const broken: string[] = [];
      const granted = c['extensionsGranted'] as number;
      const complexity = c['complexity'] as keyof typeof MAX_DENUNCIATION_EXTENSIONS | undefined;
      if ((c['forwardCount'] as number) > 1) broken.push('forwarded more than once');
      if (state === 'forwarded' && c['forwardedFrom'] !== undefined) broken.push('a forwarded case was forwarded again');
      if (granted > 0 && (!complexity || granted > MAX_DENUNCIATION_EXTENSIONS[complexity])) broken.push('extensions exceed the rule');
      if ((/^accepted\./.test(state) || ['suspended', 'concluded', 'handled', 'closed'].includes(state)) && !c['agencyId'])
        broken.push('accepted without agency');
      if (state === 'terminated' && (c['violationEvidence'] || !c['terminationReason']))
        broken.push('terminated despite evidence or without reason');
      if (state === 'escalated' && c['overdue'] === undefined) broken.push('escalated without being overdue');
      if (state === 'closed' && !c['conclusion']) broken.push('closed without conclusion');
      if (state === 'forwarded' && (!c['forwardDecidedAt'] || !c['forwardSentAt'])) broken.push('forwarded without a decision and a slip');
      if (state === 'notAccepted' && !c['refusal']) broken.push('not accepted without a ground');
      if (/^accepted\.(verification|verified)$/.test(state) && !c['denouncerNotifiedAt'])
        broken.push('verifying before the acceptance was notified');
      const final = ['closed', 'forwarded', 'archived', 'escalated', 'terminated', 'notAccepted'].includes(state);
      if (final !== (status === 'done')) broken.push('final state not done');
      return broken;
    },
  };
}

describe('denunciation machine (model-based)', () => {
  const fresh = analyseModel(denunciationModel());
  const forwarded = analyseModel(denunciationModel('agency-0'));

  it('reaches every state by a shortest path', () => {
    expect(atomicStates('denunciation').filter((s) => !fresh.reached.includes(s))).toEqual([]);
  });

  it('holds its invariants on every path and random walk', () => {
    expect(fresh.violations).toEqual([]);
    expect(forwarded.violations).toEqual([]);
  });

  it('has a way out of every non-final state and accepts nothing once final', () => {
    expect(fresh.deadEnds).toEqual([]);
    expect(forwarded.deadEnds).toEqual([]);
    expect(fresh.finalLeaks).toEqual([]);
    expect(forwarded.finalLeaks).toEqual([]);
  });

  it('ends every path in the same place after persisting and restoring at each step', () => {
    expect(fresh.roundTripMismatches).toEqual([]);
    expect(forwarded.roundTripMismatches).toEqual([]);
  });

  it('is given to another lead agency while it is being handled, in its state and on its clock; never once forwarded or concluded', () => {
    const r = reassignments(denunciationModel(), fresh.paths);
    expect(r.takenIn).toEqual(['accepted.notifying', 'accepted.verification', 'accepted.verified', 'received', 'suspended']);
    expect(r.refusedIn).toEqual(
      expect.arrayContaining([
        'forwarding: NOT_ALLOWED',
        'concluded: NOT_ALLOWED',
        'handled: NOT_ALLOWED',
        'closed: FINAL',
        'escalated: FINAL',
      ]),
    );
    expect(r.moved).toEqual([]);
    expect(r.clockChanged).toEqual([]);
    expect(r.agencyNotRecorded).toEqual([]);
    expect(r.sameAgencyTaken).toEqual([]);
  });

  it('never forwards a case that arrived forwarded', () => {
    expect(forwarded.reached).not.toContain('forwarded');
    expect(fresh.reached).toContain('forwarded');
  });

  it('continues after a withdrawal once violation evidence is recorded', () => {
    const continued = fresh.paths.filter((p) => p.status === 'active' && p.steps.some((e) => e.type === 'WITHDRAW'));
    expect(continued.length).toBeGreaterThan(0);
    for (const path of continued) {
      const withdrawAt = path.steps.findIndex((e) => e.type === 'WITHDRAW');
      expect(path.steps.slice(0, withdrawAt).some((e) => e.type === 'RECORD_VIOLATION_EVIDENCE')).toBe(true);
    }
  });
});
