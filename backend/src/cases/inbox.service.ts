import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  HANDLER_ASSIGNED_EVENT,
  INBOX_TABS,
  type CaseAssigneeDto,
  type CaseAssignmentDto,
  type HandlerLoadDto,
  type InboxFilters,
  type InboxPage,
  type InboxSummaryDto,
  type InboxTab,
  type Role,
} from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import { activeUsersOf, activeUserOf } from '../access/user-read-model';
import { Clock } from '../platform/clock/clock';
import { ReadDatabase } from '../platform/database/read-database';
import { insertHistory } from './case-engine';
import { toSummary } from './case-queries';
import { setAssignedHandler } from './case.repository';
import { CaseErrors } from './cases.errors';
import type { AssignHandlerDto, InboxQueryDto } from './dto/inbox.dto';
import {
  assignmentInScope,
  inboxPage,
  latestAssignerOf,
  openLoads,
  tabCondition,
  tabCounts,
  tabParams,
  type AssignmentRow,
} from './inbox-queries';
import { InboxErrors } from './inbox.errors';
import { senderOf } from './intake.service';
import { toPrefixQuery } from './search-text';
import { caseScopeSql, may, scopeOf } from '../access/policy';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;
/** Who can be given a case inside an agency: its handlers and its head (who may keep a case for themselves). */
const HANDLER_ROLES: Role[] = ['agency_handler', 'agency_head'];

