import type { ActorRole, AgencyKind } from '@tiep-dan/contracts';
import { competenceOf, seatAgencyOf, seatRole } from './competence';
import { deadlineOf } from './deadline';
import { allowedEvents, applyEvent, startCase } from './runtime';
import { canSend, EVENT_PERMISSIONS } from './permissions';

const KINDS: (AgencyKind | null)[] = ['unit', 'commune', 'department', 'province', null];
const ROLES: ActorRole[] = [
  'reception_officer',
  'leader',
  'agency_handler',
  'agency_head',
  'inspector',
  'mobilization_lead',
  'admin',
  'system',
];

describe('competence: who decides, by case type, level and the lead agency’s place in the tree', () => {
  it.each([
    ['complaint', 'first', 'unit', 'commune_leader'],
    ['complaint', 'first', 'commune', 'commune_leader'],
    ['complaint', 'first', null, 'commune_leader'],
    ['complaint', 'first', 'department', 'lead_agency_head'],
    ['complaint', 'first', 'province', 'province_leader'],
    ['complaint', 'second', 'unit', 'province_leader'],
    ['complaint', 'second', 'department', 'province_leader'],
    ['complaint', 'second', 'province', 'province_leader'],
    ['denunciation', undefined, 'unit', 'commune_leader'],
    ['denunciation', undefined, 'department', 'lead_agency_head'],
    ['denunciation', undefined, 'province', 'province_leader'],
  ] as const)('%s (%s) led by %s is decided by the %s', (type, level, kind, seat) => {
    expect(competenceOf({ type, ...(level ? { level } : {}), leadAgencyKind: kind })?.seat).toBe(seat);
  });

  it('has a seat for every complaint and denunciation wherever it is led, and none for the other types', () => {
    for (const kind of KINDS) {
      for (const level of ['first', 'second'] as const)
        expect(competenceOf({ type: 'complaint', level, leadAgencyKind: kind })).not.toBeNull();
      expect(competenceOf({ type: 'denunciation', leadAgencyKind: kind })).not.toBeNull();
      for (const type of ['proposal', 'reflection', 'reception', 'commitment'] as const)
        expect(competenceOf({ type, leadAgencyKind: kind })).toBeNull();
    }
  });

  it('places each seat at an agency of the tree, held by a role', () => {
    const c = { communeId: 'commune', provinceId: 'province', leadAgencyId: 'dept' };
    expect(seatAgencyOf('commune_leader', c)).toBe('commune');
    expect(seatAgencyOf('province_leader', c)).toBe('province');
    expect(seatAgencyOf('lead_agency_head', c)).toBe('dept');
    expect(seatRole('commune_leader')).toBe('leader');
    expect(seatRole('lead_agency_head')).toBe('agency_head');
  });
});

describe('the permission table, per role, with and without the deciding seat', () => {
  it('lets only the decider sign a complaint decision or a denunciation conclusion, whatever the role', () => {
    for (const role of ROLES) {
      expect(canSend('complaint', 'APPROVE', role)).toBe(false);
      expect(canSend('denunciation', 'CONCLUDE', role)).toBe(false);
    }
    for (const role of ['leader', 'agency_head'] as const) {
      expect(canSend('complaint', 'APPROVE', role, true)).toBe(true);
      expect(canSend('denunciation', 'CONCLUDE', role, true)).toBe(true);
    }
  });

  it('keeps the agency’s work with the agency and rulings with the head or the decider', () => {
    expect(canSend('complaint', 'PROPOSE_DECISION', 'agency_handler')).toBe(true);
    expect(canSend('complaint', 'PROPOSE_DECISION', 'leader', true)).toBe(false);
    expect(canSend('complaint', 'RETURN', 'agency_head')).toBe(true);
    expect(canSend('complaint', 'RETURN', 'leader')).toBe(false);
    expect(canSend('complaint', 'RETURN', 'leader', true)).toBe(true);
    expect(canSend('complaint', 'TRIAGE_ACCEPT', 'leader')).toBe(false);
    expect(canSend('complaint', 'TRIAGE_ACCEPT', 'leader', true)).toBe(true);
    expect(canSend('complaint', 'APPROVE_EXTENSION', 'agency_handler', true)).toBe(true);
    expect(canSend('complaint', 'APPROVE_EXTENSION', 'agency_handler')).toBe(false);
    // The seat adds decisions only: a decider who is an inspector still sends nothing else.
    expect(canSend('complaint', 'RECORD_VERIFICATION', 'inspector', true)).toBe(false);
  });

  it('never gives the seat to the scheduler, inspectors or administrators by role', () => {
    for (const byEvent of Object.values(EVENT_PERMISSIONS)) {
      for (const who of Object.values(byEvent)) {
        expect(who).not.toContain('inspector');
        expect(who).not.toContain('admin');
      }
    }
  });

  it('shows the decision button to the decider only', () => {
    const at = '2026-09-01T02:00:00.000Z';
    const actor = { id: 'x', role: 'agency_handler' as const };
    let snapshot = startCase('complaint', { caseId: 'c', receivedAt: at }).snapshot;
    for (const e of [
      { type: 'TRIAGE_ACCEPT', agencyId: 'a' },
      { type: 'RECORD_VERIFICATION', findings: 'f', demandMatchesFindings: true },
      { type: 'PROPOSE_DECISION', summary: 's', outcome: 'rejected' },
    ]) {
      const r = applyEvent('complaint', 3, snapshot, { ...e, at, actor });
      if (!r.ok) throw new Error(r.reason);
      snapshot = r.snapshot;
    }
    expect(allowedEvents('complaint', 3, snapshot, 'agency_head')).not.toContain('APPROVE');
    expect(allowedEvents('complaint', 3, snapshot, 'agency_head')).toContain('RETURN');
    // A leader who does not hold the seat may give the case to another agency, never decide it.
    expect(allowedEvents('complaint', 3, snapshot, 'leader')).toEqual(['REASSIGN_AGENCY']);
    expect(allowedEvents('complaint', 3, snapshot, 'leader', true)).toEqual(['APPROVE', 'RETURN', 'SUSPEND', 'REASSIGN_AGENCY']);
  });
});

describe('the clock after the conclusion', () => {
  it('gives the person who concluded a denunciation 7 working days to act on it (Luật Tố cáo 2018 Art. 36)', () => {
    expect(deadlineOf('denunciation', 3, 'concluded')).toEqual({ ruleId: 'denunciation.handle-conclusion', clock: 'start' });
    expect(deadlineOf('denunciation', 2, 'concluded')).toBeUndefined();
    expect(deadlineOf('denunciation', 3, 'handled')).toBeUndefined();
  });

  it('carries the earlier conclusion into a re-denunciation', () => {
    const started = startCase('denunciation', {
      caseId: 'd2',
      receivedAt: '2026-09-01T02:00:00.000Z',
      earlierConclusion: {
        caseId: 'd1',
        code: 'TC-1',
        conclusion: 'không đúng',
        concludedAt: '2026-08-01T02:00:00.000Z',
        ground: 'disputed',
      },
    });
    expect(started.context['earlierConclusion']).toMatchObject({ code: 'TC-1', ground: 'disputed' });
  });
});
