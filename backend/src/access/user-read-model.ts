import type { Role } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The access context's read model of users for the other contexts (names, who holds a seat in an agency). The only
 * code outside `access` that learns of users goes through these functions (issue 20); same two kinds of entry as
 * `organisation/organisation-read-model.ts`: calls in the caller's transaction, and SQL expressions for one query.
 */

type Queryable = Pick<EntityManager, 'query'>;

export interface UserSeat {
  id: string;
  fullName: string;
  role: Role;
  agencyId: string | null;
}

/** A user of an agency as its lists show them: the seat and the login. */
export interface AgencyUser extends UserSeat {
  username: string;
}

/** id → full name of these users (unknown ids absent). */
export async function userNames(db: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows: { id: string; full_name: string }[] = await db.query(`SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])`, [unique]);
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

/** The active users of an agency holding one of these roles, with their logins, by name. */
export async function activeUsersOf(db: Queryable, agencyId: string | null, roles: readonly Role[]): Promise<AgencyUser[]> {
  const rows: { id: string; full_name: string; role: Role; agency_id: string | null; username: string }[] = await db.query(
    `SELECT id, full_name, role, agency_id, username FROM users WHERE agency_id = $1 AND active AND role = ANY($2::text[]) ORDER BY full_name, id`,
    [agencyId, roles],
  );
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, role: r.role, agencyId: r.agency_id, username: r.username }));
}

/** SQL: the full name of the user whose id is `idSql` (NULL when none). */
export const userNameSql = (idSql: string): string => `(SELECT full_name FROM users WHERE id = ${idSql})`;

/** The active users holding this role, by id. */
export async function activeUsersWithRole(db: Queryable, role: Role): Promise<UserSeat[]> {
  const rows: { id: string; full_name: string; role: Role; agency_id: string | null }[] = await db.query(
    `SELECT id, full_name, role, agency_id FROM users WHERE active AND role = $1 ORDER BY id`,
    [role],
  );
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, role: r.role, agencyId: r.agency_id }));
}

/** The ids of the active users of these agencies holding this role, by id. */
export async function activeUserIdsIn(db: Queryable, agencyIds: readonly string[], role: Role): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM users WHERE active AND role = $2 AND agency_id = ANY($1::uuid[]) ORDER BY id`,
    [agencyIds, role],
  );
  return rows.map((r) => r.id);
}

/**
 * Who hears of a case event (the notifications' recipients): the handlers and head of its agency, and for an overdue
 * case (`withLeader`) the leaders of its commune too.
 */
export async function caseEventRecipientIds(
  db: Queryable,
  agencyId: string | null,
  withLeader: boolean,
  communeId: string | null,
): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM users WHERE active AND (
         (agency_id = $1 AND role IN ('agency_handler', 'agency_head'))
         OR ($2 AND agency_id = $3 AND role = 'leader'))`,
    [agencyId, withLeader, communeId],
  );
  return rows.map((r) => r.id);
}

/** The seat of a user if the user exists and is active; null otherwise. */
export async function activeUserSeat(db: Queryable, id: string): Promise<UserSeat | null> {
  const rows: { id: string; full_name: string; role: Role; agency_id: string | null }[] = await db.query(
    `SELECT id, full_name, role, agency_id FROM users WHERE id = $1 AND active`,
    [id],
  );
  const r = rows[0];
  return r ? { id: r.id, fullName: r.full_name, role: r.role, agencyId: r.agency_id } : null;
}

/** For seeders: username → id of these users (unknown usernames absent). */
export async function userIdsByUsername(db: Queryable, usernames: readonly string[]): Promise<Map<string, string>> {
  if (!usernames.length) return new Map();
  const rows: { id: string; username: string }[] = await db.query(`SELECT id, username FROM users WHERE username = ANY($1::text[])`, [
    usernames,
  ]);
  return new Map(rows.map((r) => [r.username, r.id]));
}

/** A user as another context names and places them (any state). */
export interface UserPlace {
  id: string;
  fullName: string;
  agencyId: string | null;
}

/** These users, active or not, with their agency (unknown ids absent). */
export async function usersByIds(db: Queryable, ids: readonly string[]): Promise<UserPlace[]> {
  const rows: { id: string; full_name: string; agency_id: string | null }[] = await db.query(
    `SELECT id, full_name, agency_id FROM users WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, agencyId: r.agency_id }));
}

/** The user `id` if they are active, of the agency `agencyId` and in one of these roles; else null. */
export async function activeUserOf(
  db: Queryable,
  id: string,
  agencyId: string | null,
  roles: readonly Role[],
): Promise<{ id: string; fullName: string } | null> {
  const rows: { id: string; full_name: string }[] = await db.query(
    `SELECT id, full_name FROM users WHERE id = $1 AND agency_id = $2 AND active AND role = ANY($3::text[])`,
    [id, agencyId, roles],
  );
  return rows[0] ? { id: rows[0].id, fullName: rows[0].full_name } : null;
}

/**
 * The ids of the active heads of an agency and of its handler `handlerId`, or of every active handler of it while
 * `handlerId` is null (who is told of a reminder), by id.
 */
export async function headsAndHandlerOf(db: Queryable, agencyId: string, handlerId: string | null): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM users WHERE active AND agency_id = $1
           AND (role = 'agency_head' OR (role = 'agency_handler' AND ($2::uuid IS NULL OR id = $2::uuid))) ORDER BY id`,
    [agencyId, handlerId],
  );
  return rows.map((r) => r.id);
}

/**
 * SQL: a json array (never NULL) of the active users of the agency `agencySql` in the role `roleSql`, each
 * `{ id, fullName }`, by name.
 */
export const activeUsersJsonSql = (agencySql: string, roleSql: string): string =>
  `COALESCE((SELECT json_agg(json_build_object('id', u.id, 'fullName', u.full_name) ORDER BY u.full_name, u.id)
        FROM users u WHERE u.agency_id = ${agencySql} AND u.active AND u.role = ${roleSql}), '[]'::json)`;
