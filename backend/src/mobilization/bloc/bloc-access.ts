import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import {
  everyCommuneOfProvinceSql,
  namedAgencyFacts,
} from '../../organisation/organisation-read-model';
import { BlocErrors } from './bloc.errors';

/** The commune whose bloc a request is about. */
export interface BlocArea {
  communeId: string;
  communeName: string;
  provinceId: string;
}

/** Either one commune, or every commune of a province (province leaders and inspectors looking at the whole). */
export type BlocReach =
  | { kind: 'commune'; communeId: string }
  | { kind: 'province'; provinceId: string };

/**
 * Who follows a bloc (the one place that answers it; services and queries call these):
 * - the people of a commune (leaders, inspectors, agency heads and handlers, reception officers, team leads) see their
 *   commune's bloc;
 * - province leaders and inspectors see every commune of the province, and inspect;
 * - administrators and other province-level staff see none.
 */
export function reachOf(actor: Actor): BlocReach | null {
  if (actor.role === 'admin') return null;
  if (actor.communeId) return { kind: 'commune', communeId: actor.communeId };
  if (actor.role === 'leader' || actor.role === 'inspector')
    return { kind: 'province', provinceId: actor.provinceId };
  return null;
}

/** The bloc head acts for the commune: a leader of that commune (the Party committee's secretary or deputy). */
export const isBlocHead = (actor: Actor, area: Pick<BlocArea, 'communeId'>) =>
  actor.role === 'leader' && actor.communeId === area.communeId;

/** The level above: a province leader or inspector of the commune's province checks and urges. */
export const isUpperCadre = (
  actor: Actor,
  area: Pick<BlocArea, 'provinceId'>,
) =>
  (actor.role === 'leader' || actor.role === 'inspector') &&
  actor.communeId === null &&
  actor.provinceId === area.provinceId;

/** Province leaders recognise models at the province level. */
export const isProvinceLeader = (
  actor: Actor,
  area: Pick<BlocArea, 'provinceId'>,
) =>
  actor.role === 'leader' &&
  actor.communeId === null &&
  actor.provinceId === area.provinceId;

/**
 * The commune a request names (or the caller's own), if the caller follows it; otherwise 404, the same as for a
 * commune that does not exist. Province users must name the commune.
 */
export async function resolveBlocArea(
  db: DataSource | EntityManager,
  actor: Actor,
  communeId?: string,
): Promise<BlocArea> {
  const reach = reachOf(actor);
  if (!reach) throw BlocErrors.noArea();
  const id = communeId ?? (reach.kind === 'commune' ? reach.communeId : null);
  if (!id)
    throw BlocErrors.invalid(
      'communeId',
      'Cần chọn xã/phường',
      'Choose the commune',
    );
  if (reach.kind === 'commune' && id !== reach.communeId)
    throw BlocErrors.notFound();
  const [commune] = (await namedAgencyFacts(db, [id])).filter(
    (a) =>
      a.kind === 'commune' &&
      (reach.kind !== 'province' || a.province_id === reach.provinceId),
  );
  if (!commune) throw BlocErrors.notFound();
  return {
    communeId: commune.id,
    communeName: commune.name,
    provinceId: commune.province_id as string,
  };
}

/** The area of a commune-level record found by id (a plan, a team, a model): the record is then in the caller's reach. */
export function inReach(
  actor: Actor,
  record: { communeId: string; provinceId: string },
): boolean {
  const reach = reachOf(actor);
  if (!reach) return false;
  return reach.kind === 'commune'
    ? reach.communeId === record.communeId
    : reach.provinceId === record.provinceId;
}

/** SQL condition limiting rows (with a commune column) to the caller's reach; appends its parameter. */
export function reachCondition(
  reach: BlocReach,
  params: unknown[],
  communeColumn: string,
): string {
  if (reach.kind === 'commune') {
    params.push(reach.communeId);
    return `${communeColumn} = $${params.length}`;
  }
  params.push(reach.provinceId);
  return `${communeColumn} IN ${everyCommuneOfProvinceSql(`$${params.length}`)}`;
}
