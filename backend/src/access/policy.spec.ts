import { ROLES, type Role } from '@tiep-dan/contracts';
import {
  ACTIONS,
  areaScopeSql,
  caseScopeSql,
  may,
  reachesCase,
  rolesAtDoor,
  rolesFor,
  scopeOf,
  type Action,
  type PolicyActor,
} from './policy';

/**
 * What each role may do today, written out by hand (not read from POLICY): a change of anyone's rights changes this
 * table on purpose. `door`: the roles the route lets through when wider than `allowed` (the service answers the rest).
 */
const STAFF: Role[] = ['reception_officer', 'leader', 'agency_handler', 'agency_head', 'inspector', 'mobilization_lead'];
const ACTORS: Role[] = ['reception_officer', 'leader', 'agency_handler', 'agency_head', 'mobilization_lead'];
const WRITERS: Role[] = ['reception_officer', 'leader', 'agency_handler', 'agency_head'];
const EVERYONE: Role[] = [...ROLES];

const RIGHTS: Record<Action, { allowed: Role[]; door?: Role[] }> = {
  'account.self': { allowed: EVERYONE },
  'organisation.read': { allowed: EVERYONE },
  'organisation.manage': { allowed: ['admin'] },
  'users.manage': { allowed: ['admin'] },
  'open311.manage': { allowed: ['admin'] },
  'clock.move': { allowed: ['admin'] },
  'deadlines.read': { allowed: EVERYONE },
  'case.read': { allowed: STAFF },
  'case.create': { allowed: ACTORS, door: STAFF },
  'case.event': { allowed: ACTORS, door: STAFF },
  'case.attach': { allowed: ACTORS, door: STAFF },
  'case.follow-up': { allowed: WRITERS },
  'case.remind': { allowed: ['leader'] },
  'case.identity.reveal': { allowed: ['agency_handler', 'agency_head', 'leader'] },
  'case.assign': { allowed: ['agency_handler', 'agency_head'] },
  'case.assign.any': { allowed: ['agency_head'] },
  'case.claim': { allowed: ['agency_handler'] },
  'case.accept': { allowed: EVERYONE },
  'case.reassign': { allowed: ['leader'] },
  'inbox.read': { allowed: ['agency_handler', 'agency_head', 'leader', 'inspector'] },
  'inbox.handlers': { allowed: ['agency_head'] },
  'letter.register': { allowed: WRITERS },
  'letter.read': { allowed: [...WRITERS, 'inspector'] },
  'reception.read': { allowed: ['reception_officer', 'leader', 'inspector'] },
  'reception.desk': { allowed: ['reception_officer', 'leader'] },
  'dialogue.read': { allowed: STAFF },
  'dialogue.write': { allowed: WRITERS },
  'reports.read': { allowed: ['leader', 'inspector'] },
  'settings.read': { allowed: ['leader', 'inspector', 'admin'] },
  'settings.update': { allowed: ['leader', 'admin'] },
  'team.read': { allowed: STAFF },
  'team.criteria.read': { allowed: EVERYONE },
  'team.create': { allowed: ['leader'] },
  'team.lead': { allowed: ['mobilization_lead'] },
  'team.record': { allowed: ['leader', 'reception_officer', 'mobilization_lead'] },
  'team.practice.record': { allowed: ['leader'] },
  'bloc.read': { allowed: STAFF },
  'bloc.report': { allowed: ACTORS },
  'bloc.lead': { allowed: ['leader'] },
  'bloc.province': { allowed: ['leader'] },
  'bloc.inspect': { allowed: ['leader', 'inspector'] },
};

const AP = 'commune-an-phu';
const NK = 'commune-nam-khoa';
const PROVINCE = 'province-1';
const OTHER_PROVINCE = 'province-2';

/** A user of an agency: of a commune, or of the province (communeId null). */
function actor(role: Role, over: Partial<PolicyActor> = {}): PolicyActor {
  return { role, userId: `u-${role}`, agencyId: 'police-ap', communeId: AP, provinceId: PROVINCE, neighbourhoodId: null, ...over };
}
const atProvince = (role: Role, over: Partial<PolicyActor> = {}) => actor(role, { agencyId: 'department-1', communeId: null, ...over });

