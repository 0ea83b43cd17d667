import type { CaseCategory, CaseType, PendingParty } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { CaseScope } from '../access/actor';
import { agencyNameSql, neighbourhoodNameSql } from '../organisation/organisation-read-model';
import { vnDateSql } from '../platform/database/vn-date-sql';
import { scopeCondition } from './case-scope';
import { PENDING_PARTY_SQL } from './pending-party-sql';

/**
 * The cases context's read model for the other contexts (reception, letters, dashboard, dialogues, mobilization,
 * citizens, open311): the only code outside `cases` that learns of `cases`, `case_events` and `case_parties` goes
 * through these functions (issue 20). Calls take the caller's transaction or read connection; where a statement of
 * another context must filter or label by a case, an SQL expression here says it, over this context's tables only.
 */

export type Queryable = Pick<EntityManager, 'query'>;


/**
 * The SQL fragments that define "due soon" and "overdue" for an open case: the same conditions `GET /api/cases` uses
 * for `dueSoon=true` and `overdue=true`, so a drill-down lists exactly the cases behind a number. A suspended case has
 * no due date and no overdue instant while the suspension is open (legal-clock.ts), so neither counts it.
 */
export const OVERDUE_SQL = `c.overdue_since IS NOT NULL`;
export const dueSoonSql = (now: number, rules: number) =>
  `(c.overdue_since IS NULL AND c.due_soon_at <= $${now} AND c.due_at > $${now} AND c.deadline_rule_id <> ALL($${rules}::text[]))`;

/** One grouping of the open cases of an area (`openCaseGroups`). */
export interface OpenCaseGroupRow {
  /** Bits of GROUPING(party, owner_id, type, category, commune_id, neighbourhood_id): 1 = that column is rolled up. */
  g: number;
  /** Whose step the cases wait for, and which one of them: the lead agency, or the commune of a desk or a leader. */
  party: PendingParty | null;
  owner_id: string | null;
  type: CaseType | null;
  category: CaseCategory | null;
  commune_id: string | null;
  neighbourhood_id: string | null;
  open: number;
  due_soon: number;
  overdue: number;
  max_days_overdue: number | null;
}

/**
 * The overview's counts: one pass over the open cases of the scope (a partial, covering index), every grouping at once
 * (the total; by pending party and its owner; by type; by category; by commune; by commune and neighbourhood). Overdue
 * and due-soon cases are blamed on the party whose step is pending (`pendingParty`, issue 15): the lead agency only for
 * its own step; a visit the agency reported on waits for the commune's desk, a proposed decision for the leader.
 * `citizenRuleIds`: the deadline rules that bind the citizen (no due-soon warning for them).
 */
export function openCaseGroups(db: Queryable, scope: CaseScope, now: Date, citizenRuleIds: readonly string[]): Promise<OpenCaseGroupRow[]> {
  const params: unknown[] = [now, citizenRuleIds];
  const where = scopeCondition(scope, params);
  return db.query(
    `SELECT GROUPING(p.party, p.owner_id, c.type, c.category, c.commune_id, c.neighbourhood_id)::int AS g,
         p.party, p.owner_id, c.type, c.category, c.commune_id, c.neighbourhood_id,
         count(*)::int AS open,
         count(*) FILTER (WHERE ${dueSoonSql(1, 2)})::int AS due_soon,
         count(*) FILTER (WHERE ${OVERDUE_SQL})::int AS overdue,
         (${vnDateSql('$1::timestamptz')} - ${vnDateSql('min(c.overdue_since)')})::int AS max_days_overdue
       FROM cases c
       CROSS JOIN LATERAL (
         SELECT x.party, CASE WHEN x.party = 'agency' THEN c.lead_agency_id WHEN x.party IN ('desk', 'leader') THEN c.commune_id END AS owner_id
         FROM (SELECT ${PENDING_PARTY_SQL} AS party) x
       ) p
       WHERE c.closed_at IS NULL AND ${where}
       GROUP BY GROUPING SETS ((), (p.party, p.owner_id), (c.type), (c.category), (c.commune_id), (c.commune_id, c.neighbourhood_id))`,
    params,
  );
}

/** An overdue open case as the overview lists it (`worstOverdueCases`). */
export interface OverdueOpenCaseRow {
  id: string;
  code: string;
  type: CaseType;
  category: CaseCategory;
  summary: string;
  lead_agency_id: string | null;
  lead_agency_name: string | null;
  pending_party: PendingParty;
  commune_name: string;
  neighbourhood_name: string | null;
  due_at: Date | null;
  overdue_since: Date;
  days_overdue: number;
}

