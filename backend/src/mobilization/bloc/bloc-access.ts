import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import { everyCommuneOfProvinceSql, agencyFacts } from '../../organisation/organisation-read-model';
import { may, reachesBloc, scopeOf, type BlocReach } from '../../access/policy';
import { BlocErrors } from './bloc.errors';

/** The commune whose bloc a request is about. */
export interface BlocArea {
  communeId: string;
  communeName: string;
  provinceId: string;
}

/** Either one commune, or every commune of a province (province leaders and inspectors looking at the whole). */
export type { BlocReach } from '../../access/policy';

/**
 * Who follows a bloc is the policy's (access/policy.ts, `scopeOf(actor, 'bloc')`): the people of a commune see their
 * commune's bloc; province leaders and inspectors every commune of the province, and inspect; administrators and other
 * province-level staff none. Services and queries call these.
 */
export const reachOf = (actor: Actor): BlocReach | null => scopeOf(actor, 'bloc');

/** The bloc head acts for the commune: a leader of that commune (the Party committee's secretary or deputy). */
export const isBlocHead = (actor: Actor, area: Pick<BlocArea, 'communeId'>) => may(actor, 'bloc.lead', area);

/** The level above: a province leader or inspector of the commune's province checks and urges. */
export const isUpperCadre = (actor: Actor, area: Pick<BlocArea, 'provinceId'>) => may(actor, 'bloc.inspect', area);

/** Province leaders recognise models at the province level. */
export const isProvinceLeader = (actor: Actor, area: Pick<BlocArea, 'provinceId'>) => may(actor, 'bloc.province', area);

/**
 * The commune a request names (or the caller's own), if the caller follows it; otherwise 404, the same as for a
 * commune that does not exist. Province users must name the commune.
 */
export async function resolveBlocArea(db: DataSource | EntityManager, actor: Actor, communeId?: string): Promise<BlocArea> {
  const reach = reachOf(actor);
  if (!reach) throw BlocErrors.noArea();
  const id = communeId ?? (reach.kind === 'commune' ? reach.communeId : null);
  if (!id) throw BlocErrors.invalid('communeId', 'Cần chọn xã/phường', 'Choose the commune');
  if (reach.kind === 'commune' && id !== reach.communeId) throw BlocErrors.notFound();
  const [commune] = (await agencyFacts(db, [id])).filter(
    (a) => a.kind === 'commune' && (reach.kind !== 'province' || a.province_id === reach.provinceId),
  );
  if (!commune) throw BlocErrors.notFound();
  return {
    communeId: commune.id,
    communeName: commune.name,
    provinceId: commune.province_id as string,
  };
}

/** The area of a commune-level record found by id (a plan, a team, a model): the record is then in the caller's reach. */
export function inReach(actor: Actor, record: { communeId: string; provinceId: string }): boolean {
  return reachesBloc(reachOf(actor), record);
}

/** SQL condition limiting rows (with a commune column) to the caller's reach; appends its parameter. */
export function reachCondition(reach: BlocReach, params: unknown[], communeColumn: string): string {
  if (reach.kind === 'commune') {
    params.push(reach.communeId);
    return `${communeColumn} = $${params.length}`;
  }
  params.push(reach.provinceId);
  return `${communeColumn} IN ${everyCommuneOfProvinceSql(`$${params.length}`)}`;
}