describe('the catalogue', () => {
  it('names every action once, each in the table of rights', () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(RIGHTS).sort());
  });

  describe.each(Object.entries(RIGHTS) as [Action, { allowed: Role[]; door?: Role[] }][])('%s', (action, { allowed, door }) => {
    const refused = ROLES.filter((r) => !allowed.includes(r));

    it(`allows ${allowed.join(', ') || 'nobody'}${refused.length ? `; refuses ${refused.join(', ')}` : ''}`, () => {
      expect([...rolesFor(action)].sort()).toEqual([...allowed].sort());
      for (const role of ROLES) expect([role, may(atProvince(role), action)]).toEqual([role, allowed.includes(role)]);
    });

    it(`lets ${door ? door.join(', ') : 'the same roles'} through at the route`, () => {
      expect([...rolesAtDoor(action)].sort()).toEqual([...(door ?? allowed)].sort());
      // The door is never narrower than the rule: a role allowed by the service is never refused by the guard.
      for (const role of allowed) expect(rolesAtDoor(action)).toContain(role);
    });
  });
});

describe('cases: who reaches which (the case scope)', () => {
  const ledByPolice = { commune_id: AP, province_id: PROVINCE, lead_agency_id: 'police-ap', coordinating_agency_ids: [] };
  const coordinatedByPolice = { commune_id: AP, province_id: PROVINCE, lead_agency_id: 'land-ap', coordinating_agency_ids: ['police-ap'] };
  const otherCommune = { commune_id: NK, province_id: PROVINCE, lead_agency_id: 'land-nk', coordinating_agency_ids: [] };
  const otherProvince = { commune_id: 'commune-x', province_id: OTHER_PROVINCE, lead_agency_id: 'land-x', coordinating_agency_ids: [] };

  it.each([
    ['a handler, a case their agency leads', actor('agency_handler'), ledByPolice, true],
    ['a handler, a case their agency coordinates', actor('agency_handler'), coordinatedByPolice, true],
    ['a handler, a case of another agency of the same commune', actor('agency_handler', { agencyId: 'health-ap' }), ledByPolice, false],
    ['an agency head, a case of another commune', actor('agency_head'), otherCommune, false],
    ['a commune leader, a case of the same commune', actor('leader'), coordinatedByPolice, true],
    ['a commune leader, a case of another commune', actor('leader'), otherCommune, false],
    ['a commune inspector, a case of another commune', actor('inspector'), otherCommune, false],
    ['a reception officer, a case of the same commune', actor('reception_officer'), ledByPolice, true],
    ['a team lead, a case of another commune', actor('mobilization_lead'), otherCommune, false],
    ['a province leader, a case of any commune of the province', atProvince('leader'), otherCommune, true],
    ['a province inspector, a case of another province', atProvince('inspector'), otherProvince, false],
    ['a province department, a case another agency leads', atProvince('agency_head'), otherCommune, false],
    ['an administrator, any case', atProvince('admin'), ledByPolice, false],
  ] as const)('%s: %s', (_, who, c, expected) => {
    expect(may(who, 'case.read', c)).toBe(expected);
    expect(reachesCase(scopeOf(who, 'case'), c)).toBe(expected);
  });

  it('turns the scope into the SQL every case query adds', () => {
    const params: unknown[] = ['id'];
    expect(caseScopeSql(scopeOf(actor('agency_handler'), 'case'), params)).toBe(
      '(c.lead_agency_id = ANY($2::uuid[]) OR c.coordinating_agency_ids && $2::uuid[])',
    );
    expect(caseScopeSql(scopeOf(actor('leader'), 'case'), params, 'l')).toBe('l.commune_id = ANY($3::uuid[])');
    expect(caseScopeSql(scopeOf(atProvince('inspector'), 'case'), params)).toBe('c.province_id = $4');
    expect(caseScopeSql(scopeOf(atProvince('admin'), 'case'), params)).toBe('FALSE');
    expect(params).toEqual(['id', ['police-ap'], [AP], PROVINCE]);
  });

  it('lets agency staff move only the cases their agency leads, never one it only coordinates', () => {
    const complaint = { ...ledByPolice, type: 'complaint' as const };
    expect(may(actor('agency_handler'), 'case.event', complaint)).toBe(true);
    expect(may(actor('agency_handler'), 'case.event', { ...coordinatedByPolice, type: 'complaint' })).toBe(false);
    expect(may(actor('leader'), 'case.event', { ...coordinatedByPolice, type: 'complaint' })).toBe(true);
    expect(may(actor('leader'), 'case.event', { ...otherCommune, type: 'complaint' })).toBe(false);
    expect(may(actor('inspector'), 'case.event', complaint)).toBe(false);
  });

  it('asks the machines which role sends which event (workflows permissions.ts)', () => {
    const complaint = { ...ledByPolice, type: 'complaint' as const };
    expect(may(actor('leader'), 'case.event', { ...complaint, event: { type: 'REASSIGN_AGENCY' } })).toBe(true);
    expect(may(actor('agency_head'), 'case.event', { ...complaint, event: { type: 'REASSIGN_AGENCY' } })).toBe(false);
    expect(may(actor('mobilization_lead'), 'case.event', { ...complaint, event: { type: 'ACCEPT' } })).toBe(false);
    expect(may(actor('agency_head'), 'case.event', { ...complaint, event: { type: 'NO_SUCH_EVENT' } })).toBe(false);
  });

  it('lets a handler claim a case of their own agency only, and agency staff accept for their own agency only', () => {
    expect(may(actor('agency_handler'), 'case.claim', { lead_agency_id: 'police-ap' })).toBe(true);
    expect(may(actor('agency_handler'), 'case.claim', { lead_agency_id: 'land-ap' })).toBe(false);
    expect(may(actor('agency_handler'), 'case.claim', { lead_agency_id: null })).toBe(false);
    expect(may(actor('agency_head'), 'case.claim', { lead_agency_id: 'police-ap' })).toBe(false);
    expect(may(actor('agency_head'), 'case.accept', { agencyId: 'police-ap' })).toBe(true);
    expect(may(actor('agency_handler'), 'case.accept', { agencyId: 'land-ap' })).toBe(false);
    expect(may(actor('leader'), 'case.accept', { agencyId: 'land-ap' })).toBe(true);
    expect(may(actor('reception_officer'), 'case.accept', { agencyId: 'land-ap' })).toBe(true);
  });

  // A denouncer's identity (case.identity.reveal): the hand-written table of cases/reveal-identity.spec.ts, which
  // the case service's mayRevealIdentity answers through this rule.
});

