import type { SecurityAuditAction, SecurityAuditEntryDto } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/** The writes and reads of `security_audit` (append-only), in the caller's transaction or on its connection. */

type Queryable = Pick<EntityManager, 'query'>;

export interface NewSecurityAuditEntry {
  at: Date;
  action: SecurityAuditAction;
  actorId: string | null;
  actorUsername: string | null;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export async function insertSecurityAuditEntry(db: Queryable, e: NewSecurityAuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO security_audit (at, action, actor_id, actor_username, target_type, target_id, ip, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
    [e.at, e.action, e.actorId, e.actorUsername, e.targetType, e.targetId, e.ip, JSON.stringify(e.details)],
  );
}

export interface SecurityAuditRow {
  id: string;
  at: Date | string;
  action: SecurityAuditAction;
  actor_id: string | null;
  actor_username: string | null;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export function toSecurityAuditEntryDto(r: SecurityAuditRow): SecurityAuditEntryDto {
  return {
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    action: r.action,
    actorId: r.actor_id,
    actorUsername: r.actor_username,
    targetType: r.target_type,
    targetId: r.target_id,
    ip: r.ip,
    details: r.details,
  };
}

/** Newest first (by id), at most `take`, of this action and target when given, older than the id `before` when given. */
export async function listSecurityAuditEntries(
  db: Queryable,
  filter: { action?: SecurityAuditAction; targetId?: string; before?: string; take: number },
): Promise<SecurityAuditRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.action) {
    params.push(filter.action);
    where.push(`action = $${params.length}`);
  }
  if (filter.targetId) {
    params.push(filter.targetId);
    where.push(`target_id = $${params.length}`);
  }
  if (filter.before) {
    params.push(filter.before);
    where.push(`id < $${params.length}`);
  }
  params.push(filter.take);
  return db.query(
    `SELECT id::text AS id, at, action, actor_id, actor_username, target_type, target_id, ip, details FROM security_audit
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
    params,
  );
}
