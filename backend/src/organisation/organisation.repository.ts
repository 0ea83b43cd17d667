import type { NeighbourhoodKind } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { AgencyEntity } from './agency.entity';
import type { NeighbourhoodEntity } from './neighbourhood.entity';
import {
  AGENCY_COLUMNS,
  NEIGHBOURHOOD_COLUMNS,
  toAgency,
  toNeighbourhood,
  type AgencyRow,
  type NeighbourhoodRow,
} from './organisation-queries';

/**
 * The writes of `agencies` and `neighbourhoods`, in the caller's transaction. `created_at` and `updated_at` are the
 * database's clock, as the entities' create/update date columns were. A duplicate code or neighbourhood name raises
 * the unique violation (`QueryFailedError`, code 23505) for the caller to answer.
 */

type Queryable = Pick<EntityManager, 'query'>;

export type NewAgency = Omit<AgencyEntity, 'createdAt' | 'updatedAt' | 'parent'>;

export async function insertAgency(tx: Queryable, a: NewAgency): Promise<AgencyEntity> {
  const [row]: AgencyRow[] = await tx.query(
    `INSERT INTO agencies (id, parent_id, kind, code, name, remote_area, commune_id, province_id, active, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now()) RETURNING ${AGENCY_COLUMNS}`,
    [a.id, a.parentId, a.kind, a.code, a.name, a.remoteArea, a.communeId, a.provinceId, a.active],
  );
  return toAgency(row);
}

/** Sets the given fields (none: no write, the agency as it is) and stamps `updated_at`. */
export async function updateAgency(
  tx: Queryable,
  agency: AgencyEntity,
  changes: Partial<Pick<AgencyEntity, 'name' | 'remoteArea' | 'active'>>,
): Promise<AgencyEntity> {
  const columns = { name: 'name', remoteArea: 'remote_area', active: 'active' } as const;
  const params: unknown[] = [agency.id];
  const sets: string[] = [];
  for (const key of Object.keys(columns) as (keyof typeof columns)[]) {
    if (changes[key] === undefined || changes[key] === agency[key]) continue;
    params.push(changes[key]);
    sets.push(`${columns[key]} = $${params.length}`);
  }
  if (!sets.length) return agency;
  // TypeORM answers an UPDATE … RETURNING with [rows, count].
  const [[row]]: [AgencyRow[], number] = await tx.query(
    `UPDATE agencies SET ${sets.join(', ')}, updated_at = CURRENT_TIMESTAMP WHERE id = $1 RETURNING ${AGENCY_COLUMNS}`,
    params,
  );
  return toAgency(row);
}

export async function insertNeighbourhood(
  tx: Queryable,
  n: { communeId: string; kind: NeighbourhoodKind; name: string },
): Promise<NeighbourhoodEntity> {
  const [row]: NeighbourhoodRow[] = await tx.query(
    `INSERT INTO neighbourhoods (commune_id, kind, name, active, created_at, updated_at)
         VALUES ($1, $2, $3, true, now(), now()) RETURNING ${NEIGHBOURHOOD_COLUMNS}`,
    [n.communeId, n.kind, n.name],
  );
  return toNeighbourhood(row);
}

/** Sets the given fields (none: no write, the neighbourhood as it is) and stamps `updated_at`. */
export async function updateNeighbourhood(
  tx: Queryable,
  n: NeighbourhoodEntity,
  changes: Partial<Pick<NeighbourhoodEntity, 'name' | 'kind' | 'active'>>,
): Promise<NeighbourhoodEntity> {
  const params: unknown[] = [n.id];
  const sets: string[] = [];
  for (const key of ['name', 'kind', 'active'] as const) {
    if (changes[key] === undefined || changes[key] === n[key]) continue;
    params.push(changes[key]);
    sets.push(`${key} = $${params.length}`);
  }
  if (!sets.length) return n;
  const [[row]]: [NeighbourhoodRow[], number] = await tx.query(
    `UPDATE neighbourhoods SET ${sets.join(', ')}, updated_at = CURRENT_TIMESTAMP WHERE id = $1 RETURNING ${NEIGHBOURHOOD_COLUMNS}`,
    params,
  );
  return toNeighbourhood(row);
}