describe('commune records: dialogues, letters, teams (the area scope)', () => {
  const here = { communeId: AP, provinceId: PROVINCE };
  const elsewhere = { communeId: NK, provinceId: PROVINCE };
  const otherProvince = { communeId: 'commune-x', provinceId: OTHER_PROVINCE };

  it.each([
    ['dialogue.read', actor('agency_handler'), here, true],
    ['dialogue.read', actor('agency_handler'), elsewhere, false],
    ['dialogue.read', atProvince('agency_handler'), elsewhere, true],
    ['dialogue.read', atProvince('inspector'), otherProvince, false],
    ['dialogue.write', actor('reception_officer'), here, true],
    ['dialogue.write', actor('leader'), elsewhere, false],
    ['dialogue.write', actor('inspector'), here, false],
    ['letter.read', actor('inspector'), here, true],
    ['letter.read', actor('inspector'), elsewhere, false],
    ['letter.read', atProvince('leader'), elsewhere, true],
    ['letter.read', actor('mobilization_lead'), here, false],
    ['team.read', actor('mobilization_lead'), here, true],
    ['team.read', actor('mobilization_lead'), elsewhere, false],
    ['team.read', atProvince('reception_officer'), otherProvince, false],
    ['team.read', atProvince('admin'), here, false],
  ] as const)('%s: %o on %o → %s', (action, who, record, expected) => {
    expect(may(who, action, record)).toBe(expected);
  });

  it('gives commune staff their commune, province staff the province, administrators nothing', () => {
    expect(scopeOf(actor('agency_head'), 'area')).toEqual({ kind: 'commune', communeId: AP });
    expect(scopeOf(atProvince('reception_officer'), 'area')).toEqual({ kind: 'province', provinceId: PROVINCE });
    expect(scopeOf(actor('admin'), 'area')).toEqual({ kind: 'none' });
    const params: unknown[] = [];
    const columns = { commune: 'l.commune_id', province: 'l.province_id' };
    expect(areaScopeSql(scopeOf(actor('leader'), 'area'), params, columns)).toBe('l.commune_id = $1');
    expect(areaScopeSql(scopeOf(atProvince('leader'), 'area'), params, columns)).toBe('l.province_id = $2');
    expect(areaScopeSql(scopeOf(atProvince('admin'), 'area'), params, columns)).toBe('FALSE');
    expect(params).toEqual([AP, PROVINCE]);
  });

  it("keeps a team's records for its own lead or the commune's leaders and reception officers", () => {
    const team = { communeId: AP, neighbourhoodId: 'to-1' };
    expect(may(actor('mobilization_lead', { neighbourhoodId: 'to-1' }), 'team.record', team)).toBe(true);
    expect(may(actor('mobilization_lead', { neighbourhoodId: 'to-2' }), 'team.record', team)).toBe(false);
    expect(may(actor('mobilization_lead', { neighbourhoodId: 'to-1' }), 'team.lead', team)).toBe(true);
    expect(may(actor('leader', { neighbourhoodId: 'to-1' }), 'team.lead', team)).toBe(false);
    expect(may(actor('leader'), 'team.record', team)).toBe(true);
    expect(may(actor('reception_officer', { communeId: NK }), 'team.record', team)).toBe(false);
    expect(may(atProvince('reception_officer'), 'team.record', team)).toBe(true);
    expect(may(actor('agency_head'), 'team.record', team)).toBe(false);
  });

  it('leaves province-wide settings to administrators and province leaders', () => {
    expect(may(actor('admin'), 'settings.update')).toBe(true);
    expect(may(atProvince('leader'), 'settings.update')).toBe(true);
    expect(may(actor('leader'), 'settings.update')).toBe(false);
    expect(rolesAtDoor('settings.update')).toContain('leader');
  });
});

