import type { AgencyKind, NeighbourhoodKind } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { AgencyEntity } from './agency.entity';
import type { NeighbourhoodEntity } from './neighbourhood.entity';

/**
 * The organisation context's own reads of `agencies` and `neighbourhoods` (the other contexts read through
 * `organisation-read-model.ts`), in the caller's transaction or on its connection.
 */

type Queryable = Pick<EntityManager, 'query'>;

export interface AgencyRow {
  id: string;
  parent_id: string | null;
  kind: AgencyKind;
  code: string;
  name: string;
  remote_area: boolean;
  commune_id: string | null;
  province_id: string | null;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const AGENCY_COLUMNS = `id, parent_id, kind, code, name, remote_area, commune_id, province_id, active, created_at, updated_at`;

export function toAgency(r: AgencyRow): AgencyEntity {
  return {
    id: r.id,
    parentId: r.parent_id,
    kind: r.kind,
    code: r.code,
    name: r.name,
    remoteArea: r.remote_area,
    communeId: r.commune_id,
    provinceId: r.province_id,
    active: r.active,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

export interface NeighbourhoodRow {
  id: string;
  commune_id: string;
  kind: NeighbourhoodKind;
  name: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const NEIGHBOURHOOD_COLUMNS = `id, commune_id, kind, name, active, created_at, updated_at`;

export function toNeighbourhood(r: NeighbourhoodRow): NeighbourhoodEntity {
  return {
    id: r.id,
    communeId: r.commune_id,
    kind: r.kind,
    name: r.name,
    active: r.active,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** Every agency, by kind and name. */
export async function listAgencies(db: Queryable): Promise<AgencyEntity[]> {
  const rows: AgencyRow[] = await db.query(`SELECT ${AGENCY_COLUMNS} FROM agencies ORDER BY kind ASC, name ASC`);
  return rows.map(toAgency);
}

export async function findAgency(db: Queryable, id: string): Promise<AgencyEntity | null> {
  const rows: AgencyRow[] = await db.query(`SELECT ${AGENCY_COLUMNS} FROM agencies WHERE id = $1 LIMIT 1`, [id]);
  return rows[0] ? toAgency(rows[0]) : null;
}

/** The neighbourhoods (of one commune when given), by name. */
export async function listNeighbourhoods(db: Queryable, communeId?: string): Promise<NeighbourhoodEntity[]> {
  const rows: NeighbourhoodRow[] = communeId
    ? await db.query(`SELECT ${NEIGHBOURHOOD_COLUMNS} FROM neighbourhoods WHERE commune_id = $1 ORDER BY name ASC`, [communeId])
    : await db.query(`SELECT ${NEIGHBOURHOOD_COLUMNS} FROM neighbourhoods ORDER BY name ASC`);
  return rows.map(toNeighbourhood);
}

export async function findNeighbourhood(db: Queryable, id: string): Promise<NeighbourhoodEntity | null> {
  const rows: NeighbourhoodRow[] = await db.query(`SELECT ${NEIGHBOURHOOD_COLUMNS} FROM neighbourhoods WHERE id = $1 LIMIT 1`, [id]);
  return rows[0] ? toNeighbourhood(rows[0]) : null;
}
