import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HANDLER_ASSIGNED_EVENT, REASSIGN_AGENCY_EVENT, type ActorRole, type AgencyKind, type CaseType } from '@tiep-dan/contracts';
import {
  advanceClock,
  allowedEvents,
  applyEvent,
  bindsCitizen,
  canSend,
  DeadlineRuleError,
  deadlineChange,
  deadlineColumns,
  outcomeLegalBasis,
  type CaseCommand,
  type DeadlineClockState,
  type WorkingCalendar,
  caseFactsOf,
  complaintLevelOf,
  leadAgencyOf,
} from '@tiep-dan/workflows';
import { DataSource, type EntityManager } from 'typeorm';
import { WORKING_CALENDAR } from '../platform/calendar/working-calendar';
import type { FieldError } from '../platform/errors/app-error';
import {
  CITIZEN_NOTICE_TOPIC,
  NotificationsService,
  outboxInsertSql,
  type CitizenNoticePayload,
} from '../notifications/notifications.service';
import type { CaseOutboxPayload, OutboxTopic } from '../notifications/notification-messages';
import { citizenNoticeOf } from '../notifications/citizen-notice-kinds';
import { CaseErrors } from './cases.errors';
import { validatePayload } from './event-payload';
import { eventPayload } from './machine-descriptions';
import type { HandlerClaim } from './ownership';

/** Who sends an event: a signed-in person or the scheduler. */
export interface EventSender {
  userId: string | null;
  name: string | null;
  role: ActorRole;
  agencyId?: string;
  /** The sender holds the case's deciding seat (competence.ts); decisions need it, whatever the role. */
  decides?: boolean;
}

export interface EventToApply {
  type: string;
  payload: Record<string, unknown>;
  note: string | null;
  expectedVersion?: number;
  at: Date;
}

/** The columns of a locked case row the engine needs. */
export interface CaseRow {
  id: string;
  code: string;
  type: CaseType;
  machine_version: number;
  snapshot: unknown;
  state: string;
  version: number;
  lead_agency_id: string | null;
  commune_id: string;
  province_id: string;
  remote_area: boolean;
  deadline_clock: DeadlineClockState | null;
  assigned_handler_id: string | null;
  /** The lead agency's kind and the version as the locking statement began (before waiting), when the lock read them. */
  lead_agency_kind?: AgencyKind | null;
  seen_version?: number | null;
  /** Set by `ensureOwnership` when the event's sender takes the case with it: recorded just before the event. */
  claim?: HandlerClaim;
}

export const CASE_ROW_COLUMNS =
  'c.id, c.code, c.type, c.machine_version, c.snapshot, c.state, c.version, c.lead_agency_id, c.commune_id, c.province_id, c.remote_area, c.deadline_clock, c.assigned_handler_id';

export type DeadlineEventType = 'DEADLINE_WARNING' | 'DEADLINE_PASSED';

/** What the history, the context fact and the notification say about a deadline (the machines' DeadlinePayload). */
export interface DeadlineFactPayload {
  ruleId?: string;
  dueDate?: string;
}

const DEADLINE_TOPIC: Record<DeadlineEventType, OutboxTopic> = { DEADLINE_WARNING: 'case.due_soon', DEADLINE_PASSED: 'case.overdue' };
/** The context key each machine's recordDueSoon / recordOverdue assigns (`deadlineFact` in workflows). */
const DEADLINE_CONTEXT_KEY: Record<DeadlineEventType, 'dueSoon' | 'overdue'> = { DEADLINE_WARNING: 'dueSoon', DEADLINE_PASSED: 'overdue' };
const DEADLINE_FACT_NOTE: Record<DeadlineEventType, string> = {
  DEADLINE_WARNING: 'Ghi nhận sắp đến hạn (trạng thái không nhận sự kiện thời hạn)',
  DEADLINE_PASSED: 'Ghi nhận quá hạn (trạng thái không nhận sự kiện thời hạn)',
};

/** History record: a case awaiting triage sent to an agency by the leader's direction on its visit. */
export const ROUTED_EVENT = 'ROUTED';

export interface AppliedEvent {
  version: number;
  state: string;
  seq: number;
}

/** One history row to insert (`insertHistory`'s arguments). */
interface HistoryRow {
  caseId: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  sender: EventSender;
  at: Date;
  fromState: string | null;
  toState: string;
  note: string | null;
}

