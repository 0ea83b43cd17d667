import type { BilingualText } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { CaseOutboxPayload, OutboxTopic } from './notification-messages';
import { outboxInsertSql, type CITIZEN_NOTICE_TOPIC } from './notifications.service';

/** The notifications context's writes of its own tables (notifications, outbox), and the locking read that claims the outbox (issue 20). */

type Queryable = Pick<EntityManager, 'query'>;

/** One outbox row, in the caller's transaction. */
export async function insertOutboxRow(tx: Queryable, topic: string, caseId: string, payload: object): Promise<void> {
  await tx.query(`INSERT INTO outbox (topic, case_id, payload) VALUES ($1, $2, $3)`, [topic, caseId, payload]);
}

/** Many outbox rows in one statement, in the order given. */
export async function insertOutboxRows(
  tx: Queryable,
  rows: readonly { topic: string; caseId: string; payload: Record<string, unknown> }[],
): Promise<void> {
  await tx.query(outboxInsertSql('$1', '$2', '$3'), [
    rows.map((r) => r.topic),
    rows.map((r) => r.caseId),
    rows.map((r) => JSON.stringify(r.payload)),
  ]);
}

export interface OutboxRow {
  id: string;
  topic: OutboxTopic | typeof CITIZEN_NOTICE_TOPIC;
  payload: CaseOutboxPayload;
}

/** Claims a batch of pending outbox rows (FOR UPDATE SKIP LOCKED: instances share the work). */
export async function claimOutboxBatch(tx: Queryable, batch: number): Promise<OutboxRow[]> {
  return tx.query(`SELECT id, topic, payload FROM outbox WHERE processed_at IS NULL ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`);
}

/** Marks outbox rows delivered. */
export async function markOutboxProcessed(tx: Queryable, at: Date, ids: readonly string[]): Promise<void> {
  await tx.query(`UPDATE outbox SET processed_at = $1, attempts = attempts + 1 WHERE id = ANY($2::bigint[])`, [at, ids]);
}

/** A notification of an outbox row to one person; its dedupe key makes a second delivery a no-op. */
export async function insertOutboxNotification(
  tx: Queryable,
  n: { userId: string; kind: string; caseId: string; caseCode: string; title: BilingualText; body: BilingualText; dedupeKey: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO notifications (user_id, kind, case_id, case_code, title, body, dedupe_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (dedupe_key) DO NOTHING`,
    [n.userId, n.kind, n.caseId, n.caseCode, n.title, n.body, n.dedupeKey],
  );
}

/** A notification to one person; true when it was added (false when its dedupe key was already there). */
export async function insertNotification(
  tx: Queryable,
  n: {
    userId: string;
    kind: string;
    caseId: string | null;
    caseCode: string | null;
    title: BilingualText;
    body: BilingualText;
    dedupeKey: string;
    createdAt: Date;
  },
): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `INSERT INTO notifications (user_id, kind, case_id, case_code, title, body, dedupe_key, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [n.userId, n.kind, n.caseId, n.caseCode, n.title, n.body, n.dedupeKey, n.createdAt],
  );
  return rows.length > 0;
}

/** Marks one of the user's notifications read (a no-op when it is not theirs or already read). */
export async function markNotificationRead(db: Queryable, userId: string, id: string, at: Date): Promise<void> {
  await db.query(`UPDATE notifications SET read_at = $1 WHERE id = $2 AND user_id = $3 AND read_at IS NULL`, [at, id, userId]);
}