describe('the mobilization bloc (the bloc reach)', () => {
  const here = { communeId: AP, provinceId: PROVINCE };
  const elsewhere = { communeId: NK, provinceId: PROVINCE };
  const otherProvince = { communeId: 'commune-x', provinceId: OTHER_PROVINCE };

  it.each([
    ['bloc.read', actor('agency_handler'), here, true],
    ['bloc.read', actor('agency_handler'), elsewhere, false],
    ['bloc.read', atProvince('leader'), elsewhere, true],
    ['bloc.read', atProvince('inspector'), otherProvince, false],
    // Other province-level staff follow no bloc.
    ['bloc.read', atProvince('agency_head'), here, false],
    ['bloc.read', atProvince('reception_officer'), here, false],
    ['bloc.lead', actor('leader'), here, true],
    ['bloc.lead', actor('leader'), elsewhere, false],
    ['bloc.lead', atProvince('leader'), here, false],
    ['bloc.lead', actor('agency_head'), here, false],
    ['bloc.inspect', atProvince('inspector'), here, true],
    ['bloc.inspect', atProvince('leader'), otherProvince, false],
    ['bloc.inspect', actor('leader'), here, false],
    ['bloc.province', atProvince('leader'), elsewhere, true],
    ['bloc.province', atProvince('inspector'), here, false],
    ['bloc.province', actor('leader'), here, false],
  ] as const)('%s: %o on %o → %s', (action, who, record, expected) => {
    expect(may(who, action, record)).toBe(expected);
  });

  it('reaches one commune, or the province for province leaders and inspectors, or none', () => {
    expect(scopeOf(actor('mobilization_lead'), 'bloc')).toEqual({ kind: 'commune', communeId: AP });
    expect(scopeOf(atProvince('inspector'), 'bloc')).toEqual({ kind: 'province', provinceId: PROVINCE });
    expect(scopeOf(atProvince('agency_handler'), 'bloc')).toBeNull();
    expect(scopeOf(actor('admin'), 'bloc')).toBeNull();
  });
});