interface PlannedOutbox {
  topic: OutboxTopic;
  payload: CaseOutboxPayload;
}

/** What one accepted event writes, computed by `CaseEngine.plan` before anything is written. */
export interface PlannedEvent {
  applied: AppliedEvent;
  /** The handler who takes the case with this event (ownership.ts), recorded just before it. */
  claimHandlerId: string | null;
  /** The event moves the case to another lead agency: the handler of the old one holds it no more. */
  releaseHandler: boolean;
  update: {
    id: string;
    snapshot: unknown;
    state: string;
    version: number;
    leadAgencyId: string | null;
    clock: DeadlineClockState | null;
    columns: ReturnType<typeof deadlineColumns>;
    closed: boolean;
    at: Date;
  };
  /** The claim's row first, if any, then the event's. */
  history: HistoryRow[];
  outbox: PlannedOutbox[];
  citizenNotice: CitizenNoticePayload | null;
}

/**
 * Applies one event to a case row locked by the caller (SELECT … FOR UPDATE) inside the caller's transaction: the pure
 * machine transition, the deadline clock, then snapshot + columns + history + outbox written together. Both the HTTP
 * path and the deadline scheduler go through here, so a deadline event is recorded exactly like a person's.
 */
@Injectable()
export class CaseEngine {
  constructor(
    @InjectDataSource() readonly db: DataSource,
    @Inject(WORKING_CALENDAR) private readonly calendar: WorkingCalendar,
    private readonly notifications: NotificationsService,
  ) {}

  /** Checks the role, the version and the payload, applies the transition and writes everything. Throws AppErrors. */
  async apply(tx: EntityManager, row: CaseRow, sender: EventSender, event: EventToApply): Promise<AppliedEvent> {
    return (await this.applyPlanned(tx, row, sender, event)).applied;
  }

  /** `apply`, answering with everything it wrote (the case page after an event is built from it). */
  async applyPlanned(tx: EntityManager, row: CaseRow, sender: EventSender, event: EventToApply): Promise<PlannedEvent> {
    const planned = this.plan(row, sender, event);
    await this.write(tx, planned);
    return planned;
  }