/** The open cases of the scope overdue the longest, at most `limit`, with the names of their agency and places. */
export function worstOverdueCases(db: Queryable, scope: CaseScope, now: Date, limit: number): Promise<OverdueOpenCaseRow[]> {
  const params: unknown[] = [now, limit];
  const where = scopeCondition(scope, params);
  return db.query(
    `SELECT c.id, c.code, c.type, c.category, c.summary, c.lead_agency_id, ${agencyNameSql('c.lead_agency_id')} AS lead_agency_name,
         ${PENDING_PARTY_SQL} AS pending_party, ${agencyNameSql('c.commune_id')} AS commune_name,
         ${neighbourhoodNameSql('c.neighbourhood_id')} AS neighbourhood_name, c.due_at, c.overdue_since,
         (${vnDateSql('$1::timestamptz')} - ${vnDateSql('c.overdue_since')})::int AS days_overdue
       FROM cases c
       WHERE c.closed_at IS NULL AND ${OVERDUE_SQL} AND ${where}
       ORDER BY c.overdue_since, c.code LIMIT $2`,
    params,
  );
}

/** The overdue and due-soon open cases of a scope (the weekly digest), by the same conditions as the overview. */
export async function openDeadlineCounts(
  db: Queryable,
  scope: CaseScope,
  now: Date,
  citizenRuleIds: readonly string[],
): Promise<{ overdue: number; due_soon: number } | undefined> {
  const params: unknown[] = [now, citizenRuleIds];
  const where = scopeCondition(scope, params);
  const [counts]: { overdue: number; due_soon: number }[] = await db.query(
    `SELECT count(*) FILTER (WHERE c.overdue_since IS NOT NULL)::int AS overdue,
             count(*) FILTER (WHERE c.overdue_since IS NULL AND c.due_soon_at <= $1 AND c.due_at > $1 AND c.deadline_rule_id <> ALL($2::text[]))::int AS due_soon
           FROM cases c WHERE c.closed_at IS NULL AND ${where}`,
    params,
  );
  return counts;
}

/** The province of a case (null when there is no such case). */
export async function caseProvinceId(db: Queryable, caseId: string): Promise<string | null> {
  const rows: { province_id: string }[] = await db.query(`SELECT province_id FROM cases WHERE id = $1`, [caseId]);
  return rows[0]?.province_id ?? null;
}

/** The code of a case (null when there is no such case). */
export async function caseCode(db: Queryable, caseId: string | undefined): Promise<string | null> {
  const rows: { code: string }[] = await db.query(`SELECT code FROM cases WHERE id = $1`, [caseId]);
  return rows[0]?.code ?? null;
}

/** A set of cases the hot-spot rules find together (`hotSpotCandidates`). */
export interface HotSpotCandidateRow {
  subject: string;
  kind: 'cluster' | 'group_visit' | 'repeat_complaint';
  commune_id: string;
  province_id: string;
  neighbourhood_id: string | null;
  category: CaseCategory | null;
  case_ids: string[];
}

/**
 * The hot-spot rules over the cases of a province received in `[since, now]` (DOMAIN.md "điểm nóng"): clusters of one
 * neighbourhood and category (at least `clusterMinCases`), group visits (at least `groupMinPeople`), repeated
 * complaints; with `caseId` only the subjects that case belongs to.
 */
export function hotSpotCandidates(
  db: Queryable,
  p: { provinceId: string; since: Date; now: Date; clusterMinCases: number; groupMinPeople: number; caseId: string | null },
): Promise<HotSpotCandidateRow[]> {
  return db.query(
    `SELECT 'cluster:' || c.neighbourhood_id || ':' || c.category AS subject, 'cluster' AS kind, c.commune_id, c.province_id,
         c.neighbourhood_id, c.category, array_agg(c.id ORDER BY c.received_at, c.id) AS case_ids
       FROM cases c WHERE c.province_id = $1 AND c.received_at >= $2 AND c.received_at <= $3 AND c.neighbourhood_id IS NOT NULL
         AND c.type <> 'commitment'
         AND ($6::uuid IS NULL OR (c.neighbourhood_id, c.category) = (SELECT t.neighbourhood_id, t.category FROM cases t WHERE t.id = $6::uuid))
       GROUP BY c.commune_id, c.province_id, c.neighbourhood_id, c.category HAVING count(*) >= $4
       UNION ALL
       SELECT 'group_visit:' || c.id, 'group_visit', c.commune_id, c.province_id, c.neighbourhood_id, c.category, ARRAY[c.id]
       FROM cases c WHERE c.province_id = $1 AND c.received_at >= $2 AND c.received_at <= $3 AND c.group_size >= $5
         -- One flag per group: the visit's reception case, not again the complaint it opened at the desk.
         AND c.opened_from_case_id IS NULL
         AND ($6::uuid IS NULL OR c.id = $6::uuid)
       UNION ALL
       SELECT 'repeat_complaint:' || c.id, 'repeat_complaint', c.commune_id, c.province_id, c.neighbourhood_id, c.category,
         ARRAY[o.id, c.id]
       FROM cases c JOIN cases o ON o.id = COALESCE(c.second_complaint_of, c.duplicate_of)
       WHERE c.province_id = $1 AND c.received_at >= $2 AND c.received_at <= $3 AND c.type = 'complaint'
         AND (c.second_complaint_of IS NOT NULL OR (o.closed_at IS NOT NULL AND o.closed_at <= c.received_at))
         AND ($6::uuid IS NULL OR c.id = $6::uuid)`,
    [p.provinceId, p.since, p.now, p.clusterMinCases, p.groupMinPeople, p.caseId],
  );
}

