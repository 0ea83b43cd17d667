import type { CaseScope } from '../access/actor';

/**
 * The one place that turns a caller's scope into SQL (issue "Agencies, people and access"): every case query and
 * every case action adds this condition. Parameters are appended to `params`; the fragment refers to them by number.
 */
export function scopeCondition(scope: CaseScope, params: unknown[], alias = 'c'): string {
  switch (scope.kind) {
    case 'agency':
      params.push(scope.agencyIds);
      return `(${alias}.lead_agency_id = ANY($${params.length}::uuid[]) OR ${alias}.coordinating_agency_ids && $${params.length}::uuid[])`;
    case 'commune':
      params.push(scope.communeIds);
      return `${alias}.commune_id = ANY($${params.length}::uuid[])`;
    case 'province':
      params.push(scope.provinceId);
      return `${alias}.province_id = $${params.length}`;
    case 'none':
      return 'FALSE';
  }
}
