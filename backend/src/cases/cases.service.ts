import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  REASSIGN_AGENCY_EVENT,
  type AgencyKind,
  type CaseDeciderDto,
  type CaseDetailDto,
  type CaseFollowUpsDto,
  type CaseLinkDto,
  type HandoffKind,
  type CaseLinkRelation,
  type CaseEventDto,
  type CasePage,
  type CasePartyDto,
  type CaseSummaryDto,
  type CaseType,
} from '@tiep-dan/contracts';
import {
  allowedEventsWithLabels,
  blockedEvents,
  caseFactsDto,
  canSend,
  CITIZEN_RULE_IDS,
  deadlineStatus,
  EVENT_LABELS,
  isDecidersEvent,
  limitationDaysLate,
  pendingPartyOf,
  vnDateOf,
  type ComplaintContext,
  type DeadlineClockState,
} from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import { caseScopeOf, isReadOnly, type Actor } from '../access/actor';
import { SecurityAuditService } from '../platform/audit/security-audit.service';
import { Clock } from '../platform/clock/clock';
import { IdentityCipher } from '../platform/crypto/identity-cipher';
import { ReadDatabase } from '../platform/database/read-database';
import { CASE_ROW_COLUMNS, CaseEngine, ROUTED_EVENT, type CaseRow, type PlannedEvent } from './case-engine';
import { IntakeService, senderOf } from './intake.service';
import { checkPayloadReferences } from './payload-references';
import { REMINDER_EVENT } from './reminders.service';
import { deciderDto, deciderOf, leadAgencyKind, holdsSeat, seatHoldersSql, seatOf, type SeatHolders } from './competence';
import { HandoffService, reDenunciationGround, type FollowUpRequest } from './handoffs.service';
import { availableNotices } from './case-notices';
import { scopeCondition } from './case-scope';
import { CaseErrors } from './cases.errors';
import { asLostRace, lockIdempotencyKey, storedResponse, storeResponse } from './idempotency';
import type { ApplyCaseEventDto, CaseListQueryDto, CreateCaseDto, ReDenunciationDto, SecondComplaintDto } from './dto/case.dto';
import { lifecycleOf, stateLabel, takesEvent } from './machine-descriptions';
import { ensureOwnership } from './ownership';
import { PENDING_PARTY_SQL } from './pending-party-sql';
import { toPrefixQuery } from './search-text';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

export interface IdempotentResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/** History rows that are records of the case, not machine events. */
const RECORD_LABELS: Record<string, { vi: string; en: string }> = {
  CREATED: { vi: 'Tiếp nhận hồ sơ', en: 'Case received' },
  [ROUTED_EVENT]: { vi: 'Chuyển cơ quan xử lý theo chỉ đạo', en: 'Routed to the agency by direction' },
  HANDLER_ASSIGNED: { vi: 'Phân công chuyên viên', en: 'Handler assigned' },
  [REMINDER_EVENT]: { vi: 'Đôn đốc giải quyết', en: 'Reminder to the agency' },
};

/** What the reveal rule reads of a case; `assigned_by_*` is the actor of the latest HANDLER_ASSIGNED record. */
export interface RevealCaseFacts {
  lead_agency_id: string | null;
  lead_agency_kind: string | null;
  assigned_handler_id: string | null;
  assigned_by_id: string | null;
  assigned_by_role: string | null;
  commune_id: string;
}
const ASSIGNERS_WHO_APPROVE = ['agency_head', 'leader'];
/** Who gave the case to its current handler, for `mayRevealIdentity` (select it with the case row `c`). */
const ASSIGNER_COLUMNS = `(SELECT e.actor_id FROM case_events e WHERE e.case_id = c.id AND e.type = 'HANDLER_ASSIGNED' ORDER BY e.seq DESC LIMIT 1) AS assigned_by_id,
  (SELECT e.actor_role FROM case_events e WHERE e.case_id = c.id AND e.type = 'HANDLER_ASSIGNED' ORDER BY e.seq DESC LIMIT 1) AS assigned_by_role`;

/**
 * Who may see a denouncer's identity (Luật Tố cáo 2018, Art. 47: the identity is kept secret; issue "Agencies, people
 * and access"): the handler the case is assigned to, the head of the agency resolving it, and the leader who resolves it
 * (the case's commune leader; a province leader only for a case led by a province-level agency). A coordinating agency
 * (the accused one, for instance) never does, nor does any other handler of the lead agency.
 */
