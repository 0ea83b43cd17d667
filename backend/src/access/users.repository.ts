import type { Role } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { SESSION_COLUMNS, toSession, toUser, USER_COLUMNS, type SessionRow, type UserRow } from './users-queries';
import type { SessionEntity } from './session.entity';
import type { UserEntity } from './user.entity';

/**
 * The writes of `users`, `auth_sessions` and `refresh_tokens`, in the caller's transaction. `created_at` and
 * `updated_at` are the database's clock, as the entities' create/update date columns were; every update of a user
 * stamps `updated_at`. A taken username raises the unique violation (`QueryFailedError`, code 23505).
 */

type Queryable = Pick<EntityManager, 'query'>;

export interface NewUser {
  username: string;
  fullName: string;
  passwordHash: string;
  role: Role;
  agencyId: string;
  neighbourhoodId: string | null;
}

/** A new active user, never failed nor locked. */
export async function insertUser(tx: Queryable, u: NewUser): Promise<UserEntity> {
  const [row]: UserRow[] = await tx.query(
    `INSERT INTO users (username, full_name, password_hash, role, agency_id, neighbourhood_id, active, failed_login_count, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, true, 0, now(), now()) RETURNING ${USER_COLUMNS}`,
    [u.username, u.fullName, u.passwordHash, u.role, u.agencyId, u.neighbourhoodId],
  );
  return toUser(row);
}

/** Seeding: these users, in order. */
export async function insertUsers(tx: Queryable, users: readonly NewUser[]): Promise<void> {
  for (const u of users) await insertUser(tx, u);
}

const USER_FIELDS = {
  fullName: 'full_name',
  role: 'role',
  agencyId: 'agency_id',
  neighbourhoodId: 'neighbourhood_id',
  active: 'active',
  failedLoginCount: 'failed_login_count',
  lockedUntil: 'locked_until',
  passwordHash: 'password_hash',
  passwordChangedAt: 'password_changed_at',
} as const;

export type UserChanges = Partial<Pick<UserEntity, keyof typeof USER_FIELDS>>;

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** Sets the given fields of a user and stamps `updated_at`. */
export async function updateUser(tx: Queryable, id: string, changes: UserChanges): Promise<void> {
  const params: unknown[] = [id];
  const sets: string[] = [];
  for (const key of Object.keys(USER_FIELDS) as (keyof typeof USER_FIELDS)[]) {
    if (changes[key] === undefined) continue;
    params.push(changes[key]);
    sets.push(`${USER_FIELDS[key]} = $${params.length}`);
  }
  if (!sets.length) return;
  await tx.query(`UPDATE users SET ${sets.join(', ')}, updated_at = CURRENT_TIMESTAMP WHERE id = $1`, params);
}

/** Writes what differs between the user as loaded and as changed (nothing: no write, the user as loaded). */
export async function saveUserChanges(tx: Queryable, loaded: UserEntity, changed: UserEntity): Promise<UserEntity> {
  const params: unknown[] = [loaded.id];
  const sets: string[] = [];
  for (const key of Object.keys(USER_FIELDS) as (keyof typeof USER_FIELDS)[]) {
    if (sameValue(loaded[key], changed[key])) continue;
    params.push(changed[key]);
    sets.push(`${USER_FIELDS[key]} = $${params.length}`);
  }
  if (!sets.length) return changed;
  // TypeORM answers an UPDATE … RETURNING with [rows, count].
  const [[row]]: [UserRow[], number] = await tx.query(
    `UPDATE users SET ${sets.join(', ')}, updated_at = CURRENT_TIMESTAMP WHERE id = $1 RETURNING ${USER_COLUMNS}`,
    params,
  );
  return toUser(row);
}

/** A new session of a user, live until `expiresAt`. */
export async function insertSession(tx: Queryable, s: { userId: string; expiresAt: Date; ip: string | null }): Promise<SessionEntity> {
  const [row]: SessionRow[] = await tx.query(
    `INSERT INTO auth_sessions (user_id, created_at, expires_at, revoked_at, revoked_reason, ip)
         VALUES ($1, now(), $2, NULL, NULL, $3) RETURNING ${SESSION_COLUMNS}`,
    [s.userId, s.expiresAt, s.ip],
  );
  return toSession(row);
}

/** Ends one session (if not already ended). */
export async function revokeSession(tx: Queryable, sessionId: string, at: Date, reason: string): Promise<void> {
  await tx.query(`UPDATE auth_sessions SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL`, [
    sessionId,
    at,
    reason,
  ]);
}

/** Ends every live session of a user, but `keep` when given. */
export async function revokeUserSessions(tx: Queryable, userId: string, at: Date, reason: string, keep?: string): Promise<void> {
  if (keep === undefined)
    await tx.query(`UPDATE auth_sessions SET revoked_at = $2, revoked_reason = $3 WHERE user_id = $1 AND revoked_at IS NULL`, [
      userId,
      at,
      reason,
    ]);
  else
    await tx.query(`UPDATE auth_sessions SET revoked_at = $2, revoked_reason = $3 WHERE user_id = $1 AND revoked_at IS NULL AND id <> $4`, [
      userId,
      at,
      reason,
      keep,
    ]);
}

export async function insertRefreshToken(
  tx: Queryable,
  t: { tokenHash: string; sessionId: string; issuedAt: Date; expiresAt: Date },
): Promise<void> {
  await tx.query(`INSERT INTO refresh_tokens (token_hash, session_id, issued_at, expires_at, used_at) VALUES ($1, $2, $3, $4, NULL)`, [
    t.tokenHash,
    t.sessionId,
    t.issuedAt,
    t.expiresAt,
  ]);
}

/** A refresh token was exchanged: it may not be used again. */
export async function markRefreshTokenUsed(tx: Queryable, tokenHash: string, at: Date): Promise<void> {
  await tx.query(`UPDATE refresh_tokens SET used_at = $2 WHERE token_hash = $1`, [tokenHash, at]);
}
