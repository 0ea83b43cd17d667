import { HANDLER_ASSIGNED_EVENT, INBOX_TABS, type CaseType, type InboxTab } from '@tiep-dan/contracts';
import { factKey } from '@tiep-dan/workflows';
import { caseDeadlineStatusSql } from './case-read-model';
import type { EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import { userNameSql } from '../access/user-read-model';
import { SUMMARY_COLUMNS, type SummaryRow } from './case-queries';
import { PENDING_PARTY_SQL } from './pending-party-sql';
import { scopeOf, caseScopeSql } from '../access/policy';

/**
 * The agency inbox's SQL over the cases context's tables (issue 20: the service orchestrates, the statements sit here):
 * the tabs' conditions, the page, the counts, each handler's load, and a case's assignment. Each statement takes the
 * caller's transaction or read connection.
 */

type Queryable = Pick<EntityManager, 'query'>;

/**
 * The states in which an agency has just been given a case and has not taken it up yet (accept, forward, guide…):
 * letters waiting for triage, and visits the leader assigned at a reception.
 */
export const NEW_ASSIGNMENT_STATES: Record<CaseType, readonly string[]> = {
  complaint: ['received'],
  denunciation: ['received'],
  proposal: ['received'],
  reflection: ['received'],
  reception: ['assigned'],
  commitment: [],
};

/** Parameter placeholders a tab needs, added to the query's parameters only when used (PostgreSQL refuses unused ones). */
export interface TabParams {
  now(): string;
}

export function tabParams(params: unknown[], now: Date): TabParams {
  const lazy = (value: unknown) => {
    let ref: string | undefined;
    return () => {
      if (!ref) {
        params.push(value);
        ref = `$${params.length}`;
      }
      return ref;
    };
  };
  return { now: lazy(now) };
}

/**
 * SQL for one inbox tab over the case alias `c`. Due soon and overdue are a case's `deadlineStatus`, in its SQL form
 * (limits that bind the citizen never count, a suspended case is neither).
 */
export function tabCondition(tab: InboxTab, p: TabParams): string {
  const open = 'c.closed_at IS NULL';
  const isNew = `(${Object.entries(NEW_ASSIGNMENT_STATES)
    .filter(([, states]) => states.length)
    .map(([type, states]) => `(c.type = '${type}' AND c.state IN (${states.map((s) => `'${s}'`).join(', ')}))`)
    .join(' OR ')})`;
  // A proposed decision or response, or an extension request: both wait for the head.
  const awaiting = `(c.state = 'awaitingApproval' OR c.state LIKE '%.awaitingApproval' OR (c.snapshot -> 'context' -> '${factKey('extensionRequest')}') IS NOT NULL)`;
  switch (tab) {
    case 'new':
      return `(${open} AND ${isNew})`;
    case 'in_progress':
      return `(${open} AND NOT ${isNew} AND NOT ${awaiting})`;
    case 'awaiting_approval':
      return `(${open} AND ${awaiting})`;
    case 'due_soon':
      return caseDeadlineStatusSql('due_soon', 'c', p.now());
    case 'overdue':
      return caseDeadlineStatusSql('overdue', 'c', p.now());
    case 'closed':
      return 'c.closed_at IS NOT NULL';
  }
}

export interface InboxRow extends SummaryRow {
  assigned_handler_id: string | null;
  assigned_handler_name: string | null;
}

/** One page of the inbox: `where` (conditions on `c`, parameters in `params`) in `order`, `limit` rows from `offset`. */
export async function inboxPage(
  db: Queryable,
  where: string[],
  params: unknown[],
  order: string,
  limit: number,
  offset: number,
): Promise<InboxRow[]> {
  params.push(limit, offset);
  return db.query(
    `SELECT ${SUMMARY_COLUMNS}, c.assigned_handler_id, ${userNameSql('c.assigned_handler_id')} AS assigned_handler_name
       FROM cases c
       WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
}

/** Every tab's count under `where`, in one query. */
export async function tabCounts(
  db: Queryable,
  where: string[],
  params: unknown[],
  p: TabParams,
): Promise<Record<InboxTab, number> | undefined> {
  const counts = INBOX_TABS.map((tab) => `count(*) FILTER (WHERE ${tabCondition(tab, p)})::int AS "${tab}"`);
  const rows: Record<InboxTab, number>[] = await db.query(`SELECT ${counts.join(', ')} FROM cases c WHERE ${where.join(' AND ')}`, params);
  return rows[0];
}

/** A handler's open cases of the agency: all, due soon and overdue while the agency's step is pending. */
export interface OpenLoadRow {
  handler_id: string;
  open: number;
  due_soon: number;
  overdue: number;
}

/** The open load of each of these handlers among the open cases the agency `agencyId` leads (handlers with none absent). */
export async function openLoads(db: Queryable, agencyId: string | null, handlerIds: string[], now: Date): Promise<OpenLoadRow[]> {
  const params: unknown[] = [agencyId, handlerIds];
  const p = tabParams(params, now);
  const agencyStep = `${PENDING_PARTY_SQL} = 'agency'`;
  return db.query(
    `SELECT c.assigned_handler_id AS handler_id,
         count(c.id)::int AS open,
         count(c.id) FILTER (WHERE ${tabCondition('due_soon', p)} AND ${agencyStep})::int AS due_soon,
         count(c.id) FILTER (WHERE ${tabCondition('overdue', p)} AND ${agencyStep})::int AS overdue
       FROM cases c
       WHERE c.assigned_handler_id = ANY($2::uuid[]) AND c.lead_agency_id = $1 AND c.closed_at IS NULL
       GROUP BY c.assigned_handler_id`,
    params,
  );
}

/** Who handles a case, as the assignment panel reads it. */
export interface AssignmentRow {
  id: string;
  state: string;
  version: number;
  lead_agency_id: string | null;
  closed_at: Date | null;
  assigned_handler_id: string | null;
  assigned_handler_name: string | null;
}

/** The assignment of a case in the caller's scope (locked for this transaction with `lock`), or null. */
export async function assignmentInScope(tx: Queryable, actor: Actor, caseId: string, lock: boolean): Promise<AssignmentRow | null> {
  const params: unknown[] = [caseId];
  const rows: AssignmentRow[] = await tx.query(
    `SELECT c.id, c.state, c.version, c.lead_agency_id, c.closed_at, c.assigned_handler_id, ${userNameSql('c.assigned_handler_id')} AS assigned_handler_name
       FROM cases c
       WHERE c.id = $1 AND ${caseScopeSql(scopeOf(actor, 'case'), params)}${lock ? ' FOR UPDATE OF c' : ''}`,
    params,
  );
  return rows[0] ?? null;
}

/** Who recorded the case's latest HANDLER_ASSIGNED (null: nobody, or the system). */
export async function latestAssignerOf(tx: Queryable, caseId: string): Promise<string | null> {
  const [latest]: { actor_id: string | null }[] = await tx.query(
    `SELECT actor_id FROM case_events WHERE case_id = $1 AND type = $2 ORDER BY seq DESC LIMIT 1`,
    [caseId, HANDLER_ASSIGNED_EVENT],
  );
  return latest?.actor_id ?? null;
}