  /**
   * Everything `apply` does before writing: the checks (AppErrors), the pure transition, the deadline clock and the rows
   * to write. Nothing touches the database, so a batch can be planned case by case and written at once (`writeMany`).
   */
  plan(row: CaseRow, sender: EventSender, event: EventToApply): PlannedEvent {
    if (event.expectedVersion !== undefined && event.expectedVersion !== row.version)
      throw CaseErrors.versionConflict(row.version, row.state);
    const fields = eventPayload(row.type, row.machine_version, event.type);
    if (!fields) {
      throw CaseErrors.eventNotAllowed(
        event.type,
        row.state,
        allowedEvents(row.type, row.machine_version, row.snapshot, sender.role),
        'UNKNOWN_EVENT',
      );
    }
    if (!canSend(row.type, event.type, sender.role, sender.decides ?? false)) throw CaseErrors.eventForbidden(event.type);
    const fieldErrors: FieldError[] = validatePayload(fields, event.payload);
    if (fieldErrors.length) throw CaseErrors.invalidFields(fieldErrors);

    const at = event.at.toISOString();
    const command: CaseCommand = {
      ...event.payload,
      type: event.type,
      at,
      actor: { id: sender.userId ?? 'system', role: sender.role, ...(sender.agencyId ? { agencyId: sender.agencyId } : {}) },
    };
    const result = applyEvent(row.type, row.machine_version, row.snapshot, command);
    if (!result.ok) {
      const allowed = allowedEvents(row.type, row.machine_version, row.snapshot, sender.role);
      throw CaseErrors.eventNotAllowed(event.type, row.state, allowed, result.reason);
    }

    const before = (row.snapshot as { context?: Record<string, unknown> }).context;
    const facts = caseFactsOf(row.type, result.context);
    const level = complaintLevelOf(facts);
    const change = deadlineChange(row.type, row.machine_version, row.state, result.state, { level });
    let clock = advanceClock(row.deadline_clock, change, at, before, result.context);
    if (event.type === 'DEADLINE_WARNING' && clock) clock = { ...clock, warnedAt: at };
    if (event.type === 'DEADLINE_PASSED' && clock) clock = { ...clock, passedAt: at };
    const columns = this.columns(clock, row.remote_area);

    const leadAgencyId = leadAgencyOf(facts) ?? row.lead_agency_id;
    // A handler works a case inside its lead agency (ownership.ts): once another agency leads it, nobody there holds it
    // until its head gives it to someone (or a handler takes it).
    const releaseHandler = leadAgencyId !== row.lead_agency_id && row.assigned_handler_id !== null && !row.claim;
    const history: HistoryRow[] = [];
    // A handler's first action on a case nobody holds takes it (ownership.ts): its own version, just before the event's.
    if (row.claim)
      history.push({
        caseId: row.id,
        seq: row.version + 1,
        type: HANDLER_ASSIGNED_EVENT,
        payload: row.claim.payload,
        sender,
        at: event.at,
        fromState: row.state,
        toState: row.state,
        note: row.claim.note,
      });
    const version = row.version + (row.claim ? 2 : 1);
    // A triage outcome carries its legal basis into the history, beside the reason given.
    const basis = outcomeLegalBasis(row.type, event.type);
    let recorded = basis ? { ...event.payload, legalBasis: basis } : event.payload;
    let note = event.note;
    if (releaseHandler) recorded = { ...recorded, previousHandlerId: row.assigned_handler_id };
    if (event.type === REASSIGN_AGENCY_EVENT) {
      // From which agency to which, and why: the reason is the row's note (what the history shows as the why).
      const { reason, ...moved } = recorded;
      recorded = { ...moved, fromAgencyId: row.lead_agency_id };
      note = [typeof reason === 'string' ? reason.trim() : '', note ?? ''].filter(Boolean).join('\n') || null;
    }
    history.push({
      caseId: row.id,
      seq: version,
      type: event.type,
      payload: recorded,
      sender,
      at: event.at,
      fromState: row.state,
      toState: result.state,
      note,
    });

    const outbox: PlannedOutbox[] = [];
    const topics: OutboxTopic[] = [];
    if (leadAgencyId && leadAgencyId !== row.lead_agency_id) topics.push('case.assigned');
    if (event.type === 'DEADLINE_WARNING' || event.type === 'DEADLINE_PASSED') topics.push(DEADLINE_TOPIC[event.type]);
    for (const topic of topics) outbox.push({ topic, payload: this.outboxPayload(row, leadAgencyId, columns.dueAt) });
    // The citizen hears of it too, where they left a contact for notices (the citizens context fans it out).
    const notice = citizenNoticeOf(row.type, event.type);
    const citizenNotice = notice
      ? { caseId: row.id, code: row.code, caseType: row.type, notice, dueAt: columns.dueAt?.toISOString() ?? null }
      : null;
    return {
      applied: { version, state: result.state, seq: version },
      claimHandlerId: row.claim?.payload.handlerId ?? null,
      releaseHandler,
      update: {
        id: row.id,
        snapshot: result.snapshot,
        state: result.state,
        version,
        leadAgencyId,
        clock,
        columns,
        closed: isFinal(result.snapshot),
        at: event.at,
      },
      history,
      outbox,
      citizenNotice,
    };
  }

  /** Writes one planned event: the claim and the case row, the history, the outbox, in one statement (`writeMany`). */
  async write(tx: EntityManager, p: PlannedEvent): Promise<void> {
    await this.writeMany(tx, [p]);
  }

