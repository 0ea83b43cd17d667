import { vnDateOf, vnInstantOf } from '@tiep-dan/workflows';
import type { Actor } from '../access/actor';
import { agencyNames, communeNameInProvince } from '../organisation/organisation-read-model';
import { scopeOf, type CaseScope } from '../access/policy';
import type { Queryable } from '../platform/database/read-database';
import { DashboardErrors } from './dashboard.errors';

/** The area an overview or report covers: the caller's commune or province, or one commune a province user picked. */
export interface DashboardArea {
  kind: 'commune' | 'province';
  id: string;
  name: string;
  /** The case scope of that area, turned into SQL by the policy's `caseScopeSql` like every other case query. */
  scope: CaseScope;
}

export async function resolveArea(db: Queryable, actor: Actor, communeId?: string): Promise<DashboardArea> {
  const scope = scopeOf(actor, 'case');
  if (scope.kind === 'commune') {
    const id = communeId ?? scope.communeIds[0];
    if (!id || !scope.communeIds.includes(id)) throw DashboardErrors.areaNotFound();
    return {
      kind: 'commune',
      id,
      name: await agencyName(db, id),
      scope: { kind: 'commune', communeIds: [id] },
    };
  }
  if (scope.kind === 'province') {
    if (!communeId)
      return {
        kind: 'province',
        id: scope.provinceId,
        name: await agencyName(db, scope.provinceId),
        scope,
      };
    const name = await communeNameInProvince(db, communeId, scope.provinceId);
    if (name === null) throw DashboardErrors.areaNotFound();
    return {
      kind: 'commune',
      id: communeId,
      name,
      scope: { kind: 'commune', communeIds: [communeId] },
    };
  }
  throw DashboardErrors.noArea();
}

async function agencyName(db: Queryable, id: string): Promise<string> {
  return (await agencyNames(db, [id])).get(id) ?? '';
}

const DAY_MS = 86_400_000;

/** The Vietnam calendar day of an instant, `YYYY-MM-DD`. */
export const vnDay = vnDateOf;

/** The instant a Vietnam calendar day starts. */
export function vnDayStart(day: string): Date {
  return vnInstantOf(day);
}

/** `YYYY-MM-DD` plus n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of the Vietnam week containing the instant. */
export function vnMonday(at: Date): string {
  const day = vnDay(at);
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
