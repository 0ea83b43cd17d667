import type { Role } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { RefreshTokenEntity, SessionEntity } from './session.entity';
import type { UserEntity } from './user.entity';

/**
 * The access context's own reads of `users`, `auth_sessions` and `refresh_tokens` (the other contexts read users
 * through `user-read-model.ts`), in the caller's transaction or on its connection.
 */

type Queryable = Pick<EntityManager, 'query'>;

export interface UserRow {
  id: string;
  username: string;
  full_name: string;
  password_hash: string;
  role: Role;
  agency_id: string;
  neighbourhood_id: string | null;
  active: boolean;
  failed_login_count: number;
  locked_until: Date | null;
  password_changed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const USER_COLUMNS = `id, username, full_name, password_hash, role, agency_id, neighbourhood_id, active, failed_login_count, locked_until,
  password_changed_at, created_at, updated_at`;

const dateOrNull = (d: Date | string | null): Date | null => (d === null ? null : new Date(d));

export function toUser(r: UserRow): UserEntity {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    passwordHash: r.password_hash,
    role: r.role,
    agencyId: r.agency_id,
    neighbourhoodId: r.neighbourhood_id,
    active: r.active,
    failedLoginCount: r.failed_login_count,
    lockedUntil: dateOrNull(r.locked_until),
    passwordChangedAt: dateOrNull(r.password_changed_at),
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** Every user, by username. */
export async function listUsers(db: Queryable): Promise<UserEntity[]> {
  const rows: UserRow[] = await db.query(`SELECT ${USER_COLUMNS} FROM users ORDER BY username ASC`);
  return rows.map(toUser);
}

export async function findUser(db: Queryable, id: string): Promise<UserEntity | null> {
  const rows: UserRow[] = await db.query(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1 LIMIT 1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function findUserByUsername(db: Queryable, username: string): Promise<UserEntity | null> {
  const rows: UserRow[] = await db.query(`SELECT ${USER_COLUMNS} FROM users WHERE username = $1 LIMIT 1`, [username]);
  return rows[0] ? toUser(rows[0]) : null;
}

export interface SessionRow {
  id: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_reason: string | null;
  ip: string | null;
}

export const SESSION_COLUMNS = `id, user_id, created_at, expires_at, revoked_at, revoked_reason, ip`;

export function toSession(r: SessionRow): SessionEntity {
  return Object.assign(new SessionEntity(), {
    id: r.id,
    userId: r.user_id,
    createdAt: new Date(r.created_at),
    expiresAt: new Date(r.expires_at),
    revokedAt: dateOrNull(r.revoked_at),
    revokedReason: r.revoked_reason,
    ip: r.ip,
  });
}

export async function findSession(db: Queryable, id: string): Promise<SessionEntity | null> {
  const rows: SessionRow[] = await db.query(`SELECT ${SESSION_COLUMNS} FROM auth_sessions WHERE id = $1 LIMIT 1`, [id]);
  return rows[0] ? toSession(rows[0]) : null;
}

export interface RefreshTokenRow {
  token_hash: string;
  session_id: string;
  issued_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

/** The refresh token stored under this hash, row-locked until the transaction ends (FOR UPDATE); null when none. */
export async function lockRefreshToken(tx: Queryable, tokenHash: string): Promise<RefreshTokenEntity | null> {
  const rows: RefreshTokenRow[] = await tx.query(
    `SELECT token_hash, session_id, issued_at, expires_at, used_at FROM refresh_tokens WHERE token_hash = $1 LIMIT 1 FOR UPDATE`,
    [tokenHash],
  );
  const r = rows[0];
  if (!r) return null;
  return Object.assign(new RefreshTokenEntity(), {
    tokenHash: r.token_hash,
    sessionId: r.session_id,
    issuedAt: new Date(r.issued_at),
    expiresAt: new Date(r.expires_at),
    usedAt: dateOrNull(r.used_at),
  });
}