export function mayRevealIdentity(
  actor: Pick<Actor, 'role' | 'userId' | 'agencyId' | 'communeId'>,
  c: RevealCaseFacts,
): boolean {
  const leads = !!c.lead_agency_id && c.lead_agency_id === actor.agencyId;
  switch (actor.role) {
    case 'agency_handler':
      // Taking a case oneself does not qualify: the head (or a leader) must have given it to this handler.
      return leads && c.assigned_handler_id === actor.userId && c.assigned_by_id !== actor.userId && ASSIGNERS_WHO_APPROVE.includes(c.assigned_by_role ?? '');
    case 'agency_head':
      return leads;
    case 'leader':
      return actor.communeId !== null ? actor.communeId === c.commune_id : c.lead_agency_kind === 'province' || c.lead_agency_kind === 'department';
    default:
      return false;
  }
}

export interface SummaryRow {
  id: string;
  code: string;
  type: CaseType;
  state: string;
  version: number;
  machine_version: number;
  category: CaseSummaryDto['category'];
  channel: CaseSummaryDto['channel'];
  summary: string;
  commune_id: string;
  neighbourhood_id: string | null;
  lead_agency_id: string | null;
  lead_agency_name: string | null;
  received_at: Date;
  deadline_rule_id: string | null;
  due_at: Date | null;
  due_soon_at: Date | null;
  overdue_since: Date | null;
  deadline_clock: DeadlineClockState | null;
  closed_at: Date | null;
  citizen_name: string | null;
}

export const SUMMARY_COLUMNS = `c.id, c.code, c.type, c.state, c.version, c.machine_version, c.category, c.channel, c.summary, c.commune_id,
  c.neighbourhood_id, c.lead_agency_id, a.name AS lead_agency_name, c.received_at, c.deadline_rule_id, c.due_at, c.due_soon_at,
  c.overdue_since, c.deadline_clock, c.closed_at,
  CASE WHEN c.type = 'denunciation' THEN NULL ELSE (SELECT p.full_name FROM case_parties p WHERE p.case_id = c.id ORDER BY p.role DESC, p.id LIMIT 1) END AS citizen_name`;

/** The case page's columns beside the engine's (CASE_ROW_COLUMNS) and the lead agency's kind: `a` is the lead agency. */
const DETAIL_COLUMNS = `c.category, c.channel, c.summary, c.neighbourhood_id, a.name AS lead_agency_name, c.received_at, c.deadline_rule_id, c.due_at,
  c.due_soon_at, c.overdue_since, c.closed_at,
  CASE WHEN c.type = 'denunciation' THEN NULL ELSE (SELECT p.full_name FROM case_parties p WHERE p.case_id = c.id ORDER BY p.role DESC, p.id LIMIT 1) END AS citizen_name,
  c.content, c.group_size, c.coordinating_agency_ids, c.machine_id, c.duplicate_of, c.second_complaint_of, c.forwarded_from,
  EXISTS (SELECT 1 FROM confidential_identities ci WHERE ci.case_id = c.id) AS has_identity, c.opened_from_case_id, c.letter_id,
  c.handed_off_from_case_id, c.handoff_kind,
  (SELECT json_build_object('id', l.id, 'code', l.code, 'channel', l.channel, 'receivedAt', l.received_at) FROM letters l
   WHERE l.id = c.letter_id) AS letter,
  ${ASSIGNER_COLUMNS},
  COALESCE((SELECT json_agg(json_build_object('role', p.role, 'full_name', p.full_name, 'id_number', p.id_number,
      'address', p.address, 'phone', p.phone) ORDER BY p.role DESC, p.id)
    FROM case_parties p WHERE p.case_id = c.id), '[]'::json) AS parties,
  COALESCE((SELECT json_agg(json_build_object('seq', e.seq, 'type', e.type, 'payload', e.payload, 'actor_name', e.actor_name,
      'actor_full_name', (SELECT u.full_name FROM users u WHERE u.id = e.actor_id),
      'session_date', (SELECT to_char(s.session_date, 'YYYY-MM-DD') FROM reception_sessions s WHERE s.id::text = e.payload ->> 'sessionId'),
      'actor_role', e.actor_role, 'at', e.at, 'from_state', e.from_state, 'to_state', e.to_state, 'note', e.note) ORDER BY e.seq)
    FROM case_events e WHERE e.case_id = c.id), '[]'::json) AS history`;