/** SQL: a sub-select of the ids of the cases in the caller's scope (parameters appended to `params`). */
export const caseIdsInScopeSql = (scope: CaseScope, params: unknown[]): string =>
  `(SELECT c.id FROM cases c WHERE ${scopeCondition(scope, params)})`;

/** Whether the case exists within the scope. */
export async function isCaseInScope(db: Queryable, caseId: string, scope: CaseScope): Promise<boolean> {
  const params: unknown[] = [caseId];
  const found: unknown[] = await db.query(`SELECT 1 FROM cases c WHERE c.id = $1 AND ${scopeCondition(scope, params)}`, params);
  return found.length > 0;
}

/** What a notice to the citizen says of its case: code, type, lead agency's name and the machine's context. */
export interface NoticeCaseFacts<Context = unknown> {
  code: string;
  type: CaseType;
  agency_name: string | null;
  /** The machine's context (`snapshot -> 'context'`), as stored. */
  context: Context | null;
}

/** The facts of a case a citizen's notice is built from (null when the case is gone). */
export async function noticeCaseFacts<Context = unknown>(db: Queryable, caseId: string): Promise<NoticeCaseFacts<Context> | null> {
  const rows: NoticeCaseFacts<Context>[] = await db.query(
    `SELECT c.code, c.type, ${agencyNameSql('c.lead_agency_id')} AS agency_name, c.snapshot -> 'context' AS context
         FROM cases c
        WHERE c.id = $1`,
    [caseId],
  );
  return rows[0] ?? null;
}

/** A case's code, due instant and letter (an online petition's receipt). */
export async function caseReceipt(
  db: Queryable,
  caseId: string | undefined,
): Promise<{ code: string; due_at: Date | null; letter_id: string | null } | undefined> {
  const rows: { code: string; due_at: Date | null; letter_id: string | null }[] = await db.query(
    `SELECT code, due_at, letter_id FROM cases WHERE id = $1`,
    [caseId],
  );
  return rows[0];
}

/** SQL: whether a matter of the letter `letterIdSql` still awaits its triage (state `received`). */
export const letterAwaitsTriageSql = (letterIdSql: string): string =>
  `EXISTS (SELECT 1 FROM cases m WHERE m.letter_id = ${letterIdSql} AND m.state = 'received')`;

/**
 * The cases of these letters within the caller's scope, in the order they were opened: `summaryColumns` over `c` (the
 * case) and `a` (its lead agency, a name only), plus `letter_id`.
 */
export function casesOfLetters<Row>(db: Queryable, summaryColumns: string, letterIds: readonly string[], scope: CaseScope): Promise<Row[]> {
  const params: unknown[] = [letterIds];
  return db.query(
    `SELECT ${summaryColumns}, c.letter_id FROM cases c LEFT JOIN LATERAL (SELECT ${agencyNameSql('c.lead_agency_id')} AS name) a ON TRUE
       WHERE c.letter_id = ANY($1::uuid[]) AND ${scopeCondition(scope, params)} ORDER BY c.created_at, c.code`,
    params,
  );
}

/** The number of cases (the demo loader's report). */
export async function caseCount(db: Queryable): Promise<number> {
  const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM cases`);
  return n;
}

/**
 * The open311 service requests: the online petitions of `petitionsSql` (a sub-select of the citizens context, alias
 * `p`) with their cases (`c`), filtered by `where` over both, newest first, at most `limit`. `answeredSql` says over `c`
 * whether the case has its answer.
 */
export function casesOfPetitions<Row>(
  db: Queryable,
  q: { petitionsSql: string; answeredSql: string; where: string; params: unknown[]; limit: number },
): Promise<Row[]> {
  return db.query(
    `SELECT c.code, c.type, c.machine_version, c.state, ${q.answeredSql} AS answered, c.snapshot -> 'context' AS context, c.received_at,
              c.updated_at, c.closed_at, c.due_at, ${agencyNameSql('c.lead_agency_id')} AS agency_name, p.service_code, p.description, p.address, p.address_id, p.latitude,
              p.longitude, p.media_url
         FROM ${q.petitionsSql} p JOIN cases c ON c.id = p.case_id
        WHERE ${q.where}
        ORDER BY c.received_at DESC, c.code DESC LIMIT ${q.limit}`,
    q.params,
  );
}
