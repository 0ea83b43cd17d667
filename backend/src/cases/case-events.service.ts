import { Injectable } from '@nestjs/common';
import type { CaseDetailDto, CaseEventDto } from '@tiep-dan/contracts';
import { canSend, isDecidersEvent, limitationDaysLate, vnDateOf, type ComplaintContext } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { may } from '../access/policy';
import { Clock } from '../platform/clock/clock';
import { visitMatterType } from '../reception/reception-read-model';
import { CaseEngine, type CaseRow, type PlannedEvent } from './case-engine';
import { lockCaseInScope, petitionSource, statutoryCaseOf, type DetailRow } from './case-queries';
import { CaseReader } from './case-reader';
import { CaseErrors } from './cases.errors';
import { deciderOf, holdsSeat, leadAgencyKind, seatOf } from './competence';
import type { ApplyCaseEventDto } from './dto/case.dto';
import { HandoffService } from './handoffs.service';
import { asLostRace } from './idempotency';
import { IntakeService, senderOf } from './intake.service';
import { ensureOwnership } from './ownership';
import { checkPayloadReferences } from './payload-references';

/** An event applied under the case's lock: the row as locked, what the engine wrote, whether a handoff followed. */
export interface LockedEvent {
  row: CaseRow & Partial<DetailRow>;
  planned: PlannedEvent;
  handedOff: boolean;
}

/** Applies events to cases: the checks under the case's lock, the engine's write, and what the event carries on to. */
@Injectable()
export class CaseEventsService {
  constructor(
    private readonly engine: CaseEngine,
    private readonly clock: Clock,
    private readonly intake: IntakeService,
    private readonly handoffs: HandoffService,
    private readonly reader: CaseReader,
  ) {}

  /**
   * Checks and applies one event to the case locked here. With `answer`, the lock also reads the case page's columns
   * (`DETAIL_COLUMNS`), and an event refused because the case moved while this request waited for the lock is a lost
   * race (409 with the current version): the version read with the lock, as the statement began, tells (`seen_version`).
   */
  async applyLocked(tx: EntityManager, actor: Actor, caseId: string, body: ApplyCaseEventDto, answer = false): Promise<LockedEvent> {
    // 404 when the case does not exist or lies outside the caller's scope.
    const row = await lockCaseInScope(tx, actor, caseId, answer);
    if (!row) throw CaseErrors.notFound();
    if (!may(actor, 'case.event')) throw CaseErrors.readOnly();
    // Agency staff act on the cases their agency leads; a coordinating agency follows the case but does not move it.
    if (!may(actor, 'case.event', row)) throw CaseErrors.eventForbidden(body.type);
    await ensureOwnership(tx, actor, row);
    const payload = body.payload ?? {};
    await checkPayloadReferences(tx, actor, row, body.type, payload);
    // Competence is data: whether the caller holds this case's deciding seat, read from the agency tree. The lead
    // agency's kind came with the lock, unless the case moved while this request waited for it (then it is read again).
    const kind = async () => (row.seen_version === row.version ? (row.lead_agency_kind ?? null) : leadAgencyKind(tx, row));
    const seat = isDecidersEvent(row.type, body.type) ? seatOf(row, await kind()) : null;
    const decides = holdsSeat(actor, seat);
    if (seat && !decides && !canSend(row.type, body.type, actor.role)) {
      // The same seat and holders the case page shows (competence.ts), named in the refusal.
      const decider = await deciderOf(tx, actor, row, await kind());
      throw CaseErrors.notDecider(body.type, seat.competence.title, (decider?.people ?? []).map((p) => p.fullName).join(', '));
    }
    if (row.type === 'complaint' && body.type === 'TRIAGE_ACCEPT') this.checkLimitation(row);
    if (row.type === 'complaint' && body.type === 'RECORD_DIALOGUE_MINUTES') this.checkDialogueDay(row);
    const planned = await this.engine
      .applyPlanned(
        tx,
        row,
        { ...senderOf(actor), decides },
        {
          type: body.type,
          payload,
          note: body.note?.trim() || null,
          ...(body.expectedVersion !== undefined ? { expectedVersion: body.expectedVersion } : {}),
          at: this.clock.now(),
        },
      )
      .catch(async (error: unknown) => {
        throw await asLostRace(tx, error, row, body.type, answer ? (row.seen_version ?? null) : null);
      });
    let handedOff = true;
    if (row.type === 'reception') await this.followDirection(tx, actor, row, body.type, payload);
    else handedOff = (await this.handoffs.afterEvent(tx, actor, row, body.type, payload)) !== null;
    return { row, planned, handedOff };
  }

