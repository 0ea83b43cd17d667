import { isReadOnly, scopeOf, type PolicyActor } from './policy';

const caseScopeOf = (actor: PolicyActor) => scopeOf(actor, 'case');

describe('caseScopeOf', () => {
  const at = { agencyId: 'a1', communeId: 'c1', provinceId: 'p1' };

  it('limits handlers and heads to their agency', () => {
    expect(caseScopeOf({ ...at, role: 'agency_handler' })).toEqual({ kind: 'agency', agencyIds: ['a1'] });
    expect(caseScopeOf({ ...at, role: 'agency_head' })).toEqual({ kind: 'agency', agencyIds: ['a1'] });
  });

  it('gives a commune leader their commune and a province leader the province', () => {
    expect(caseScopeOf({ ...at, role: 'leader' })).toEqual({ kind: 'commune', communeIds: ['c1'] });
    expect(caseScopeOf({ ...at, communeId: null, role: 'leader' })).toEqual({ kind: 'province', provinceId: 'p1' });
    expect(caseScopeOf({ ...at, communeId: null, role: 'inspector' })).toEqual({ kind: 'province', provinceId: 'p1' });
  });

  it('gives reception officers their commune, administrators no case data, inspectors read-only', () => {
    expect(caseScopeOf({ ...at, role: 'reception_officer' })).toEqual({ kind: 'commune', communeIds: ['c1'] });
    expect(caseScopeOf({ ...at, role: 'admin' })).toEqual({ kind: 'none' });
    expect(isReadOnly({ role: 'inspector' })).toBe(true);
    expect(isReadOnly({ role: 'leader' })).toBe(false);
  });
});
