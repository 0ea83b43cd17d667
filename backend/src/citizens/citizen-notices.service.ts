import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CitizenNoticeDto, NoticeChannel } from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import { isCaseInScope } from '../cases/case-read-model';
import { scopeOf } from '../access/policy';
import { CaseErrors } from '../cases/cases.errors';
import { NOTICE_SENDERS, type NoticeSenders } from '../notifications/channels/notice-channel';
import { CITIZEN_NOTICE_TOPIC, NotificationsService, type CitizenNoticePayload } from '../notifications/notifications.service';
import { Clock } from '../platform/clock/clock';
import { mask, noticesOfCase } from './citizen-notices.read-model';
import { insertContact, insertNoticesOfOutbox } from './citizens.repository';

/** Where a citizen who petitioned online is told of progress (a denouncer's address stays in the vault). */
export interface CitizenContact {
  email: string | null;
  phone: string | null;
  channels: NoticeChannel[];
  sealed: boolean;
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
    await insertContact(tx, {
      caseId,
      email: contact.sealed ? null : contact.email,
      phone: contact.sealed ? null : contact.phone,
      channels: contact.channels,
      sealed: contact.sealed,
      createdAt: this.clock.now(),
    });
  }

  private async fanOut(tx: EntityManager, outboxId: string, payload: CitizenNoticePayload): Promise<void> {
    const now = this.clock.now();
    const details = {
      ...(payload.lookupPin ? { lookupPin: payload.lookupPin } : {}),
      ...(payload.dueAt ? { dueAt: payload.dueAt } : {}),
    };
    await insertNoticesOfOutbox(tx, {
      caseId: payload.caseId,
      outboxId,
      kind: payload.notice,
      details,
      now,
      channels: this.availableChannels(),
    });
  }

  /** The notices of a case in the caller's scope (404 outside it), newest first, addresses masked. */
  async listForCase(actor: Actor, caseId: string): Promise<CitizenNoticeDto[]> {
    if (!(await isCaseInScope(this.db, caseId, scopeOf(actor, 'case')))) throw CaseErrors.notFound();
    return noticesOfCase(this.db, caseId);
  }
}

export { mask };
