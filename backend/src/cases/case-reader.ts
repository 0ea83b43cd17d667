import { Injectable } from '@nestjs/common';
import type {
  CaseDeciderDto,
  CaseDetailDto,
  CaseFollowUpsDto,
  CaseLinkDto,
  CasePage,
  CaseSummaryDto,
  CaseType,
  HandoffKind,
} from '@tiep-dan/contracts';
import {
  allowedEventsWithLabels,
  blockedEvents,
  caseFactsDto,
  caseFactsOf,
  reDenunciationGround,
  CITIZEN_RULE_IDS,
  EVENT_LABELS,
} from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { Clock } from '../platform/clock/clock';
import { ReadDatabase } from '../platform/database/read-database';
import { CaseEngine, ROUTED_EVENT } from './case-engine';
import { availableNotices } from './case-notices';
import { caseDetailRow, caseSummaries, seatHoldersAndLinks, toSummary, type DetailRow, type SummaryRow } from './case-queries';
import { CaseErrors } from './cases.errors';
import { deciderDto, seatOf } from './competence';
import type { CaseListQueryDto } from './dto/case.dto';
import { HandoffService } from './handoffs.service';
import { mayRevealIdentity } from './identity-reveal.service';
import { lifecycleOf, stateLabel } from './machine-descriptions';
import { PENDING_PARTY_SQL } from './pending-party-sql';
import { REMINDER_EVENT } from './reminders.service';
import { toPrefixQuery } from './search-text';
import { caseScopeSql, may, scopeOf } from '../access/policy';
import { heldByAnotherHandler } from './ownership';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

/** History rows that are records of the case, not machine events. */
const RECORD_LABELS: Record<string, { vi: string; en: string }> = {
  CREATED: { vi: 'Tiếp nhận hồ sơ', en: 'Case received' },
  [ROUTED_EVENT]: { vi: 'Chuyển cơ quan xử lý theo chỉ đạo', en: 'Routed to the agency by direction' },
  HANDLER_ASSIGNED: { vi: 'Phân công chuyên viên', en: 'Handler assigned' },
  [REMINDER_EVENT]: { vi: 'Đôn đốc giải quyết', en: 'Reminder to the agency' },
};

/** The case list and the case page: what the caller may see of cases, and what they may do next. */
@Injectable()
export class CaseReader {
  constructor(
    private readonly engine: CaseEngine,
    private readonly clock: Clock,
    private readonly handoffs: HandoffService,
    /** Lists read from a replica when there is one; a case's detail always from the primary (read-database.ts). */
    private readonly reads: ReadDatabase,
  ) {}

  async list(actor: Actor, query: CaseListQueryDto): Promise<CasePage> {
    const params: unknown[] = [];
    const where = [caseScopeSql(scopeOf(actor, 'case'), params)];
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
    const rows = await caseSummaries(this.reads, where, params, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => this.toSummary(r)),
      nextCursor: rows.length > limit && last ? encodeCursor(new Date(last.received_at), last.id) : null,
    };
  }

  async get(actor: Actor, caseId: string): Promise<CaseDetailDto> {
    const row = await caseDetailRow(this.engine.db, actor, caseId);
    if (!row) throw CaseErrors.notFound();
    return this.describe(this.engine.db.manager, actor, row, this.engine.columns(row.deadline_clock, row.remote_area));
  }

  /** The list shape of a case row selected with SUMMARY_COLUMNS, as of now. */
  toSummary(r: SummaryRow): CaseSummaryDto {
    return toSummary(r, this.clock.now());
  }

  /** The case page of a detail row; the decider's people and the linked cases are read with `manager`. */
  async describe(manager: EntityManager, actor: Actor, row: DetailRow, columns: ReturnType<CaseEngine['columns']>): Promise<CaseDetailDto> {
    const { parties, history } = row;
    const context = { ...(row.snapshot.context ?? {}) };
    const { decider, links } = await this.deciderAndLinks(manager, actor, row);
    // A handler sees no action on a case another handler of the agency holds (ownership.ts would refuse it).
    const actsHere = may(actor, 'case.event') && !heldByAnotherHandler(actor, row);
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
      allowedEvents: actsHere
        ? allowedEventsWithLabels(row.type, row.machine_version, row.snapshot, actor.role, decider?.isCaller ?? false)
        : [],
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
    const seat = seatOf(c, c.lead_agency_kind);
    // One round trip: the seat's holders (competence.ts) and the linked cases.
    const found = await seatHoldersAndLinks(manager, actor, c, seat);
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
  private followUps(type: CaseType, context: unknown, remote: boolean, links: CaseLinkDto[]): CaseFollowUpsDto {
    const filed = (kind: HandoffKind) => links.find((l) => l.relation === 'handed_off_to' && l.handoffKind === kind)?.caseId ?? null;
    const window = type === 'complaint' ? this.handoffs.secondComplaintWindow(caseFactsOf('complaint', context), remote) : null;
    const ground = type === 'denunciation' ? reDenunciationGround(caseFactsOf('denunciation', context)) : null;
    return {
      secondComplaint: window
        ? {
            windowOpenedAt: window.openedAt.toISOString(),
            windowEndsAt: window.endsAt.toISOString(),
            basis: window.basis,
            filedCaseId: filed('second_complaint'),
          }
        : null,
      reDenunciation: ground ? { ground, filedCaseId: filed('re_denunciation') } : null,
    };
  }
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