/** A case row with the case page's columns (CASE_ROW_COLUMNS, the lead agency's kind, DETAIL_COLUMNS). */
type DetailRow = SummaryRow & {
  content: string;
  group_size: number;
  province_id: string;
  coordinating_agency_ids: string[];
  machine_id: string;
  remote_area: boolean;
  snapshot: { context?: Record<string, unknown> };
  duplicate_of: string | null;
  second_complaint_of: string | null;
  forwarded_from: string | null;
  has_identity: boolean;
  opened_from_case_id: string | null;
  handed_off_from_case_id: string | null;
  handoff_kind: HandoffKind | null;
  letter_id: string | null;
  letter: { id: string; code: string; channel: CaseSummaryDto['channel']; receivedAt: string } | null;
  assigned_handler_id: string | null;
  assigned_by_id: string | null;
  assigned_by_role: string | null;
  lead_agency_kind: AgencyKind | null;
  /** The caller's full name, read with the lock for the history rows an event adds (`pageAfter`). */
  actor_full_name?: string | null;
  parties: { role: CasePartyDto['role']; full_name: string; id_number: string | null; address: string | null; phone: string | null }[];
  history: {
    seq: number;
    type: string;
    payload: Record<string, unknown>;
    actor_name: string | null;
    actor_full_name: string | null;
    session_date: string | null;
    actor_role: CaseEventDto['actorRole'];
    at: string;
    from_state: string | null;
    to_state: string;
    note: string | null;
  }[];
};

/** An event applied under the case's lock: the row as locked, what the engine wrote, whether a handoff followed. */
interface LockedEvent {
  row: CaseRow & Partial<DetailRow>;
  planned: PlannedEvent;
  handedOff: boolean;
}

@Injectable()
export class CasesService {
  constructor(
    private readonly engine: CaseEngine,
    private readonly clock: Clock,
    private readonly audit: SecurityAuditService,
    @Inject(IdentityCipher) private readonly cipher: IdentityCipher,
    private readonly intake: IntakeService,
    private readonly handoffs: HandoffService,
    /** Lists read from a replica when there is one; a case's detail always from the primary (read-database.ts). */
    private readonly reads: ReadDatabase,
  ) {}

  private get db() {
    return this.engine.db;
  }

  // ---- create ------------------------------------------------------------------------------------------------------

  async create(actor: Actor, body: CreateCaseDto, idempotencyKey?: string): Promise<IdempotentResult<CaseDetailDto>> {
    const result = await this.idempotent(actor, idempotencyKey, 'POST /api/cases', body, 201, async (tx) => {
      // A second complaint is no free-standing case: it follows a first one, at the next level, within its window.
      if (body.secondComplaintOf || body.level === 'second') {
        if (!body.secondComplaintOf) throw CaseErrors.invalid('secondComplaintOf', 'Khiếu nại lần hai phải chỉ rõ hồ sơ lần đầu', 'A second complaint names the first one');
        if (body.type !== 'complaint') throw CaseErrors.invalid('type', 'Chỉ khiếu nại có khiếu nại lần hai', 'Only complaints have a second complaint');
        return { id: await this.handoffs.secondComplaint(tx, actor, body.secondComplaintOf, followUpOf(body)) };
      }
      return { id: await this.intake.open(tx, actor, body) };
    });
    return { ...result, body: await this.get(actor, result.body.id) };
  }

  /** A second complaint on a first one, opened at the province in one transaction (Luật Khiếu nại 2011 Art. 33). */
  async fileSecondComplaint(actor: Actor, firstId: string, body: SecondComplaintDto, idempotencyKey?: string): Promise<IdempotentResult<CaseDetailDto>> {
    this.mayFollowUp(actor);
    const result = await this.idempotent(actor, idempotencyKey, `POST /api/cases/${firstId}/second-complaint`, body, 201, async (tx) => ({
      id: await this.handoffs.secondComplaint(tx, actor, firstId, body),
    }));
    return { ...result, body: await this.get(actor, result.body.id) };
  }

  /** A re-denunciation at the next level, showing the earlier conclusion (Luật Tố cáo 2018 Art. 37). */
  async fileReDenunciation(actor: Actor, earlierId: string, body: ReDenunciationDto, idempotencyKey?: string): Promise<IdempotentResult<CaseDetailDto>> {
    this.mayFollowUp(actor);
    const result = await this.idempotent(actor, idempotencyKey, `POST /api/cases/${earlierId}/re-denunciation`, body, 201, async (tx) => ({
      id: await this.handoffs.reDenunciation(tx, actor, earlierId, body),
    }));
    return { ...result, body: await this.get(actor, result.body.id) };
  }

  /** Who records a citizen's letter at the next level: the people who take in letters (never inspectors or teams). */
  private mayFollowUp(actor: Actor): void {
    if (!['reception_officer', 'leader', 'agency_handler', 'agency_head'].includes(actor.role)) throw CaseErrors.createForbidden();
  }

  /** Applies an event inside the caller's transaction with the same checks as `applyEvent` (scope, lock, version). */
  async applyEventInTransaction(tx: EntityManager, actor: Actor, caseId: string, body: ApplyCaseEventDto): Promise<void> {
    await this.applyLocked(tx, actor, caseId, body);
  }

  // ---- events ------------------------------------------------------------------------------------------------------

