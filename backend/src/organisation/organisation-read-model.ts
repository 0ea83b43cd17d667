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
  name: string;
  kind: AgencyKind;
  commune_id: string | null;
  province_id: string | null;
  active: boolean;
}

/** The facts of these agencies; unknown ids are simply absent. */
export async function agencyFacts(db: Queryable, ids: readonly string[]): Promise<AgencyFacts[]> {
  if (!ids.length) return [];
  return db.query(`SELECT id, name, kind, commune_id, province_id, active FROM agencies WHERE id = ANY($1::uuid[])`, [ids]);
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
  const rows: { id: string; name: string }[] = await db.query(`SELECT id, name FROM neighbourhoods WHERE id = ANY($1::uuid[])`, [unique]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** SQL: the name of the agency whose id is `idSql` (NULL when none). */
export const agencyNameSql = (idSql: string): string => `(SELECT name FROM agencies WHERE id = ${idSql})`;

/** SQL: the name of the neighbourhood whose id is `idSql` (NULL when none). */
export const neighbourhoodNameSql = (idSql: string): string => `(SELECT name FROM neighbourhoods WHERE id = ${idSql})`;

/**
 * Locks an agency's row for the rest of the caller's transaction (`FOR UPDATE`): the reception desk serialises the
 * opening of a commune's sessions on its commune's row.
 */
export async function lockAgency(tx: Queryable, id: string): Promise<void> {
  await tx.query(`SELECT id FROM agencies WHERE id = $1 FOR UPDATE`, [id]);
}

/** Whether the neighbourhood `neighbourhoodId` lies in the commune `communeId`. */
export async function isNeighbourhoodOf(db: Queryable, neighbourhoodId: string, communeId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM neighbourhoods WHERE id = $1 AND commune_id = $2`, [neighbourhoodId, communeId]);
  return rows.length > 0;
}

/** The ids of the active provinces (the hot-spot sweep walks them one by one). */
export async function activeProvinceIds(db: Queryable): Promise<string[]> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM agencies WHERE kind = 'province' AND active`);
  return rows.map((r) => r.id);
}

/** The agencies that oversee a commune: the commune's own (itself and its units) and the province's own (no commune). */
export async function overseeingAgencyIds(db: Queryable, communeId: string, provinceId: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM agencies WHERE commune_id = $1 OR (commune_id IS NULL AND province_id = $2)`,
    [communeId, provinceId],
  );
  return rows.map((r) => r.id);
}

/** An agency's id and name. */
export interface AgencyName {
  id: string;
  name: string;
}

/** The active communes of a province, by name. */
export function activeCommunesOfProvince(db: Queryable, provinceId: string): Promise<AgencyName[]> {
  return db.query(`SELECT id, name FROM agencies WHERE kind = 'commune' AND active AND province_id = $1 ORDER BY name, id`, [provinceId]);
}

/** The communes (active or not) of an area: the commune itself, or every commune of the province; by name. */
export function communesOfArea(db: Queryable, areaId: string): Promise<AgencyName[]> {
  return db.query(`SELECT id, name FROM agencies WHERE kind = 'commune' AND (id = $1 OR province_id = $1) ORDER BY name, id`, [areaId]);
}

/** The name of a commune of this province (null when the id is not a commune of it). */
export async function communeNameInProvince(db: Queryable, communeId: string, provinceId: string): Promise<string | null> {
  const rows: { name: string }[] = await db.query(`SELECT name FROM agencies WHERE id = $1 AND kind = 'commune' AND province_id = $2`, [
    communeId,
    provinceId,
  ]);
  return rows[0]?.name ?? null;
}

/** What a citizen's petition needs of the commune it goes to. */
export interface PetitionCommune {
  id: string;
  code: string;
  province_id: string;
  remote_area: boolean;
}

/** The active commune with this code (null when none). */
export async function activeCommuneByCode(db: Queryable, code: string): Promise<PetitionCommune | null> {
  const rows: PetitionCommune[] = await db.query(
    `SELECT id, code, province_id, remote_area FROM agencies WHERE code = $1 AND kind = 'commune' AND active`,
    [code],
  );
  return rows[0] ?? null;
}

/** The active communes, by name, each with its active neighbourhoods by name (the citizens' petition form). */
export async function activeCommunesWithNeighbourhoods(
  db: Queryable,
): Promise<{ id: string; code: string; name: string; neighbourhoods: { id: string; name: string }[] }[]> {
  const communes: { id: string; code: string; name: string }[] = await db.query(
    `SELECT id, code, name FROM agencies WHERE kind = 'commune' AND active ORDER BY name`,
  );
  const neighbourhoods: { id: string; commune_id: string; name: string }[] = await db.query(
    `SELECT n.id, n.commune_id, n.name FROM neighbourhoods n JOIN agencies a ON a.id = n.commune_id AND a.active WHERE n.active ORDER BY n.name`,
  );
  return communes.map((c) => ({
    ...c,
    neighbourhoods: neighbourhoods.filter((n) => n.commune_id === c.id).map((n) => ({ id: n.id, name: n.name })),
  }));
}

/** Whether the neighbourhood is an active one of this commune. */
export async function isActiveNeighbourhoodOf(db: Queryable, neighbourhoodId: string, communeId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM neighbourhoods WHERE id = $1 AND commune_id = $2 AND active`, [
    neighbourhoodId,
    communeId,
  ]);
  return rows.length > 0;
}

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
  return db.query(`SELECT id, code, kind, commune_id, province_id, active FROM agencies WHERE code = ANY($1::text[]) ORDER BY code`, [
    codes,
  ]);
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
  const rows: ActiveAgency[] = await db.query(`SELECT id, name, kind, commune_id, province_id FROM agencies WHERE id = $1 AND active`, [
    id,
  ]);
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
  const rows: ActiveCommune[] = await db.query(
    `SELECT id, province_id, remote_area FROM agencies WHERE id = $1 AND kind = 'commune' AND active`,
    [id],
  );
  return rows[0] ?? null;
}

/** Whether any agency exists (a database with an organisation already). */
export async function hasAgencies(db: Queryable): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM agencies LIMIT 1`);
  return rows.length > 0;
}
