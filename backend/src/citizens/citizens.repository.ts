import type { CitizenNoticeKind, NoticeChannel } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The citizens context's writes of its own tables (citizen_contacts, citizen_notices, case_ratings, online_petitions),
 * and the claim of due notices (issue 20). Each runs where its caller runs it: in a transaction or on the connection.
 */

type Queryable = Pick<EntityManager, 'query'>;

/** Where to reach the citizen of a case opened online (the caller blanks a sealed contact's address). */
export async function insertContact(
  tx: Queryable,
  c: { caseId: string; email: string | null; phone: string | null; channels: NoticeChannel[]; sealed: boolean; createdAt: Date },
): Promise<void> {
  await tx.query(`INSERT INTO citizen_contacts (case_id, email, phone, channels, sealed, created_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
    c.caseId,
    c.email,
    c.phone,
    c.channels,
    c.sealed,
    c.createdAt,
  ]);
}

/** One pending notice per channel the citizen of the case chose among `channels`; an outbox row fans out once per channel. */
export async function insertNoticesOfOutbox(
  tx: Queryable,
  n: {
    caseId: string;
    outboxId: string;
    kind: CitizenNoticeKind;
    details: { lookupPin?: string; dueAt?: string };
    now: Date;
    channels: NoticeChannel[];
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO citizen_notices (case_id, outbox_id, kind, channel, details, status, attempts, next_attempt_at, created_at, updated_at)
       SELECT cc.case_id, $2, $3, ch, $4, 'pending', 0, $5, $5, $5
         FROM citizen_contacts cc CROSS JOIN unnest(cc.channels) AS ch
        WHERE cc.case_id = $1 AND ch = ANY($6::text[])
       ON CONFLICT ON CONSTRAINT "UQ_citizen_notices_outbox_channel" DO NOTHING`,
    [n.caseId, n.outboxId, n.kind, n.details, n.now, n.channels],
  );
}

export interface ClaimedNotice {
  id: string;
  case_id: string;
  kind: CitizenNoticeKind;
  channel: NoticeChannel;
  details: { lookupPin?: string; dueAt?: string };
  attempts: number;
}

/**
 * Claims up to `limit` due notices (pending or failed and due, or sending with a lapsed lease) with one UPDATE over
 * `FOR UPDATE SKIP LOCKED`: each is marked sending, its attempts counted, leased until `leaseUntil`.
 */
export async function claimDueNotices(db: Queryable, now: Date, leaseUntil: Date, limit: number): Promise<ClaimedNotice[]> {
  // TypeORM answers an UPDATE … RETURNING with [rows, count].
  const [claimed]: [ClaimedNotice[], number] = await db.query(
    `UPDATE citizen_notices n SET status = 'sending', attempts = n.attempts + 1, lease_until = $2, updated_at = $1
         FROM (SELECT id FROM citizen_notices
                WHERE (status IN ('pending', 'failed') AND next_attempt_at <= $1) OR (status = 'sending' AND lease_until <= $1)
                ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED) due
        WHERE n.id = due.id
        RETURNING n.id, n.case_id, n.kind, n.channel, n.details, n.attempts`,
    [now, leaseUntil, limit],
  );
  return claimed;
}

/** A claimed notice was sent. */
export async function markNoticeSent(db: Queryable, id: string, at: Date, providerRef: string | null): Promise<void> {
  await db.query(
    `UPDATE citizen_notices SET status = 'sent', sent_at = $2, provider_ref = $3, lease_until = NULL, last_error = NULL, next_attempt_at = NULL, updated_at = $2
          WHERE id = $1 AND status = 'sending'`,
    [id, at, providerRef],
  );
}

/** A claimed notice failed: to be tried again at `nextAttemptAt`, or dead. */
export async function markNoticeFailed(
  db: Queryable,
  id: string,
  f: { status: 'failed' | 'dead'; lastError: string; nextAttemptAt: Date | null; now: Date },
): Promise<void> {
  await db.query(
    `UPDATE citizen_notices SET status = $2, last_error = $3, next_attempt_at = $4, lease_until = NULL, updated_at = $5
          WHERE id = $1 AND status = 'sending'`,
    [id, f.status, f.lastError, f.nextAttemptAt, f.now],
  );
}

/** The rating of a case; false when the case was rated already (the first one stays). */
export async function insertRating(
  db: Queryable,
  r: { caseId: string; agencyId: string | null; stars: number; comment: string | null; createdAt: Date },
): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `INSERT INTO case_ratings (case_id, agency_id, stars, comment, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id) DO NOTHING RETURNING case_id`,
    [r.caseId, r.agencyId, r.stars, r.comment, r.createdAt],
  );
  return rows.length > 0;
}

export interface NewOnlinePetition {
  caseId: string;
  letterId: string | null;
  source: 'form' | 'open311';
  open311ClientId: string | null;
  serviceCode: string | null;
  description: string;
  address: string | null;
  addressId: string | null;
  latitude: number | null;
  longitude: number | null;
  mediaUrl: string | null;
  createdAt: Date;
}

/** What the citizen gave with a petition sent online, beside the case it opened, in the intake's transaction. */
export async function insertOnlinePetition(tx: Queryable, p: NewOnlinePetition): Promise<void> {
  await tx.query(
    `INSERT INTO online_petitions (case_id, letter_id, source, open311_client_id, service_code, description, address, address_id, latitude,
         longitude, media_url, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      p.caseId,
      p.letterId,
      p.source,
      p.open311ClientId,
      p.serviceCode,
      p.description,
      p.address,
      p.addressId,
      p.latitude,
      p.longitude,
      p.mediaUrl,
      p.createdAt,
    ],
  );
}
