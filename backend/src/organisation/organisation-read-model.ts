import type { AgencyKind } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The organisation context's read model for the other contexts: the only code outside `organisation` that may learn
 * of agencies and neighbourhoods goes through these functions (issue 20, `architecture/table-ownership.ts`).
 *
 * Two kinds of entry:
 * - **calls** in the caller's transaction or read connection (`EntityManager`), for checks and small lookups, so a
 *   check and the write it guards see the same rows;
 * - **SQL expressions** for the one query that must sort, filter or label by an agency inside a larger statement (a
 *   list of cases with the lead agency's name, the communes of a province). They return an expression or a sub-select
 *   over this context's tables only, and the caller never names a column of them.
 */

type Queryable = Pick<EntityManager, 'query'>;

/** What other contexts need to know of an agency to judge a reach: its kind, places and whether it is active. */
export interface AgencyFacts {
  id: string;
  kind: AgencyKind;
  commune_id: string | null;
  province_id: string | null;
  active: boolean;
}

/** The facts of these agencies; unknown ids are simply absent. */
export async function agencyFacts(db: Queryable, ids: readonly string[]): Promise<AgencyFacts[]> {
  if (!ids.length) return [];
  return db.query(`SELECT id, kind, commune_id, province_id, active FROM agencies WHERE id = ANY($1::uuid[])`, [ids]);
}

/** id → name of these agencies (unknown ids absent). */
export async function agencyNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows: { id: string; name: string }[] = await db.query(`SELECT id, name FROM agencies WHERE id = ANY($1::uuid[])`, [unique]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** id → name of these neighbourhoods (unknown ids absent). */
export async function neighbourhoodNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows: { id: string; name: string }[] = await db.query(`SELECT id, name FROM neighbourhoods WHERE id = ANY($1::uuid[])`, [
    unique,
  ]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** SQL: the name of the agency whose id is `idSql` (NULL when none). */
export const agencyNameSql = (idSql: string): string => `(SELECT name FROM agencies WHERE id = ${idSql})`;

/** SQL: the name of the neighbourhood whose id is `idSql` (NULL when none). */
export const neighbourhoodNameSql = (idSql: string): string => `(SELECT name FROM neighbourhoods WHERE id = ${idSql})`;

/** SQL: a sub-select of the active communes' ids of the province `provinceSql`. */
export const communesOfProvinceSql = (provinceSql: string): string =>
  `(SELECT id FROM agencies WHERE kind = 'commune' AND active AND province_id = ${provinceSql})`;

/** SQL: the province id of the agency whose id is `idSql` (NULL when none); a commune's province for a scope check. */
export const agencyProvinceSql = (idSql: string): string => `(SELECT province_id FROM agencies WHERE id = ${idSql})`;

/** What other contexts need to know of a neighbourhood to check a choice: its commune, name and whether it is active. */
export interface NeighbourhoodFacts {
  id: string;
  commune_id: string;
  name: string;
  active: boolean;
}

/** The facts of these neighbourhoods; unknown ids are simply absent. */
export async function neighbourhoodFacts(db: Queryable, ids: readonly string[]): Promise<NeighbourhoodFacts[]> {
  if (!ids.length) return [];
  return db.query(`SELECT id, commune_id, name, active FROM neighbourhoods WHERE id = ANY($1::uuid[])`, [ids]);
}

/** Every neighbourhood of a commune, active or not, by name. */
export async function neighbourhoodsOfCommune(db: Queryable, communeId: string): Promise<NeighbourhoodFacts[]> {
  return db.query(`SELECT id, commune_id, name, active FROM neighbourhoods WHERE commune_id = $1 ORDER BY name, id`, [communeId]);
}

/** For seeders: the agencies with these codes (unknown codes absent), by code. */
export async function agenciesByCode(db: Queryable, codes: readonly string[]): Promise<(AgencyFacts & { code: string })[]> {
  return db.query(
    `SELECT id, code, kind, commune_id, province_id, active FROM agencies WHERE code = ANY($1::text[]) ORDER BY code`,
    [codes],
  );
}

/** For seeders: the neighbourhoods with this name, of one commune when `communeId` is given, in no particular order. */
export async function neighbourhoodsNamed(db: Queryable, name: string, communeId?: string): Promise<NeighbourhoodFacts[]> {
  return db.query(`SELECT id, commune_id, name, active FROM neighbourhoods WHERE name = $1 AND ($2::uuid IS NULL OR commune_id = $2)`, [
    name,
    communeId ?? null,
  ]);
}

/**
 * SQL: a sub-select of the ids of every commune of the province `provinceSql`, active or not (the records of a commune
 * merged away stay in the province's reach).
 */
export const everyCommuneOfProvinceSql = (provinceSql: string): string =>
  `(SELECT id FROM agencies WHERE kind = 'commune' AND province_id = ${provinceSql})`;

/** The facts of these agencies with their names, in one read; unknown ids are simply absent. */
export async function namedAgencyFacts(db: Queryable, ids: readonly string[]): Promise<(AgencyFacts & { name: string })[]> {
  if (!ids.length) return [];
  return db.query(`SELECT id, name, kind, commune_id, province_id, active FROM agencies WHERE id = ANY($1::uuid[])`, [ids]);
}