/**
 * The agency inbox: the cases of the caller's scope by tab, sorted by due date, with counts for every tab in one
 * query; who handles each case inside its agency, and each handler's load for the agency head.
 */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    /** The lists and counts read from a replica when there is one (read-database.ts). */
    private readonly reads: ReadDatabase,
  ) {}

  async list(actor: Actor, query: InboxQueryDto): Promise<InboxPage> {
    const tab = query.tab ?? 'in_progress';
    const { params, where } = this.filters(actor, query);
    where.push(tabCondition(tab, tabParams(params, this.clock.now())));
    const offset = query.cursor ? decodeOffset(query.cursor) : 0;
    const limit = Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE);
    const order = tab === 'closed' ? 'c.closed_at DESC, c.id' : 'c.due_at ASC NULLS LAST, c.received_at ASC, c.id';
    const rows = await inboxPage(this.reads, where, params, order, limit + 1, offset);
    return {
      items: rows.slice(0, limit).map((r) => ({ ...toSummary(r, this.clock.now()), assignedHandler: assigneeOf(r) })),
      nextCursor: rows.length > limit ? encodeOffset(offset + limit) : null,
    };
  }

  /** Every tab's count in one query, with the same filters as the list. */
  async summary(actor: Actor, filters: InboxFilters): Promise<InboxSummaryDto> {
    const { params, where } = this.filters(actor, filters);
    const p = tabParams(params, this.clock.now());
    const row = await tabCounts(this.reads, where, params, p);
    return { counts: Object.fromEntries(INBOX_TABS.map((tab) => [tab, Number(row?.[tab] ?? 0)])) as Record<InboxTab, number> };
  }

  /**
   * The open work of each handler of the head's agency: the head's view for deciding who takes a case. A case counts as
   * due soon or overdue against its handler only while the agency's step is pending (a visit waiting for the desk to
   * answer the citizen, or a decision waiting for the competent person, is not the handler's delay).
   */
  async handlerLoads(actor: Actor): Promise<HandlerLoadDto[]> {
    // The handlers (access's read model), then their open cases counted in one query.
    const handlers = await activeUsersOf(this.reads, actor.agencyId, HANDLER_ROLES);
    if (!handlers.length) return [];
    const rows = await openLoads(
      this.reads,
      actor.agencyId,
      handlers.map((h) => h.id),
      this.clock.now(),
    );
    const loads = new Map(rows.map((r) => [r.handler_id, r]));
    return handlers.map((h) => {
      const load = loads.get(h.id);
      return {
        id: h.id,
        fullName: h.fullName,
        username: h.username,
        open: load?.open ?? 0,
        dueSoon: load?.due_soon ?? 0,
        overdue: load?.overdue ?? 0,
      };
    });
  }

  async assignment(actor: Actor, caseId: string): Promise<CaseAssignmentDto> {
    return this.describe(this.db.manager, actor, await this.findInScope(this.db.manager, actor, caseId, false));
  }

  /**
   * Gives a case to a handler of its lead agency (the head), lets a handler take an unassigned case or hand back their
   * own. The change is written to the case history (who, when, why) and moves the case version, so a form opened before
   * it gets the usual 409.
   */
  async assign(actor: Actor, caseId: string, body: AssignHandlerDto): Promise<CaseAssignmentDto> {
    return this.db.transaction(async (tx) => {
      const row = await this.findInScope(tx, actor, caseId, true);
      if (body.expectedVersion !== undefined && body.expectedVersion !== row.version)
        throw CaseErrors.versionConflict(row.version, row.state);
      if (row.closed_at) throw InboxErrors.caseClosed();
      const ownAgency = row.lead_agency_id !== null && row.lead_agency_id === actor.agencyId;
      const isHead = may(actor, 'case.assign.any', row);
      const reason = body.reason?.trim() || null;
      // The head giving a case to the handler who took it themselves makes it the head's assignment (recorded: it lets
      // the handler see a denouncer's identity, `mayRevealIdentity`); otherwise nothing changes.
      if (body.handlerId === row.assigned_handler_id && !(isHead && (await this.tookItThemselves(tx, row))))
        return this.describe(tx, actor, row);

      const claims = body.handlerId === actor.userId && row.assigned_handler_id === null;
      const releases = body.handlerId === null && row.assigned_handler_id === actor.userId;
      if (!isHead && !(ownAgency && (claims || releases))) throw InboxErrors.assignForbidden();
      // Taking an unassigned case needs no reason; moving a case away from someone, or handing it back, does.
      if (!claims && !reason) throw InboxErrors.reasonRequired();

      let handler: CaseAssigneeDto | null = null;
      if (body.handlerId !== null) {
        handler = await activeUserOf(tx, body.handlerId, row.lead_agency_id, HANDLER_ROLES);
        if (!handler) throw InboxErrors.invalidHandler();
      }
      const now = this.clock.now();
      const version = row.version + 1;
      await setAssignedHandler(tx, row.id, handler?.id ?? null, version, now);
      await insertHistory(
        tx,
        row.id,
        version,
        HANDLER_ASSIGNED_EVENT,
        {
          handlerId: handler?.id ?? null,
          handlerName: handler?.fullName ?? null,
          previousHandlerId: row.assigned_handler_id,
          previousHandlerName: row.assigned_handler_name,
        },
        senderOf(actor),
        now,
        row.state,
        row.state,
        reason,
      );
      return this.describe(tx, actor, {
        ...row,
        version,
        assigned_handler_id: handler?.id ?? null,
        assigned_handler_name: handler?.fullName ?? null,
      });
    });
  }

  /** Whether the case's holder took it themselves (claimed it, or acted on it first) rather than being given it. */
  private async tookItThemselves(tx: EntityManager, row: AssignmentRow): Promise<boolean> {
    return row.assigned_handler_id !== null && (await latestAssignerOf(tx, row.id)) === row.assigned_handler_id;
  }

  private async findInScope(tx: EntityManager, actor: Actor, caseId: string, lock: boolean): Promise<AssignmentRow> {
    const row = await assignmentInScope(tx, actor, caseId, lock);
    if (!row) throw CaseErrors.notFound();
    return row;
  }

  private async describe(tx: EntityManager, actor: Actor, row: AssignmentRow): Promise<CaseAssignmentDto> {
    const open = row.closed_at === null;
    const ownAgency = may(actor, 'case.assign') && row.lead_agency_id !== null && row.lead_agency_id === actor.agencyId;
    const canReassign = open && may(actor, 'case.assign.any', row);
    const candidates = canReassign ? await activeUsersOf(tx, row.lead_agency_id, HANDLER_ROLES) : [];
    return {
      caseId: row.id,
      handler: assigneeOf(row),
      version: row.version,
      canReassign,
      canClaim: open && ownAgency && row.assigned_handler_id === null,
      canRelease: open && row.assigned_handler_id === actor.userId,
      candidates: candidates.map((u) => ({ id: u.id, fullName: u.fullName })),
    };
  }

  private filters(actor: Actor, query: InboxFilters): { params: unknown[]; where: string[] } {
    const params: unknown[] = [];
    const where = [caseScopeSql(scopeOf(actor, 'case'), params)];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (query.type) add((n) => `c.type = $${n}`, query.type);
    if (query.category) add((n) => `c.category = $${n}`, query.category);
    if (query.neighbourhoodId) add((n) => `c.neighbourhood_id = $${n}`, query.neighbourhoodId);
    if (query.mine) add((n) => `c.assigned_handler_id = $${n}`, actor.userId);
    const tsQuery = query.q ? toPrefixQuery(query.q) : null;
    if (tsQuery) add((n) => `to_tsvector('simple', c.search_text) @@ to_tsquery('simple', $${n})`, tsQuery);
    return { params, where };
  }
}

function assigneeOf(row: { assigned_handler_id: string | null; assigned_handler_name: string | null }): CaseAssigneeDto | null {
  return row.assigned_handler_id ? { id: row.assigned_handler_id, fullName: row.assigned_handler_name ?? '' } : null;
}

function encodeOffset(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw InboxErrors.invalidCursor();
  return Number(match[1]);
}