  /**
   * Writes planned events of different cases (each locked by the caller) in one statement: the case rows (with the
   * handler a claim assigns, or none when a change of lead agency releases the old agency's), the history rows and the outbox rows, each in the order given, as data-modifying parts of
   * one query. One round trip per event, or per batch for the deadline sweeper; the rows are those `apply` always wrote.
   */
  async writeMany(tx: EntityManager, plans: readonly PlannedEvent[]): Promise<void> {
    if (!plans.length) return;
    const u = plans.map((p) => p.update);
    const h = plans.flatMap((p) => p.history);
    const o = plans.flatMap((p) => [
      ...p.outbox.map((x) => ({ topic: x.topic as string, caseId: p.update.id, payload: x.payload as unknown })),
      ...(p.citizenNotice ? [{ topic: CITIZEN_NOTICE_TOPIC, caseId: p.update.id, payload: p.citizenNotice as unknown }] : []),
    ]);
    const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
    await tx.query(
      `WITH history AS (
         INSERT INTO case_events (case_id, seq, type, payload, actor_id, actor_name, actor_role, at, from_state, to_state, note)
         SELECT case_id, seq, type, payload::jsonb, actor_id, actor_name, actor_role, at, from_state, to_state, note
         FROM unnest($16::uuid[], $17::int[], $18::text[], $19::text[], $20::uuid[], $21::text[], $22::text[], $23::timestamptz[], $24::text[], $25::text[],
           $26::text[]) AS v(case_id, seq, type, payload, actor_id, actor_name, actor_role, at, from_state, to_state, note)
       ), outbox AS (
         ${outboxInsertSql('$27', '$28', '$29')}
       )
       UPDATE cases c SET snapshot = v.snapshot::jsonb, state = v.state, version = v.version, lead_agency_id = v.lead_agency_id,
         deadline_clock = v.deadline_clock::jsonb, deadline_rule_id = v.deadline_rule_id, rule_set_version = v.rule_set_version,
         clock_started_at = v.clock_started_at, due_at = v.due_at, due_soon_at = v.due_soon_at, next_deadline_at = v.next_deadline_at,
         overdue_since = v.overdue_since, closed_at = CASE WHEN v.closed THEN COALESCE(c.closed_at, v.at) ELSE NULL END, updated_at = v.at,
         assigned_handler_id = CASE WHEN v.release_handler THEN NULL ELSE COALESCE(v.claim_handler_id, c.assigned_handler_id) END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::timestamptz[],
         $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::boolean[], $15::timestamptz[], $30::uuid[],
         $31::boolean[])
         AS v(id, snapshot, state, version, lead_agency_id, deadline_clock, deadline_rule_id, rule_set_version, clock_started_at, due_at,
           due_soon_at, next_deadline_at, overdue_since, closed, at, claim_handler_id, release_handler)
       WHERE c.id = v.id`,
      [
        u.map((x) => x.id),
        u.map((x) => json(x.snapshot)),
        u.map((x) => x.state),
        u.map((x) => x.version),
        u.map((x) => x.leadAgencyId),
        u.map((x) => json(x.clock)),
        u.map((x) => x.columns.deadlineRuleId),
        u.map((x) => x.columns.ruleSetVersion),
        u.map((x) => x.columns.clockStartedAt),
        u.map((x) => x.columns.dueAt),
        u.map((x) => x.columns.dueSoonAt),
        u.map((x) => x.columns.nextDeadlineAt),
        u.map((x) => x.columns.overdueSince),
        u.map((x) => x.closed),
        u.map((x) => x.at),
        h.map((x) => x.caseId),
        h.map((x) => x.seq),
        h.map((x) => x.type),
        h.map((x) => JSON.stringify(x.payload)),
        h.map((x) => x.sender.userId),
        h.map((x) => x.sender.name),
        h.map((x) => x.sender.role),
        h.map((x) => x.at),
        h.map((x) => x.fromState),
        h.map((x) => x.toState),
        h.map((x) => x.note),
        o.map((x) => x.topic),
        o.map((x) => x.caseId),
        o.map((x) => JSON.stringify(x.payload)),
        plans.map((p) => p.claimHandlerId),
        plans.map((p) => p.releaseHandler),
      ],
    );
  }