  /**
   * The case page after an event, from the row read with the lock and what the event wrote: the new state, snapshot,
   * deadline columns and version, the handler a claim assigned, the history rows just written after the earlier ones.
   * Null (the page is read after the commit) when the event reached beyond this row: another case opened, routed or
   * led by the direction of a visit, the lead agency changed (the caller's scope and the deciding seat may change
   * with it), a session named in the payload (the history shows its date), or the case moved while this request
   * waited for its lock (what was read beside the row predates the move).
   */
  async pageAfter(
    tx: EntityManager,
    actor: Actor,
    body: ApplyCaseEventDto,
    { row, planned, handedOff }: LockedEvent,
  ): Promise<CaseDetailDto | null> {
    const detail = row as CaseRow & Partial<DetailRow>;
    const u = planned.update;
    if (
      handedOff ||
      !detail.history ||
      row.seen_version !== row.version ||
      u.leadAgencyId !== row.lead_agency_id ||
      body.payload?.['sessionId'] !== undefined
    )
      return null;
    const claimed = planned.claimHandlerId !== null;
    const sender = planned.history[planned.history.length - 1]?.sender;
    const after: DetailRow = {
      ...(detail as DetailRow),
      state: u.state,
      version: u.version,
      snapshot: u.snapshot as DetailRow['snapshot'],
      deadline_clock: u.clock,
      deadline_rule_id: u.columns.deadlineRuleId,
      due_at: u.columns.dueAt,
      due_soon_at: u.columns.dueSoonAt,
      overdue_since: u.columns.overdueSince,
      closed_at: u.closed ? (detail.closed_at ?? u.at) : null,
      assigned_handler_id: planned.claimHandlerId ?? row.assigned_handler_id,
      assigned_by_id: claimed ? (sender?.userId ?? null) : (detail.assigned_by_id ?? null),
      assigned_by_role: claimed ? (sender?.role ?? null) : (detail.assigned_by_role ?? null),
      history: [
        ...detail.history,
        ...planned.history.map((h) => ({
          seq: h.seq,
          type: h.type,
          payload: h.payload,
          actor_name: h.sender.name,
          actor_full_name: h.sender.userId === actor.userId ? (detail.actor_full_name ?? null) : null,
          session_date: null,
          actor_role: h.sender.role as CaseEventDto['actorRole'],
          at: h.at.toISOString(),
          from_state: h.fromState,
          to_state: h.toState,
          note: h.note,
        })),
      ],
    };
    return this.reader.describe(tx, actor, after, u.columns);
  }

  /** Minutes record a dialogue that took place: not before the day it was set for (Vietnam calendar days). */
  private checkDialogueDay(row: CaseRow): void {
    const date = (row.snapshot as { context?: ComplaintContext }).context?.dialogue?.date;
    if (date && date.slice(0, 10) > vnDateOf(this.clock.now())) throw CaseErrors.dialogueNotHeldYet(date.slice(0, 10));
  }

