import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BilingualText, CitizenNoticeKind, NotificationDto } from '@tiep-dan/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { caseEventRecipientIds } from '../access/user-read-model';
import { Clock } from '../platform/clock/clock';
import { JobRunner } from '../platform/jobs/job-runner';
import { CaseOutboxPayload, notificationText, OutboxTopic } from './notification-messages';
import { notificationsOf } from './notifications.read-model';
import {
  claimOutboxBatch,
  insertNotification,
  insertOutboxNotification,
  insertOutboxRow,
  insertOutboxRows,
  markNotificationRead,
  markOutboxProcessed,
} from './notifications.repository';

const BATCH = 100;
const OUTBOX_INTERVAL_MS = 2_000;

/** The outbox topic of a notice to a citizen (the citizens context fans it out to their channels). */
export const CITIZEN_NOTICE_TOPIC = 'citizen.notice';

/** What a citizen notice's outbox row carries: identifiers, the public code and the kind; never an address. */
export interface CitizenNoticePayload {
  caseId: string;
  code: string;
  caseType: string;
  notice: CitizenNoticeKind;
  /** The case's due date as the change left it (the notice is sent a moment later, when it may have moved on). */
  dueAt?: string | null;
  /** The receipt of a petition sent without a phone: the 4 digits that stand in for it at the lookup. */
  lookupPin?: string;
}

/** Delivers outbox rows of a topic that is not an in-app notification, inside the dispatcher's transaction. */
export type OutboxTopicHandler = (tx: EntityManager, outboxId: string, payload: Record<string, unknown>) => Promise<void>;

/**
 * The statement that adds outbox rows from three parallel arrays (topics, case ids, payloads as JSON text), in the order
 * given, for a caller that writes them as part of its own statement (the case engine's one statement per event): the
 * outbox stays this context's to write, wherever the rows come from.
 */
export function outboxInsertSql(topics: string, caseIds: string, payloads: string): string {
  return `INSERT INTO outbox (topic, case_id, payload)
    SELECT topic, case_id, payload::jsonb FROM unnest(${topics}::text[], ${caseIds}::uuid[], ${payloads}::text[]) WITH ORDINALITY AS v(topic, case_id, payload, n) ORDER BY n`;
}

@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly logger = new Logger('Outbox');
  private readonly handlers = new Map<string, OutboxTopicHandler>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'outbox',
      everyMs: OUTBOX_INTERVAL_MS,
      failure: 'Outbox delivery failed; the batch rolled back and will be retried',
      run: async (signal) => {
        while (!signal.aborted && (await this.dispatchOnce()) > 0);
      },
    });
  }

  /** Adds an outbox row inside the caller's transaction: it exists exactly when the change it reports exists. */
  async enqueue(tx: EntityManager, topic: OutboxTopic, payload: CaseOutboxPayload): Promise<void> {
    await insertOutboxRow(tx, topic, payload.caseId, payload);
  }

  /** Tells the citizen of a case's change: an outbox row like any other, in the caller's transaction. */
  async enqueueCitizenNotice(tx: EntityManager, payload: CitizenNoticePayload): Promise<void> {
    await insertOutboxRow(tx, CITIZEN_NOTICE_TOPIC, payload.caseId, payload);
  }

  /** Many outbox rows in one statement, in the order given (the deadline sweeper's batches). */
  async enqueueMany(
    tx: EntityManager,
    rows: readonly { topic: string; caseId: string; payload: Record<string, unknown> }[],
  ): Promise<void> {
    if (!rows.length) return;
    await insertOutboxRows(tx, rows);
  }

  /** Another context delivers this topic's rows (the citizens' notices); rows of a topic nobody handles are dropped. */
  onTopic(topic: string, handler: OutboxTopicHandler): void {
    this.handlers.set(topic, handler);
  }

  /**
   * Delivers a batch of pending outbox rows. Rows are claimed with FOR UPDATE SKIP LOCKED, so instances share the work;
   * notifications carry a dedupe key, so a row delivered twice (a crash between insert and commit cannot happen, but a
   * retried row after a failure can) still notifies once. Returns how many rows were delivered.
   */
  async dispatchOnce(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows = await claimOutboxBatch(tx, BATCH);
      for (const row of rows) {
        if (row.topic === CITIZEN_NOTICE_TOPIC) {
          await this.handlers.get(row.topic)?.(tx, row.id, row.payload as unknown as Record<string, unknown>);
          continue;
        }
        const recipients = await this.recipients(tx, row.topic, row.payload);
        const text = notificationText(row.topic, row.payload);
        for (const userId of recipients) {
          await insertOutboxNotification(tx, {
            userId,
            kind: row.topic,
            caseId: row.payload.caseId,
            caseCode: row.payload.code,
            title: text.title,
            body: text.body,
            dedupeKey: `${row.id}:${userId}`,
          });
        }
      }
      if (rows.length) {
        const ids = rows.map((r) => r.id);
        await markOutboxProcessed(tx, this.clock.now(), ids);
      }
      return rows.length;
    });
  }

  /** The assignee agency's handlers and head; on overdue also the commune's leaders. */
  private recipients(tx: EntityManager, topic: OutboxTopic, p: CaseOutboxPayload): Promise<string[]> {
    return caseEventRecipientIds(tx, p.agencyId, topic === 'case.overdue', p.communeId);
  }

  /**
   * Notifies people directly inside the caller's transaction (facts not about one case's change: hot spots, the weekly
   * digest). The dedupe key is per person, so a job that runs twice still notifies each person once.
   */
  async notifyUsers(
    tx: EntityManager,
    userIds: readonly string[],
    n: { kind: string; caseId: string | null; caseCode: string | null; title: BilingualText; body: BilingualText; dedupeKey: string },
  ): Promise<number> {
    let delivered = 0;
    for (const userId of userIds) {
      const added = await insertNotification(tx, {
        userId,
        kind: n.kind,
        caseId: n.caseId,
        caseCode: n.caseCode,
        title: n.title,
        body: n.body,
        dedupeKey: `${n.dedupeKey}:${userId}`,
        createdAt: this.clock.now(),
      });
      if (added) delivered += 1;
    }
    return delivered;
  }

  async listFor(actor: Actor, unreadOnly: boolean): Promise<NotificationDto[]> {
    return notificationsOf(this.db, actor.userId, unreadOnly);
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    await markNotificationRead(this.db, actor.userId, id, this.clock.now());
  }

  logFailure(error: unknown): void {
    this.logger.error({ err: error }, 'Outbox dispatch failed');
  }
}
