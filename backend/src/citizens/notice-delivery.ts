import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseType } from '@tiep-dan/contracts';
import { formatVnDate, vnDayOf, type PetitionContext } from '@tiep-dan/workflows';
import { DataSource } from 'typeorm';
import { noticeCaseFacts } from '../cases/case-read-model';
import { IntakeService } from '../cases/intake.service';
import { DeliveryError, NOTICE_SENDERS, type NoticeMessage, type NoticeSenders } from '../notifications/channels/notice-channel';
import { Clock } from '../platform/clock/clock';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { JobRunner } from '../platform/jobs/job-runner';
import { backoffMs } from '../platform/throttle/rate-limiter';
import { contactsOfCase, type ContactRow } from './citizen-notices.read-model';
import { claimDueNotices, markNoticeFailed, markNoticeSent, type ClaimedNotice } from './citizens.repository';
import { renderNotice } from './notice-messages';

const TICK_MS = 2_000;
const BATCH = 20;
/** A claim lapses after this long: an instance that died while sending leaves the notice to another one. */
const LEASE_MS = 2 * 60_000;
/** The longest wait between two tries. */
const RETRY_MAX_MS = 6 * 3600_000;

interface NoticeCaseRow extends ContactRow {
  code: string;
  type: CaseType;
  agency_name: string | null;
  context: Partial<PetitionContext> | null;
}

/**
 * Sends the citizens' notices. Due notices are claimed with one UPDATE over `FOR UPDATE SKIP LOCKED` (any number of
 * instances share the work, none sends a notice another holds), sent outside any transaction, then marked sent, or
 * failed with the next try after an exponential backoff, or dead after NOTICE_MAX_ATTEMPTS (or at once when the failure
 * is permanent). A claim an instance never finished lapses after LEASE_MS and is tried again: delivery is at least
 * once. Addresses are read when sending (a denouncer's from the vault) and never logged or stored with the notice.
 */
@Injectable()
export class NoticeDelivery implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('NoticeDelivery');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly intake: IntakeService,
    private readonly jobs: JobRunner,
    @Inject(NOTICE_SENDERS) private readonly senders: NoticeSenders,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // No channel configured: nothing could be sent, and the notices wait in the table for one.
    if (!this.senders.size) return;
    this.jobs.register({
      name: 'citizen-notices',
      everyMs: TICK_MS,
      failure: 'Notice delivery failed; the claimed notices are retried when their lease lapses',
      run: async (signal) => {
        while (!signal.aborted && (await this.deliverOnce()) === BATCH);
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    // The channels close once no delivery is in flight (a pass still sending finishes first).
    const close = () => Promise.all([...this.senders.values()].map((s) => s.close()));
    if (this.senders.size) await this.jobs.hold('citizen-notices', close);
    else await close();
  }

  /** Claims and sends one batch of due notices. Returns how many it claimed. */
  async deliverOnce(limit = BATCH): Promise<number> {
    const now = this.clock.now();
    const claimed = await claimDueNotices(this.db, now, new Date(now.getTime() + LEASE_MS), limit);
    for (const notice of claimed) await this.deliver(notice);
    return claimed.length;
  }

  private async deliver(notice: ClaimedNotice): Promise<void> {
    let code = '';
    try {
      const sender = this.senders.get(notice.channel);
      if (!sender) throw new DeliveryError('channel not configured', true);
      const message = await this.message(notice);
      code = message.code;
      const { providerRef } = await sender.send(message);
      await markNoticeSent(this.db, notice.id, this.clock.now(), providerRef);
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError('error', false);
      if (!(error instanceof DeliveryError)) this.logger.error({ err: error, noticeId: notice.id }, 'Notice could not be prepared');
      const dead = failure.permanent || notice.attempts >= this.config.citizens.noticeMaxAttempts;
      const now = this.clock.now();
      const wait = backoffMs(
        {
          freeFailures: 0,
          baseMs: this.config.citizens.noticeRetryBaseMs,
          maxMs: RETRY_MAX_MS,
          resetMs: 0,
        },
        notice.attempts,
      );
      await markNoticeFailed(this.db, notice.id, {
        status: dead ? 'dead' : 'failed',
        lastError: failure.reason,
        nextAttemptAt: dead ? null : new Date(now.getTime() + wait),
        now,
      });
      const line = `Notice ${notice.id} (${code || 'case'}, ${notice.kind}, ${notice.channel}) attempt ${notice.attempts}: ${failure.reason}`;
      if (dead) this.logger.warn(`${line}; dead letter`);
      else this.logger.log(`${line}; retry in ${Math.round(wait / 1000)} s`);
    }
  }

  /** The notice as the citizen will read it, to the address they gave (a denouncer's is read from the vault). */
  private async message(notice: ClaimedNotice): Promise<NoticeMessage & { code: string }> {
    const facts = await noticeCaseFacts<Partial<PetitionContext>>(this.db, notice.case_id);
    const contacts: ContactRow[] = facts ? await contactsOfCase(this.db, notice.case_id) : [];
    // A case without contact reads as the LEFT JOIN it replaces: no address.
    const row: NoticeCaseRow | undefined = facts ? { ...facts, ...(contacts[0] ?? { email: null, phone: null, sealed: null }) } : undefined;
    if (!row) throw new DeliveryError('case gone', true);
    const contact = row.sealed ? await this.intake.sealedContact(this.db.manager, notice.case_id) : { email: row.email, phone: row.phone };
    const to = notice.channel === 'email' ? contact.email : contact.phone;
    if (!to) throw new DeliveryError('no address', true);
    const sealed = row.type === 'denunciation';
    const answer =
      notice.kind === 'answered' &&
      (row.type === 'proposal' || row.type === 'reflection') &&
      typeof row.context?.response?.text === 'string'
        ? row.context.response.text
        : null;
    const { subject, text } = renderNotice(notice.channel, {
      code: row.code,
      caseType: row.type,
      kind: notice.kind,
      dueDate: notice.details?.dueAt ? formatVnDate(vnDayOf(new Date(notice.details.dueAt))) : null,
      agencyName: row.agency_name,
      answer,
      lookupUrl: sealed ? null : `${this.config.citizens.publicUrl}/lookup?code=${encodeURIComponent(row.code)}`,
      lookupPin: notice.details?.lookupPin ?? null,
    });
    return {
      to,
      subject,
      text,
      reference: `tiepdan-notice-${notice.id}`,
      code: row.code,
    };
  }
}