  /**
   * Records a deadline that passed (or is due soon) on a case whose state does not take the deadline event: a final
   * state whose clock still runs, or a state a later machine version gives no deadline events. The fact must still
   * count (the weekly counters and the reports read DEADLINE_PASSED history rows, escalation reads the context), so it
   * is written as `apply` writes an accepted deadline event, in the caller's transaction: the clock's fired mark and
   * columns, a new version, the fact in the snapshot's context (a plain jsonb key the machine itself assigns, so the
   * snapshot still restores), a history row with the state unchanged, and the outbox notification.
   * A limit that binds the citizen (`bindsCitizen`) is no agency's overdue: only the clock is marked, as before, since a
   * DEADLINE_PASSED row would count in `became_overdue` and in "was overdue" reports.
   */
  async recordDeadlineFact(
    tx: EntityManager,
    row: CaseRow,
    sender: EventSender,
    type: DeadlineEventType,
    payload: DeadlineFactPayload,
    at: Date,
  ): Promise<AppliedEvent | null> {
    const clock = row.deadline_clock
      ? { ...row.deadline_clock, [type === 'DEADLINE_PASSED' ? 'passedAt' : 'warnedAt']: at.toISOString() }
      : null;
    const columns = this.columns(clock, row.remote_area);
    if (!clock || bindsCitizen(clock.ruleId)) {
      await tx.query(`UPDATE cases SET deadline_clock = $2, next_deadline_at = $3, overdue_since = $4 WHERE id = $1`, [
        row.id,
        clock,
        columns.nextDeadlineAt,
        columns.overdueSince,
      ]);
      return null;
    }
    const version = row.version + 1;
    const fact = { at: at.toISOString(), ...payload };
    await tx.query(
      `UPDATE cases SET snapshot = jsonb_set(snapshot, ARRAY['context', $6::text], $7::jsonb), version = $5, deadline_clock = $2,
         next_deadline_at = $3, overdue_since = $4, updated_at = $8
       WHERE id = $1`,
      [row.id, clock, columns.nextDeadlineAt, columns.overdueSince, version, DEADLINE_CONTEXT_KEY[type], JSON.stringify(fact), at],
    );
    await insertHistory(tx, row.id, version, type, { ...payload }, sender, at, row.state, row.state, DEADLINE_FACT_NOTE[type]);
    await this.enqueue(tx, DEADLINE_TOPIC[type], row, row.lead_agency_id, columns.dueAt);
    return { version, state: row.state, seq: version };
  }

  /**
   * Sends a case awaiting triage to an agency without a machine event (the leader's direction on the visit it came
   * from): the lead agency changes, the history records it as `ROUTED`, and the agency is notified.
   */
  async route(tx: EntityManager, caseId: string, agencyId: string, sender: EventSender, at: Date, fromCaseId: string): Promise<void> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows]: [(Pick<CaseRow, 'id' | 'code' | 'type' | 'state' | 'version' | 'commune_id'> & { due_at: Date | null })[], number] =
      await tx.query(
        `UPDATE cases SET lead_agency_id = $2, version = version + 1, updated_at = $3 WHERE id = $1
       RETURNING id, code, type, state, version, commune_id, due_at`,
        [caseId, agencyId, at],
      );
    const c = rows[0];
    if (!c) return;
    await insertHistory(tx, caseId, c.version, ROUTED_EVENT, { agencyId, fromCaseId }, sender, at, c.state, c.state, null);
    await this.enqueue(tx, 'case.assigned', c, agencyId, c.due_at ? new Date(c.due_at) : null);
  }

  /** One outbox row about a case: identifiers and the public code only, never personal data. */
  async enqueue(
    tx: EntityManager,
    topic: OutboxTopic,
    row: Pick<CaseRow, 'id' | 'code' | 'type' | 'commune_id'>,
    agencyId: string | null,
    dueAt: Date | null,
  ): Promise<void> {
    await this.notifications.enqueue(tx, topic, this.outboxPayload(row, agencyId, dueAt));
  }

  private outboxPayload(
    row: Pick<CaseRow, 'id' | 'code' | 'type' | 'commune_id'>,
    agencyId: string | null,
    dueAt: Date | null,
  ): CaseOutboxPayload {
    return {
      caseId: row.id,
      code: row.code,
      caseType: row.type,
      agencyId,
      communeId: row.commune_id,
      dueAt: dueAt?.toISOString() ?? null,
    };
  }

  /** Deadline columns for a clock; a rule refusal (e.g. an extension beyond the law's limit) becomes a 422. */
  columns(clock: DeadlineClockState | null, remote: boolean): ReturnType<typeof deadlineColumns> {
    try {
      return deadlineColumns(clock, remote, this.calendar);
    } catch (error) {
      if (error instanceof DeadlineRuleError) throw CaseErrors.deadlineRefused(error.messages.vi, error.messages.en);
      throw error;
    }
  }
}

function isFinal(snapshot: unknown): boolean {
  return (snapshot as { status?: string }).status === 'done';
}

export async function insertHistory(
  tx: EntityManager,
  caseId: string,
  seq: number,
  type: string,
  payload: Record<string, unknown>,
  sender: EventSender,
  at: Date,
  fromState: string | null,
  toState: string,
  note: string | null,
): Promise<void> {
  await tx.query(
    `INSERT INTO case_events (case_id, seq, type, payload, actor_id, actor_name, actor_role, at, from_state, to_state, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [caseId, seq, type, payload, sender.userId, sender.name, sender.role, at, fromState, toState, note],
  );
}
