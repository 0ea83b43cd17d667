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

/** SQL: the kind of the agency whose id is `idSql` (NULL when none). */
export const agencyKindSql = (idSql: string): string => `(SELECT kind FROM agencies WHERE id = ${idSql})`;

/**
 * Whether `agencyId` is an active unit of the commune `communeId` or an active body of the province `provinceId` (the
 * province itself, its departments): the agencies a case of that commune may be given to.
 */
export async function agencyServesPlace(db: Queryable, agencyId: string, provinceId: string, communeId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM agencies WHERE id = $1 AND active AND (province_id = $2 OR id = $2) AND (commune_id IS NULL OR commune_id = $3)`,
    [agencyId, provinceId, communeId],
  );
  return rows.length > 0;
}

/** An active agency with its name, as a receiving body is judged and named. */
export interface ActiveAgency {
  id: string;
  name: string;
  kind: AgencyKind;
  commune_id: string | null;
  province_id: string | null;
}

/** The agency `id` if it is active, else null. */
export async function activeAgency(db: Queryable, id: string): Promise<ActiveAgency | null> {
  const rows: ActiveAgency[] = await db.query(`SELECT id, name, kind, commune_id, province_id FROM agencies WHERE id = $1 AND active`, [id]);
  return rows[0] ?? null;
}

/** An active commune, as a case's place: its province and whether it is a remote area (longer legal deadlines). */
export interface ActiveCommune {
  id: string;
  province_id: string;
  remote_area: boolean;
}

/** The active commune `id` (an agency of kind `commune`), else null. */
export async function activeCommune(db: Queryable, id: string | undefined): Promise<ActiveCommune | null> {
  const rows: ActiveCommune[] = await db.query(`SELECT id, province_id, remote_area FROM agencies WHERE id = $1 AND kind = 'commune' AND active`, [id]);
  return rows[0] ?? null;
}

/** Whether the neighbourhood `id` lies in the commune `communeId`. */
export async function isNeighbourhoodOf(db: Queryable, id: string, communeId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM neighbourhoods WHERE id = $1 AND commune_id = $2`, [id, communeId]);
  return rows.length > 0;
}
