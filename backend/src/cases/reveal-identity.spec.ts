import { mayRevealIdentity } from './identity-reveal.service';

const communeCase = {
  lead_agency_id: 'police',
  lead_agency_kind: 'unit',
  assigned_handler_id: 'u-police-1',
  assigned_by_id: 'u-police-head',
  assigned_by_role: 'agency_head',
  commune_id: 'an-phu',
};
const who = (role: string, userId: string, agencyId: string, communeId: string | null) =>
  ({ role, userId, agencyId, communeId }) as Parameters<typeof mayRevealIdentity>[0];

describe('who may see a denouncer’s identity', () => {
  it.each([
    ['the assigned handler', who('agency_handler', 'u-police-1', 'police', 'an-phu'), true],
    ['another handler of the lead agency', who('agency_handler', 'u-police-2', 'police', 'an-phu'), false],
    ['a handler of a coordinating (e.g. accused) agency', who('agency_handler', 'u-land-1', 'land', 'an-phu'), false],
    ['the head of the lead agency', who('agency_head', 'u-police-head', 'police', 'an-phu'), true],
    ['the head of another agency', who('agency_head', 'u-land-head', 'land', 'an-phu'), false],
    ['the leader of the case’s commune', who('leader', 'u-leader', 'an-phu', 'an-phu'), true],
    ['the leader of another commune', who('leader', 'u-leader-2', 'nam-khoa', 'nam-khoa'), false],
    ['a province leader, for a commune’s case', who('leader', 'u-province', 'province', null), false],
    ['the reception officer who logged it', who('reception_officer', 'u-desk', 'an-phu', 'an-phu'), false],
    ['an inspector', who('inspector', 'u-insp', 'province', null), false],
    ['an administrator', who('admin', 'u-admin', 'province', null), false],
  ])('%s → %s', (_label, actor, expected) => {
    expect(mayRevealIdentity(actor, communeCase)).toBe(expected);
  });

  it('lets a province leader see it for a case led by a province department', () => {
    const provinceCase = {
      ...communeCase,
      lead_agency_id: 'dept',
      lead_agency_kind: 'department',
    };
    expect(mayRevealIdentity(who('leader', 'u-province', 'province', null), provinceCase)).toBe(true);
    expect(mayRevealIdentity(who('leader', 'u-leader', 'an-phu', 'an-phu'), provinceCase)).toBe(true);
  });

  it('lets no handler see it before the case is assigned', () => {
    expect(mayRevealIdentity(who('agency_handler', 'u-police-1', 'police', 'an-phu'), { ...communeCase, assigned_handler_id: null })).toBe(
      false,
    );
  });

  it('lets no handler see it on a case they assigned to themselves', () => {
    const handler = who('agency_handler', 'u-police-1', 'police', 'an-phu');
    expect(
      mayRevealIdentity(handler, {
        ...communeCase,
        assigned_by_id: 'u-police-1',
        assigned_by_role: 'agency_handler',
      }),
    ).toBe(false);
    expect(
      mayRevealIdentity(handler, {
        ...communeCase,
        assigned_by_id: null,
        assigned_by_role: null,
      }),
    ).toBe(false);
    expect(
      mayRevealIdentity(handler, {
        ...communeCase,
        assigned_by_id: 'u-leader',
        assigned_by_role: 'leader',
      }),
    ).toBe(true);
  });
});
