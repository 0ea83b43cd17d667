import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CitizenNoticeDto, CitizenNoticeKind, NoticeChannel, NoticeDeliveryStatus } from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import { isCaseInScope } from '../cases/case-read-model';
import { scopeOf } from '../access/policy';
import { CaseErrors } from '../cases/cases.errors';
import { NOTICE_SENDERS, type NoticeSenders } from '../notifications/channels/notice-channel';
import { CITIZEN_NOTICE_TOPIC, NotificationsService, type CitizenNoticePayload } from '../notifications/notifications.service';
import { Clock } from '../platform/clock/clock';

/** Where a citizen who petitioned online is told of progress (a denouncer's address stays in the vault). */
export interface CitizenContact {
  email: string | null;
  phone: string | null;
  channels: NoticeChannel[];
  sealed: boolean;
}

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

/**
 * The citizens' contacts and the notices owed to them: an outbox row announcing a case's change becomes one notice per
 * channel the citizen chose (and this installation can deliver), in the dispatcher's transaction; NoticeDelivery sends
 * them. The case page lists them with their delivery status.
 */
@Injectable()
export class CitizenNoticesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    @Inject(NOTICE_SENDERS) private readonly senders: NoticeSenders,
  ) {}

  onModuleInit(): void {
    this.notifications.onTopic(CITIZEN_NOTICE_TOPIC, (tx, outboxId, payload) =>
      this.fanOut(tx, outboxId, payload as unknown as CitizenNoticePayload),
    );
  }

  /** The channels this installation can deliver. */
  availableChannels(): NoticeChannel[] {
    return [...this.senders.keys()];
  }

  /** Records where to reach the citizen of a case opened online, inside the intake's transaction. */
  async saveContact(tx: EntityManager, caseId: string, contact: CitizenContact): Promise<void> {
    await tx.query(`INSERT INTO citizen_contacts (case_id, email, phone, channels, sealed, created_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      caseId,
      contact.sealed ? null : contact.email,
      contact.sealed ? null : contact.phone,
      contact.channels,
      contact.sealed,
      this.clock.now(),
    ]);
  }

  private async fanOut(tx: EntityManager, outboxId: string, payload: CitizenNoticePayload): Promise<void> {
    const now = this.clock.now();
    const details = {
      ...(payload.lookupPin ? { lookupPin: payload.lookupPin } : {}),
      ...(payload.dueAt ? { dueAt: payload.dueAt } : {}),
    };
    await tx.query(
      `INSERT INTO citizen_notices (case_id, outbox_id, kind, channel, details, status, attempts, next_attempt_at, created_at, updated_at)
       SELECT cc.case_id, $2, $3, ch, $4, 'pending', 0, $5, $5, $5
         FROM citizen_contacts cc CROSS JOIN unnest(cc.channels) AS ch
        WHERE cc.case_id = $1 AND ch = ANY($6::text[])
       ON CONFLICT ON CONSTRAINT "UQ_citizen_notices_outbox_channel" DO NOTHING`,
      [payload.caseId, outboxId, payload.notice, details, now, this.availableChannels()],
    );
  }

  /** The notices of a case in the caller's scope (404 outside it), newest first, addresses masked. */
  async listForCase(actor: Actor, caseId: string): Promise<CitizenNoticeDto[]> {
    if (!(await isCaseInScope(this.db, caseId, scopeOf(actor, 'case')))) throw CaseErrors.notFound();
    const rows: NoticeRow[] = await this.db.query(
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
}

/** "a***@example.vn", "***4433": enough for staff to tell two contacts apart, not to reach anyone. */
export function mask(address: string | null): string | null {
  if (!address) return null;
  const at = address.indexOf('@');
  if (at > 0) return `${address[0]}***${address.slice(at)}`;
  const digits = address.replace(/\D/g, '');
  return `***${digits.slice(-4)}`;
}
