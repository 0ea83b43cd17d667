import { caseScopeSql } from './policy';

describe('caseScopeSql', () => {
  it('limits agency staff to cases their agency leads or coordinates', () => {
    const params: unknown[] = ['x'];
    expect(caseScopeSql({ kind: 'agency', agencyIds: ['a1'] }, params)).toBe(
      '(c.lead_agency_id = ANY($2::uuid[]) OR c.coordinating_agency_ids && $2::uuid[])',
    );
    expect(params).toEqual(['x', ['a1']]);
  });

  it('limits commune roles to their commune and province roles to their province', () => {
    const params: unknown[] = [];
    expect(caseScopeSql({ kind: 'commune', communeIds: ['k1'] }, params, 'cs')).toBe('cs.commune_id = ANY($1::uuid[])');
    expect(caseScopeSql({ kind: 'province', provinceId: 'p1' }, params)).toBe('c.province_id = $2');
    expect(params).toEqual([['k1'], 'p1']);
  });

  it('gives administrators no case data at all', () => {
    const params: unknown[] = [];
    expect(caseScopeSql({ kind: 'none' }, params)).toBe('FALSE');
    expect(params).toEqual([]);
  });
});
