import type { CitizenNoticeDto, CitizenNoticeKind, NoticeChannel, NoticeDeliveryStatus } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The citizens context's reads of its own contacts and notices (citizen_contacts, citizen_notices), for the case page
 * and the delivery (issue 20). The reads other contexts make of this context are in `citizens-read-model.ts`.
 */

type Queryable = Pick<EntityManager, 'query'>;

interface NoticeRow {
  id: string;
  kind: CitizenNoticeKind;
  channel: NoticeChannel;
  status: NoticeDeliveryStatus;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date | null;
  sent_at: Date | null;
  created_at: Date;
  email: string | null;
  phone: string | null;
  sealed: boolean | null;
}

/** The notices of a case, newest first (at most 200), addresses masked. */
export async function noticesOfCase(db: Queryable, caseId: string): Promise<CitizenNoticeDto[]> {
  const rows: NoticeRow[] = await db.query(
    `SELECT n.id, n.kind, n.channel, n.status, n.attempts, n.last_error, n.next_attempt_at, n.sent_at, n.created_at, cc.email, cc.phone, cc.sealed
         FROM citizen_notices n LEFT JOIN citizen_contacts cc ON cc.case_id = n.case_id
        WHERE n.case_id = $1 ORDER BY n.id DESC LIMIT 200`,
    [caseId],
  );
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind,
    channel: r.channel,
    recipient: r.sealed ? null : mask(r.channel === 'email' ? r.email : r.phone),
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    nextAttemptAt:
      r.next_attempt_at && (r.status === 'pending' || r.status === 'failed') ? new Date(r.next_attempt_at).toISOString() : null,
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** "a***@example.vn", "***4433": enough for staff to tell two contacts apart, not to reach anyone. */
export function mask(address: string | null): string | null {
  if (!address) return null;
  const at = address.indexOf('@');
  if (at > 0) return `${address[0]}***${address.slice(at)}`;
  const digits = address.replace(/\D/g, '');
  return `***${digits.slice(-4)}`;
}

export interface ContactRow {
  email: string | null;
  phone: string | null;
  sealed: boolean | null;
}

/** The contact of a case (none for a case not opened online; a sealed one's address is in the vault, not here). */
export async function contactsOfCase(db: Queryable, caseId: string): Promise<ContactRow[]> {
  return db.query(`SELECT cc.email, cc.phone, cc.sealed FROM citizen_contacts cc WHERE cc.case_id = $1`, [caseId]);
}
