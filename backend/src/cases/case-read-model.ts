import { deadlineStatusSql, type DeadlineStatusRow } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import type { CaseScope } from '../access/actor';
import { scopeCondition } from './case-scope';

/**
 * The cases context's read model for the other contexts (reception, letters, dashboard, dialogues, mobilization,
 * citizens, open311): the only code outside `cases` that learns of `cases`, `case_events` and `case_parties` goes
 * through these functions (issue 20). Calls take the caller's transaction or read connection; where a statement of
 * another context must filter or label by a case, an SQL expression here says it, over this context's tables only.
 */

export type Queryable = Pick<EntityManager, 'query'>;

/** SQL: the code of the case whose id is `idSql` (NULL when none), e.g. an opinion's case. */
export const caseCodeSql = (idSql: string): string => `(SELECT code FROM cases WHERE id = ${idSql})`;

/**
 * SQL: whether the case whose id is `idSql` is overdue at `nowSql` (false when there is no such case), by the one
 * deadline rule of `@tiep-dan/workflows`.
 */
export const caseOverdueSql = (idSql: string, nowSql: string): string =>
  `EXISTS (SELECT 1 FROM cases c WHERE c.id = ${idSql} AND ${deadlineStatusSql('overdue', 'c', nowSql)})`;

/**
 * SQL: whether the case whose id is `idSql` is closed without ever having passed a deadline (closing stops the clock
 * and clears the deadline columns, so the history's DEADLINE_PASSED is the record). False when there is no such case.
 */
export const caseClosedOnTimeSql = (idSql: string): string =>
  `EXISTS (SELECT 1 FROM cases c WHERE c.id = ${idSql} AND c.closed_at IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'DEADLINE_PASSED'))`;

/** A case as a tracker of another context shows it: its code, state and deadline (`deadlineStatus` reads the row). */
export interface TrackedCaseRow extends DeadlineStatusRow<Date> {
  id: string;
  type: string;
  code: string;
  state: string;
  machine_version: number;
}

/** These cases with their state and deadline; unknown ids are simply absent. */
export async function trackedCases(db: Queryable, ids: readonly string[]): Promise<TrackedCaseRow[]> {
  if (!ids.length) return [];
  return db.query(
    `SELECT id, type, code, state, machine_version, deadline_rule_id, deadline_clock, due_at, due_soon_at, overdue_since, closed_at
     FROM cases WHERE id = ANY($1::uuid[])`,
    [ids],
  );
}

/** The type and commune of a case the caller's scope reaches; null when there is none (or it is out of reach). */
export async function caseInScope(
  db: Queryable,
  scope: CaseScope,
  id: string,
): Promise<{ type: string; commune_id: string } | null> {
  const params: unknown[] = [id];
  const rows: { type: string; commune_id: string }[] = await db.query(
    `SELECT c.type, c.commune_id FROM cases c WHERE c.id = $1 AND ${scopeCondition(scope, params)}`,
    params,
  );
  return rows[0] ?? null;
}