  /**
   * Applies an event and answers with the case page. The page is built from what the transaction holds (the case row
   * read with its lock, the parties and the history beside it, the snapshot, deadline and history rows just written),
   * not read again; a replayed answer, and an event whose effects reach beyond the row (see `pageAfter`), read it anew.
   */
  async applyEvent(actor: Actor, caseId: string, body: ApplyCaseEventDto, idempotencyKey?: string): Promise<IdempotentResult<CaseDetailDto>> {
    let page: CaseDetailDto | null = null;
    const result = await this.idempotent(actor, idempotencyKey, `POST /api/cases/${caseId}/events`, body, 200, async (tx) => {
      const applied = await this.applyLocked(tx, actor, caseId, body, true);
      page = await this.pageAfter(tx, actor, body, applied);
      return { id: caseId };
    });
    return { ...result, body: (!result.replayed && page) || (await this.get(actor, caseId)) };
  }

  /**
   * Checks and applies one event to the case locked here. With `answer`, the lock also reads the case page's columns
   * (`DETAIL_COLUMNS`), and an event refused because the case moved while this request waited for the lock is a lost
   * race (409 with the current version): the version read with the lock, as the statement began, tells (`seen_version`).
   */
  private async applyLocked(tx: EntityManager, actor: Actor, caseId: string, body: ApplyCaseEventDto, answer = false): Promise<LockedEvent> {
    const row = await this.lockInScope(tx, actor, caseId, answer);
    if (isReadOnly(actor)) throw CaseErrors.readOnly();
    // Agency staff act on the cases their agency leads; a coordinating agency follows the case but does not move it.
    if ((actor.role === 'agency_handler' || actor.role === 'agency_head') && row.lead_agency_id !== actor.agencyId) throw CaseErrors.eventForbidden(body.type);
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
    const planned = await this.engine.applyPlanned(tx, row, { ...senderOf(actor), decides }, {
      type: body.type,
      payload,
      note: body.note?.trim() || null,
      ...(body.expectedVersion !== undefined ? { expectedVersion: body.expectedVersion } : {}),
      at: this.clock.now(),
    }).catch(async (error: unknown) => {
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
  private async pageAfter(tx: EntityManager, actor: Actor, body: ApplyCaseEventDto, { row, planned, handedOff }: LockedEvent): Promise<CaseDetailDto | null> {
    const detail = row as CaseRow & Partial<DetailRow>;
    const u = planned.update;
    if (handedOff || !detail.history || row.seen_version !== row.version || u.leadAgencyId !== row.lead_agency_id || body.payload?.['sessionId'] !== undefined)
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
    return this.describe(tx, actor, after, u.columns);
  }

  /** A complaint filed after the 90-day limitation is refused with its reason, unless an obstacle is recorded (Art. 9). */
  /** Minutes record a dialogue that took place: not before the day it was set for (Vietnam calendar days). */
  private checkDialogueDay(row: CaseRow): void {
    const date = (row.snapshot as { context?: ComplaintContext }).context?.dialogue?.date;
    if (date && date.slice(0, 10) > vnDateOf(this.clock.now())) throw CaseErrors.dialogueNotHeldYet(date.slice(0, 10));
  }

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
  private async followDirection(tx: EntityManager, actor: Actor, row: CaseRow, eventType: string, payload: Record<string, unknown>): Promise<void> {
    if (eventType !== 'ASSIGN' && eventType !== 'GUIDE') return;
    const matters: { content_type: string; statutory_id: string | null; statutory_type: CaseType | null; statutory_state: string | null }[] = await tx.query(
      `SELECT vc.content_type, s.id AS statutory_id, s.type AS statutory_type, s.state AS statutory_state
       FROM reception_visit_cases vc LEFT JOIN cases s ON s.opened_from_case_id = vc.case_id WHERE vc.case_id = $1`,
      [row.id],
    );
    const matter = matters[0];
    if (!matter) return;
    const waiting = matter.statutory_id !== null && matter.statutory_state === 'received';
    if (eventType === 'ASSIGN' && typeof payload['agencyId'] === 'string') {
      const agencyId = payload['agencyId'];
      if (matter.statutory_id && waiting) await this.engine.route(tx, matter.statutory_id, agencyId, senderOf(actor), this.clock.now(), row.id);
      else if (!matter.statutory_id && (matter.content_type === 'proposal' || matter.content_type === 'reflection'))
        await this.openAssignedPetition(tx, actor, row.id, matter.content_type, agencyId);
    }
    if (eventType === 'GUIDE' && matter.statutory_id && waiting && typeof payload['body'] === 'string') {
      const next =
        matter.statutory_type === 'denunciation'
          ? { type: 'FORWARD', payload: { toBody: payload['body'] } }
          : { type: 'TRIAGE_GUIDE', payload: { body: payload['body'] } };
      await this.applyLocked(tx, actor, matter.statutory_id, next);
    }
  }

  /** A proposal or reflection brought to the desk becomes its own case once assigned, accepted for that agency. */
  private async openAssignedPetition(tx: EntityManager, actor: Actor, receptionCaseId: string, type: 'proposal' | 'reflection', agencyId: string): Promise<void> {
    const rows: {
      category: CaseSummaryDto['category'];
      summary: string;
      content: string;
      received_at: Date;
      neighbourhood_id: string | null;
      group_size: number;
      commune_id: string;
      parties: { role: string; fullName: string; idNumber?: string; address?: string; phone?: string }[];
    }[] = await tx.query(
      `SELECT c.category, c.summary, c.content, c.received_at, c.neighbourhood_id, c.group_size, c.commune_id,
         COALESCE((SELECT json_agg(json_strip_nulls(json_build_object('role', p.role, 'fullName', p.full_name, 'idNumber', p.id_number,
           'address', p.address, 'phone', p.phone)) ORDER BY p.id) FROM case_parties p WHERE p.case_id = c.id), '[]'::json) AS parties
       FROM cases c WHERE c.id = $1`,
      [receptionCaseId],
    );
    const r = rows[0];
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

  /**
   * Locks the case row for this transaction; 404 when it does not exist or lies outside the caller's scope. One
   * statement also reads the version as the statement began (before any wait for the lock: `seen_version`), the lead
   * agency's kind and, for the answer to an event, the case page's columns and the caller's full name.
   */
  private async lockInScope(tx: EntityManager, actor: Actor, caseId: string, detail = false): Promise<CaseRow & Partial<DetailRow>> {
    const params: unknown[] = [caseId];
    const scope = scopeCondition(caseScopeOf(actor), params);
    params.push(actor.userId);
    const rows: (CaseRow & Partial<DetailRow>)[] = await tx.query(
      `SELECT ${CASE_ROW_COLUMNS}, (SELECT s.version FROM cases s WHERE s.id = $1) AS seen_version, a.kind AS lead_agency_kind
         ${detail ? `, ${DETAIL_COLUMNS}, (SELECT u.full_name FROM users u WHERE u.id = $${params.length}) AS actor_full_name` : ''}
       FROM cases c LEFT JOIN agencies a ON a.id = c.lead_agency_id
       WHERE c.id = $1 AND ${scope} FOR UPDATE OF c`,
      detail ? params : params.slice(0, -1),
    );
    if (!rows[0]) throw CaseErrors.notFound();
    return rows[0];
  }

  /**
   * Runs `work` in a transaction that also stores the response under (actor, key). A retry with the same key and body
   * gets the first response back and writes nothing; the same key with another body is refused.
   */
  private async idempotent<T>(
    actor: Actor,
    key: string | undefined,
    route: string,
    body: unknown,
    status: number,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<IdempotentResult<T>> {
    if (!key) return { status, body: await this.db.transaction((tx) => work(tx)), replayed: false };
    if (key.length > 200) throw CaseErrors.invalid('Idempotency-Key', 'Khóa tối đa 200 ký tự', 'At most 200 characters');
    const hash = createHash('sha256').update(`${route}\n${JSON.stringify(body)}`).digest('hex');
    const earlier = await storedResponse<T>(this.db.manager, actor.userId, key, hash);
    if (earlier) return { ...earlier, replayed: true };
    // Same-key requests take turns; whoever comes second finds the first one's answer once it has committed.
    return this.db.transaction(async (tx) => {
      await lockIdempotencyKey(tx, actor.userId, key);
      const first = await storedResponse<T>(tx, actor.userId, key, hash);
      if (first) return { ...first, replayed: true };
      const value = await work(tx);
      await storeResponse(tx, actor.userId, key, hash, { status, body: value }, this.clock.now());
      return { status, body: value, replayed: false };
    });
  }

  // ---- read --------------------------------------------------------------------------------------------------------

  async list(actor: Actor, query: CaseListQueryDto): Promise<CasePage> {
    const params: unknown[] = [];
    const where = [scopeCondition(caseScopeOf(actor), params)];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (query.type) add((n) => `c.type = $${n}`, query.type);
    if (query.state) add((n) => `(c.state = $${n} OR c.state LIKE $${n} || '.%')`, query.state);
    if (query.agencyId) add((n) => `(c.lead_agency_id = $${n} OR $${n} = ANY(c.coordinating_agency_ids))`, query.agencyId);
    if (query.communeId) add((n) => `c.commune_id = $${n}`, query.communeId);
    if (query.neighbourhoodId) add((n) => `c.neighbourhood_id = $${n}`, query.neighbourhoodId);
    if (query.category) add((n) => `c.category = $${n}`, query.category);
    if (query.receivedFrom) add((n) => `c.received_at >= $${n}`, new Date(query.receivedFrom));
    if (query.receivedTo) add((n) => `c.received_at < $${n}`, new Date(query.receivedTo));
    if (query.open === true) where.push('c.closed_at IS NULL');
    if (query.open === false) where.push('c.closed_at IS NOT NULL');
    if (query.leadAgencyId) add((n) => `c.lead_agency_id = $${n}`, query.leadAgencyId);
    if (query.noLeadAgency === true) where.push('c.lead_agency_id IS NULL');
    if (query.noNeighbourhood === true) where.push('c.neighbourhood_id IS NULL');
    if (query.pendingParty) add((n) => `${PENDING_PARTY_SQL} = $${n}`, query.pendingParty);
    if (query.closedFrom) add((n) => `c.closed_at >= $${n}`, new Date(query.closedFrom));
    if (query.closedTo) add((n) => `c.closed_at < $${n}`, new Date(query.closedTo));
    if (query.overdue === true) where.push('c.overdue_since IS NOT NULL');
    if (query.overdue === false) where.push('c.overdue_since IS NULL');
    if (query.dueSoon) {
      add((n) => `c.closed_at IS NULL AND c.overdue_since IS NULL AND c.due_soon_at <= $${n} AND c.due_at > $${n}`, this.clock.now());
      add((n) => `c.deadline_rule_id <> ALL($${n}::text[])`, CITIZEN_RULE_IDS);
    }
    const tsQuery = query.q ? toPrefixQuery(query.q) : null;
    if (tsQuery) add((n) => `to_tsvector('simple', c.search_text) @@ to_tsquery('simple', $${n})`, tsQuery);
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      params.push(cursor.receivedAt, cursor.id);
      where.push(`(c.received_at, c.id) < ($${params.length - 1}, $${params.length})`);
    }
    const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
    params.push(limit + 1);
    const rows: SummaryRow[] = await this.reads.query(
      `SELECT ${SUMMARY_COLUMNS} FROM cases c LEFT JOIN agencies a ON a.id = c.lead_agency_id
       WHERE ${where.join(' AND ')} ORDER BY c.received_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => this.toSummary(r)),
      nextCursor: rows.length > limit && last ? encodeCursor(new Date(last.received_at), last.id) : null,
    };
  }

  async get(actor: Actor, caseId: string): Promise<CaseDetailDto> {
    const params: unknown[] = [caseId];
    // One round trip: the case, its parties and its history together.
    const rows: DetailRow[] = await this.db.query(
      `SELECT ${CASE_ROW_COLUMNS}, a.kind AS lead_agency_kind, ${DETAIL_COLUMNS} FROM cases c LEFT JOIN agencies a ON a.id = c.lead_agency_id
       WHERE c.id = $1 AND ${scopeCondition(caseScopeOf(actor), params)}`,
      params,
    );
    const row = rows[0];
    if (!row) throw CaseErrors.notFound();
    return this.describe(this.db.manager, actor, row, this.engine.columns(row.deadline_clock, row.remote_area));
  }

  /** The case page of a detail row; the decider's people and the linked cases are read with `manager`. */
  private async describe(manager: EntityManager, actor: Actor, row: DetailRow, columns: ReturnType<CaseEngine['columns']>): Promise<CaseDetailDto> {
    const { parties, history } = row;
    const context = { ...(row.snapshot.context ?? {}) };
    const { decider, links } = await this.deciderAndLinks(manager, actor, row);
    // A handler sees no action on a case another handler of the agency holds (ownership.ts would refuse it).
    const actsHere = !(isReadOnly(actor) || (actor.role === 'agency_handler' && row.assigned_handler_id !== null && row.assigned_handler_id !== actor.userId));
    return {
      ...this.toSummary(row),
      content: row.content,
      groupSize: row.group_size,
      provinceId: row.province_id,
      coordinatingAgencyIds: row.coordinating_agency_ids,
      machineId: row.machine_id,
      machineVersion: row.machine_version,
      remoteArea: row.remote_area,
      parties: parties.map((p) => ({ role: p.role, fullName: p.full_name, idNumber: p.id_number, address: p.address, phone: p.phone })),
      hasConfidentialIdentity: row.has_identity,
      canRevealIdentity: row.has_identity && mayRevealIdentity(actor, row),
      related: { duplicateOf: row.duplicate_of, secondComplaintOf: row.second_complaint_of, forwardedFrom: row.forwarded_from },
      links,
      decider,
      followUps: this.followUps(row.type, context, row.remote_area, links),
      letter: row.letter ? { ...row.letter, receivedAt: new Date(row.letter.receivedAt).toISOString() } : null,
      notices: availableNotices(row.type, row.state, context),
      deadline: columns.explanation,
      history: history.map((h) => ({
        seq: h.seq,
        type: h.type,
        label: EVENT_LABELS[h.type as keyof typeof EVENT_LABELS] ?? RECORD_LABELS[h.type] ?? { vi: h.type, en: h.type },
        at: new Date(h.at).toISOString(),
        actorName: h.actor_name,
        actorFullName: h.actor_full_name,
        actorRole: h.actor_role,
        fromState: h.from_state,
        toState: h.to_state,
        note: h.note,
        payload: h.payload,
        sessionDate: h.session_date,
      })),
      allowedEvents: actsHere ? allowedEventsWithLabels(row.type, row.machine_version, row.snapshot, actor.role, decider?.isCaller ?? false) : [],
      // What the caller's role would do next but the lifecycle holds back, and why (a dialogue before the draft decision…).
      blockedEvents: actsHere ? blockedEvents(row.type, row.machine_version, row.snapshot, actor.role, decider?.isCaller ?? false) : [],
      lifecycle: lifecycleOf(row.type, row.machine_version),
      context: caseFactsDto(row.type, context),
    };
  }

  /**
   * Who decides the case (the seat's holders, competence.ts) and the cases linked to this one that the caller may open:
   * the reception case it was opened from, the statutory cases it opened, and the other matters of its letter. A denunciation is never listed beside a named matter of the same
   * letter, so the link cannot pair the denouncer with a name (Luật Tố cáo 2018 Art. 47).
   */
  private async deciderAndLinks(
    manager: EntityManager,
    actor: Actor,
    c: DetailRow,
  ): Promise<{ decider: CaseDeciderDto | null; links: CaseLinkDto[] }> {
    const params: unknown[] = [c.id, c.opened_from_case_id, c.letter_id, c.type, c.handed_off_from_case_id, c.handoff_kind];
    const inScope = scopeCondition(caseScopeOf(actor), params, 'l');
    const seat = seatOf(c, c.lead_agency_kind);
    const holders = seatHoldersSql(seat, params);
    // One round trip: the seat's holders (competence.ts) and the linked cases.
    const [found]: {
      holders: SeatHolders | null;
      links: {
        relation: CaseLinkRelation;
        handoff_kind: HandoffKind | null;
        id: string;
        code: string;
        type: CaseType;
        machine_version: number;
        state: string;
        due_at: string | null;
        agency_name: string | null;
        accessible: boolean;
      }[];
    }[] = await manager.query(
      `SELECT ${holders} AS holders, COALESCE((SELECT json_agg(k ORDER BY k.received_at, k.code) FROM (
         SELECT x.relation, x.handoff_kind, l.id, l.code, l.type, l.machine_version, l.state, l.due_at, COALESCE(a.name, cm.name) AS agency_name,
           (${inScope}) AS accessible, l.received_at FROM (
           SELECT 'reception_case' AS relation, NULL::text AS handoff_kind, id FROM cases WHERE id = $2
           UNION ALL SELECT 'statutory_case', NULL, id FROM cases WHERE opened_from_case_id = $1
           UNION ALL SELECT 'same_letter', NULL, id FROM cases WHERE letter_id = $3 AND id <> $1
           UNION ALL SELECT 'handed_off_to', handoff_kind, id FROM cases WHERE handed_off_from_case_id = $1
           UNION ALL SELECT 'handed_off_from', $6::text, id FROM cases WHERE id = $5
         ) x JOIN cases l ON l.id = x.id LEFT JOIN agencies a ON a.id = l.lead_agency_id LEFT JOIN agencies cm ON cm.id = l.commune_id
         WHERE (x.relation <> 'same_letter' OR (l.type <> 'denunciation' AND $4 <> 'denunciation'))
           AND (x.relation IN ('handed_off_to', 'handed_off_from') OR ${inScope})
       ) k), '[]'::json) AS links`,
      params,
    );
    const rows = found?.links ?? [];
    // A handoff is shown either way (where the case went, where it came from); one outside the caller's scope says
    // only its code, type, state and agency, and cannot be opened.
    const decider = seat ? deciderDto(actor, seat, found?.holders ?? null) : null;
    const links = rows.map((r) => ({
      relation: r.relation,
      ...(r.handoff_kind ? { handoffKind: r.handoff_kind } : {}),
      caseId: r.id,
      code: r.code,
      type: r.type,
      state: r.state,
      stateLabel: stateLabel(r.type, r.machine_version, r.state),
      dueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
      agencyName: r.agency_name,
      accessible: r.accessible === true,
    }));
    return { decider, links };
  }

  /** What may follow the case at the next level now, for the case page (the follow-up routes check it again). */
  private followUps(type: CaseType, context: Record<string, unknown>, remote: boolean, links: CaseLinkDto[]): CaseFollowUpsDto {
    const filed = (kind: HandoffKind) => links.find((l) => l.relation === 'handed_off_to' && l.handoffKind === kind)?.caseId ?? null;
    const window = type === 'complaint' ? this.handoffs.secondComplaintWindow(context, remote) : null;
    const ground = type === 'denunciation' ? reDenunciationGround(context) : null;
    return {
      secondComplaint: window
        ? { windowOpenedAt: window.openedAt.toISOString(), windowEndsAt: window.endsAt.toISOString(), basis: window.basis, filedCaseId: filed('second_complaint') }
        : null,
      reDenunciation: ground ? { ground, filedCaseId: filed('re_denunciation') } : null,
    };
  }

  /**
   * The denouncer's identity, for the case's assigned handler (or their head) and the resolving leader only; every reveal
   * is written to the security audit log with the reason, in the same transaction as the read.
   */
  async revealIdentity(actor: Actor, caseId: string, reason: string, ip: string | null): Promise<Record<string, unknown>> {
    const audit = (action: 'identity.reveal' | 'identity.reveal_refused', tx?: EntityManager) =>
      this.audit.record({ action, actorId: actor.userId, actorUsername: actor.username, targetType: 'case', targetId: caseId, ip, details: { reason } }, tx);
    const outcome = await this.db.transaction(async (tx) => {
      const params: unknown[] = [caseId];
      const rows: (RevealCaseFacts & { ciphertext: string | null })[] =
        await tx.query(
          `SELECT c.lead_agency_id, la.kind AS lead_agency_kind, c.assigned_handler_id, ${ASSIGNER_COLUMNS}, c.commune_id, ci.ciphertext FROM cases c
           LEFT JOIN agencies la ON la.id = c.lead_agency_id
           LEFT JOIN confidential_identities ci ON ci.case_id = c.id
           WHERE c.id = $1 AND ${scopeCondition(caseScopeOf(actor), params)}`,
          params,
        );
      const row = rows[0];
      if (!row) throw CaseErrors.notFound();
      if (!mayRevealIdentity(actor, row)) return null;
      if (!row.ciphertext) throw CaseErrors.noIdentity();
      await audit('identity.reveal', tx);
      return JSON.parse(this.cipher.decrypt(row.ciphertext, caseId)) as Record<string, unknown>;
    });
    if (outcome) return outcome;
    // A refused attempt reveals nothing but is itself a security fact: recorded after the read transaction.
    await audit('identity.reveal_refused');
    throw CaseErrors.identityNotAllowed();
  }

  /** The list shape of a case row selected with SUMMARY_COLUMNS (also the agency inbox's). */
  toSummary(r: SummaryRow): CaseSummaryDto {
    return {
      id: r.id,
      code: r.code,
      type: r.type,
      state: r.state,
      stateLabel: stateLabel(r.type, r.machine_version, r.state),
      version: r.version,
      category: r.category,
      channel: r.channel,
      summary: r.summary,
      communeId: r.commune_id,
      neighbourhoodId: r.neighbourhood_id,
      leadAgencyId: r.lead_agency_id,
      leadAgencyName: r.lead_agency_name,
      receivedAt: new Date(r.received_at).toISOString(),
      deadlineRuleId: r.deadline_rule_id,
      dueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
      dueSoonAt: r.due_soon_at ? new Date(r.due_soon_at).toISOString() : null,
      overdueSince: r.overdue_since ? new Date(r.overdue_since).toISOString() : null,
      deadlineStatus: deadlineStatus(r, this.clock.now()),
      pendingParty: pendingPartyOf(r.type, r.state, r.closed_at === null),
      reassignable: r.closed_at === null && takesEvent(r.type, r.machine_version, r.state, REASSIGN_AGENCY_EVENT),
      closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
      citizenName: r.citizen_name,
    };
  }
}

/** The follow-up fields of a create request (a second complaint through POST /api/cases). */
function followUpOf(body: CreateCaseDto): FollowUpRequest {
  return {
    ...(body.receivedAt ? { receivedAt: body.receivedAt } : {}),
    channel: body.channel,
    category: body.category,
    summary: body.summary,
    ...(body.content ? { content: body.content } : {}),
  };
}

function encodeCursor(receivedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([receivedAt.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): { receivedAt: Date; id: string } {
  try {
    const [receivedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(receivedAt);
    if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('bad cursor');
    return { receivedAt: date, id };
  } catch {
    throw CaseErrors.invalidCursor();
  }
}