  /** A complaint filed after the 90-day limitation is refused with its reason, unless an obstacle is recorded (Art. 9). */
  private checkLimitation(row: CaseRow): void {
    const context = (row.snapshot as { context?: ComplaintContext }).context;
    if (!context?.limitation || context.limitation.obstacle) return;
    const late = limitationDaysLate(context);
    if (late > 0)
      throw CaseErrors.outOfTime(
        'type',
        `Đơn khiếu nại nộp quá thời hiệu 90 ngày kể từ ngày biết được quyết định (${context.limitation.learnedAt}) ${late} ngày (Điều 9 Luật Khiếu nại 2011): không thụ lý (căn cứ "hết thời hiệu"), trừ khi ghi nhận trở ngại khách quan.`,
        `The complaint was filed ${late} days after the 90-day limitation from ${context.limitation.learnedAt} (Art. 9): refuse it on the time-limit ground, unless an obstacle is recorded.`,
        { daysLate: late, learnedAt: context.limitation.learnedAt },
      );
  }

  /**
   * The leader's direction on a visit's matter carries on to the case of its own type, in the same transaction:
   * assigning routes the complaint or denunciation to the agency (or opens the proposal or reflection there, accepted);
   * guiding the citizen elsewhere guides a complaint, and forwards a denunciation (Luật Tố cáo 2018 Art. 24(2)).
   */
  private async followDirection(
    tx: EntityManager,
    actor: Actor,
    row: CaseRow,
    eventType: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    if (eventType !== 'ASSIGN' && eventType !== 'GUIDE') return;
    // The visit's matter this reception case records (reception's read model), then the case it opened, if any.
    const contentType = await visitMatterType(tx, row.id);
    if (contentType === null) return;
    const statutory = await statutoryCaseOf(tx, row.id);
    const waiting = statutory !== null && statutory.state === 'received';
    if (eventType === 'ASSIGN' && typeof payload['agencyId'] === 'string') {
      const agencyId = payload['agencyId'];
      if (statutory && waiting) await this.engine.route(tx, statutory.id, agencyId, senderOf(actor), this.clock.now(), row.id);
      else if (!statutory && (contentType === 'proposal' || contentType === 'reflection'))
        await this.openAssignedPetition(tx, actor, row.id, contentType, agencyId);
    }
    if (eventType === 'GUIDE' && statutory && waiting && typeof payload['body'] === 'string') {
      const next =
        statutory.type === 'denunciation'
          ? { type: 'FORWARD', payload: { toBody: payload['body'] } }
          : { type: 'TRIAGE_GUIDE', payload: { body: payload['body'] } };
      await this.applyLocked(tx, actor, statutory.id, next);
    }
  }

  /** A proposal or reflection brought to the desk becomes its own case once assigned, accepted for that agency. */
  private async openAssignedPetition(
    tx: EntityManager,
    actor: Actor,
    receptionCaseId: string,
    type: 'proposal' | 'reflection',
    agencyId: string,
  ): Promise<void> {
    const r = await petitionSource(tx, receptionCaseId);
    if (!r) return;
    const strip = (p: (typeof r.parties)[number]) => ({ fullName: p.fullName, idNumber: p.idNumber, address: p.address, phone: p.phone });
    const petitioner = r.parties.find((p) => p.role === 'petitioner');
    const representatives = r.parties.filter((p) => p.role === 'representative').map(strip);
    const id = await this.intake.open(
      tx,
      actor,
      {
        type,
        channel: 'reception',
        category: r.category,
        summary: r.summary,
        ...(r.content ? { content: r.content } : {}),
        receivedAt: new Date(r.received_at).toISOString(),
        communeId: r.commune_id,
        ...(r.neighbourhood_id ? { neighbourhoodId: r.neighbourhood_id } : {}),
        groupSize: r.group_size,
        ...(petitioner ? { petitioner: strip(petitioner) } : {}),
        ...(representatives.length ? { representatives } : {}),
      },
      { openedFromCaseId: receptionCaseId },
    );
    await this.applyLocked(tx, actor, id, { type: 'ACCEPT', payload: { agencyId } });
  }
}
