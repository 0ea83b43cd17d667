import type { CaseCategory, CaseType, ComplaintOutcome, PendingParty } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { CaseScope } from '../access/actor';
import { lettersSql } from '../letters/letters-read-model';
import { agencyNameSql, neighbourhoodNameSql } from '../organisation/organisation-read-model';
import { vnDateSql } from '../platform/database/vn-date-sql';
import { receptionVisitsSql, visitCaseLinksSql } from '../reception/reception-read-model';
import { PENDING_PARTY_SQL } from './pending-party-sql';
import { deadlineStatus, deadlineStatusSql, type DeadlineClockState } from '@tiep-dan/workflows';
import type { DeadlineStatus } from '@tiep-dan/contracts';
import { caseScopeSql } from '../access/policy';

/**
 * The cases context's read model for the other contexts (reception, letters, dashboard, dialogues, mobilization,
 * citizens, open311): the only code outside `cases` that learns of `cases`, `case_events` and `case_parties` goes
 * through these functions (issue 20). Calls take the caller's transaction or read connection; where a statement of
 * another context must filter or label by a case, an SQL expression here says it, over this context's tables only.
 */

export type Queryable = Pick<EntityManager, 'query'>;

/**
 * The deadline columns of a `cases` row as a query returns them (`Instant`: Date from a query, an ISO string from JSON):
 * what its deadline status depends on. The cases context owns these columns; `workflows` judges the facts they hold.
 */
export interface DeadlineStatusRow<Instant extends Date | string = Date | string> {
  closed_at: Instant | null;
  deadline_rule_id: string | null;
  deadline_clock: Pick<DeadlineClockState, 'suspensions'> | null;
  due_at: Instant | null;
  due_soon_at: Instant | null;
  overdue_since: Instant | null;
}

/** Where a case stands against its legal limit at `now` (`deadlineStatus` of workflows over the row's columns). */
export function caseDeadlineStatus(row: DeadlineStatusRow, now: Date): DeadlineStatus {
  return deadlineStatus(
    {
      closedAt: row.closed_at,
      ruleId: row.deadline_rule_id,
      clock: row.deadline_clock,
      dueAt: row.due_at,
      dueSoonAt: row.due_soon_at,
      overdueSince: row.overdue_since,
    },
    now,
  );
}

/** SQL: `caseDeadlineStatus` as a condition over the case alias `alias`, at the instant the placeholder `now` holds. */
export function caseDeadlineStatusSql(status: DeadlineStatus, alias: string, now: string): string {
  return deadlineStatusSql(
    status,
    {
      closedAt: `${alias}.closed_at`,
      ruleId: `${alias}.deadline_rule_id`,
      clock: `${alias}.deadline_clock`,
      dueAt: `${alias}.due_at`,
      dueSoonAt: `${alias}.due_soon_at`,
      overdueSince: `${alias}.overdue_since`,
    },
    now,
  );
}

/**
 * SQL: every case as another context's statement joins, filters, sorts and labels it (the reception desk's visits,
 * agenda, register, duplicate search and the public lookup): a sub-select over this context's tables to alias, as in
 * `JOIN ${caseFactsSql} c ON c.id = vc.case_id`, whose columns are these and no others. The planner folds it into the
 * caller's statement, so a column not asked for costs nothing. Computed: `lead_agency_name`, `context` (the machine's
 * context), `statutory` (the complaint or denunciation case a reception case opened, if any, as JSON) and `repeat_of`
 * (the earlier case it repeats, as JSON).
 */
export const caseFactsSql = `(SELECT c.id, c.code, c.type, c.machine_version, c.category, c.summary, c.state, c.version,
  c.deadline_rule_id, c.deadline_clock, c.due_at, c.due_soon_at, c.overdue_since, c.closed_at, c.received_at,
  c.commune_id, c.province_id, c.lead_agency_id, c.coordinating_agency_ids, c.neighbourhood_id, c.opened_from_case_id, c.remote_area,
  c.lookup_digest, ${agencyNameSql('c.lead_agency_id')} AS lead_agency_name, c.snapshot -> 'context' AS context,
  (SELECT json_build_object('id', s.id, 'code', s.code, 'type', s.type, 'machine_version', s.machine_version, 'state', s.state,
     'deadline_rule_id', s.deadline_rule_id, 'due_at', s.due_at)
   FROM cases s WHERE s.opened_from_case_id = c.id ORDER BY s.created_at LIMIT 1) AS statutory,
  (SELECT json_build_object('id', d.id, 'code', d.code) FROM cases d WHERE d.id = c.duplicate_of) AS repeat_of
  FROM cases c)`;

/** SQL: whether a party of the case `caseIdSql` gave the ID number `idNumberSql`. */
export const hasPartyWithIdNumberSql = (caseIdSql: string, idNumberSql: string): string =>
  `EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = ${caseIdSql} AND p.id_number = ${idNumberSql})`;

/** SQL: whether a party of the case `caseIdSql` gave a phone whose last 4 digits are `last4Sql`. */
export const hasPartyPhoneEndingSql = (caseIdSql: string, last4Sql: string): string =>
  `EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = ${caseIdSql} AND right(regexp_replace(p.phone, '[^0-9]', '', 'g'), 4) = ${last4Sql})`;

/** SQL: the full name of the first petitioner of the case `caseIdSql` (NULL when none). */
export const petitionerNameSql = (caseIdSql: string): string =>
  `(SELECT p.full_name FROM case_parties p WHERE p.case_id = ${caseIdSql} AND p.role = 'petitioner' ORDER BY p.id LIMIT 1)`;

/** SQL: the first petitioner of the case `caseIdSql` as JSON `{ name, address, idNumber }` (NULL when none). */
export const petitionerSql = (caseIdSql: string): string =>
  `(SELECT json_build_object('name', p.full_name, 'address', p.address, 'idNumber', p.id_number) FROM case_parties p
                WHERE p.case_id = ${caseIdSql} AND p.role = 'petitioner' ORDER BY p.id LIMIT 1)`;

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
  const where = caseScopeSql(scope, params);
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
  const where = caseScopeSql(scope, params);
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
  const where = caseScopeSql(scope, params);
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
  `(SELECT c.id FROM cases c WHERE ${caseScopeSql(scope, params)})`;

/** Whether the case exists within the scope. */
export async function isCaseInScope(db: Queryable, caseId: string, scope: CaseScope): Promise<boolean> {
  const params: unknown[] = [caseId];
  const found: unknown[] = await db.query(`SELECT 1 FROM cases c WHERE c.id = $1 AND ${caseScopeSql(scope, params)}`, params);
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
       WHERE c.letter_id = ANY($1::uuid[]) AND ${caseScopeSql(scope, params)} ORDER BY c.created_at, c.code`,
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

/**
 * SQL: the matters of the visit `visitIdSql` as a JSON array in their order (`caseId, code, summary, contentType,
 * repeat`), `[]` for none: the cases a visit opened, for the reports' register of visits.
 */
export const visitMattersJsonSql = (visitIdSql: string): string =>
  `COALESCE((SELECT json_agg(json_build_object('caseId', c.id, 'code', c.code, 'summary', c.summary,
             'contentType', vc.content_type, 'repeat', c.duplicate_of IS NOT NULL) ORDER BY vc.position)
           FROM ${visitCaseLinksSql()} vc JOIN cases c ON c.id = vc.case_id WHERE vc.visit_id = ${visitIdSql}), '[]'::json)`;

/**
 * The earlier case a matter follows on (a second complaint's first one, or the case a repeat duplicates) as it stood
 * when the matter arrived, read from its history: resolved (decided, concluded or closed), itself a second complaint,
 * overdue (a deadline of it had passed).
 */
const EARLIER_CASE = (earlierId: string, arrivedAt: string) =>
  `SELECT (t.closed_at IS NOT NULL AND t.closed_at <= ${arrivedAt})
       OR EXISTS (SELECT 1 FROM case_events a WHERE a.case_id = t.id AND a.type IN ('APPROVE', 'CONCLUDE') AND a.at <= ${arrivedAt}) AS resolved,
     t.second_complaint_of IS NOT NULL AS second_level,
     EXISTS (SELECT 1 FROM case_events d WHERE d.case_id = t.id AND d.type = 'DEADLINE_PASSED' AND d.at <= ${arrivedAt}) AS overdue
   FROM cases t WHERE t.id = ${earlierId}`;

/** Where the earlier case of a matter stood on its arrival (null columns: there is none). */
export interface EarlierCaseRow {
  earlier_resolved: boolean | null;
  earlier_second_level: boolean | null;
  earlier_overdue: boolean | null;
}

/** One matter of a petition (a visit's, a letter's, or a case received in writing alone) for the periodic reports. */
export interface PetitionMatterRow extends EarlierCaseRow {
  source: 'visit' | 'letter' | 'case';
  petition_id: string;
  commune_id: string;
  received_at: Date;
  signatories: number;
  /** The matter's type (the case type, or the visit's content type). */
  type: 'complaint' | 'denunciation' | 'proposal' | 'reflection';
  case_id: string;
  code: string;
  summary: string;
  category: CaseCategory;
  second_level: boolean;
  outcome_event: string | null;
  outcome_at: Date | null;
  /** The visit's reception case (the case itself for letters). */
  entry_code: string;
  letter_code: string | null;
  letter_summary: string | null;
}

/**
 * Petitions of these communes received before `to` whose handling had not ended before `from`, one row per matter,
 * with its outcome (the earliest of `handlingEvents` on the matter's case or its entry case, or a withdrawal that
 * terminated it) and where it stood on arrival. A visit's matter is handled by the statutory case it opened, if any.
 * `letterChannels` and `petitionTypes`: the cases that are one petition alone (received in writing without a letter).
 */
export function petitionMatterRows(
  db: Queryable,
  p: {
    communes: readonly string[];
    from: Date;
    to: Date;
    handlingEvents: readonly string[];
    letterChannels: readonly string[];
    petitionTypes: readonly string[];
  },
): Promise<PetitionMatterRow[]> {
  return db.query(
    `WITH m AS (
         SELECT 'visit'::text AS source, v.id AS petition_id, v.commune_id, v.visited_at AS received_at, v.group_size AS signatories,
           vc.position AS pos, vc.content_type AS type, rc.id AS entry_id, COALESCE(st.id, rc.id) AS case_id
         FROM ${receptionVisitsSql()} v
         JOIN ${visitCaseLinksSql()} vc ON vc.visit_id = v.id
         JOIN cases rc ON rc.id = vc.case_id
         LEFT JOIN LATERAL (SELECT s.id FROM cases s WHERE s.opened_from_case_id = rc.id ORDER BY s.created_at, s.id LIMIT 1) st ON TRUE
         WHERE v.commune_id = ANY($1::uuid[]) AND v.visited_at < $3 AND v.refusal_reason IS NULL
         UNION ALL
         SELECT 'letter', l.id, l.commune_id, l.received_at, l.signatory_count,
           (row_number() OVER (PARTITION BY l.id ORDER BY c.created_at, c.code))::int - 1, c.type, c.id, c.id
         FROM ${lettersSql()} l JOIN cases c ON c.letter_id = l.id
         WHERE l.commune_id = ANY($1::uuid[]) AND l.received_at < $3
         UNION ALL
         SELECT 'case', c.id, c.commune_id, c.received_at, c.group_size, 0, c.type, c.id, c.id
         FROM cases c
         WHERE c.commune_id = ANY($1::uuid[]) AND c.received_at < $3 AND c.letter_id IS NULL AND c.opened_from_case_id IS NULL
           AND c.channel = ANY($5::text[]) AND c.type = ANY($6::text[])
       ), o AS (
         SELECT m.*, h.code, h.summary, h.category, h.second_complaint_of IS NOT NULL AS second_level, en.code AS entry_code,
           ev.type AS outcome_event, ev.at AS outcome_at,
           earlier.resolved AS earlier_resolved, earlier.second_level AS earlier_second_level, earlier.overdue AS earlier_overdue
         FROM m JOIN cases h ON h.id = m.case_id JOIN cases en ON en.id = m.entry_id
         LEFT JOIN LATERAL (
           SELECT e.type, e.at FROM case_events e
           WHERE e.case_id IN (m.entry_id, m.case_id) AND e.at < $3
             AND (e.type = ANY($4::text[]) AND e.type <> 'WITHDRAW' OR e.type = 'WITHDRAW' AND e.to_state = 'terminated')
           ORDER BY e.at, e.id LIMIT 1
         ) ev ON TRUE
         LEFT JOIN LATERAL (${EARLIER_CASE('COALESCE(h.second_complaint_of, h.duplicate_of, en.duplicate_of)', 'm.received_at')}) earlier ON TRUE
       ), p AS (
         SELECT o.*, bool_and(o.outcome_at IS NOT NULL AND o.outcome_at < $2) OVER (PARTITION BY o.source, o.petition_id) AS done_before
         FROM o
       )
       SELECT p.*, l.code AS letter_code, l.summary AS letter_summary
       FROM p LEFT JOIN ${lettersSql()} l ON p.source = 'letter' AND l.id = p.petition_id
       WHERE p.received_at >= $2 OR NOT p.done_before
       ORDER BY p.received_at, p.source, p.petition_id, p.pos`,
    [p.communes, p.from, p.to, p.handlingEvents, p.letterChannels, p.petitionTypes],
  );
}

/** A complaint or denunciation accepted for resolution, for the periodic reports. */
export interface ResolutionRow extends EarlierCaseRow {
  id: string;
  code: string;
  summary: string;
  type: 'complaint' | 'denunciation';
  commune_id: string;
  /** The letter, visit or case it came in (one petition). */
  petition_key: string;
  second_level: boolean;
  accepted_at: Date;
  finish_event: string | null;
  finished_at: Date | null;
  outcome: ComplaintOutcome | null;
  late: boolean;
  suspended: boolean;
}

/**
 * Complaints and denunciations of these communes accepted (`acceptanceEvents`) before `to` and not finished (decided,
 * concluded, escalated, withdrawn) before `from`; `late` when a deadline of `resolutionRules` passed before the end,
 * `suspended` when suspended at some time of the period.
 */
export function resolutionRows(
  db: Queryable,
  p: { communes: readonly string[]; from: Date; to: Date; acceptanceEvents: readonly string[]; resolutionRules: readonly string[] },
): Promise<ResolutionRow[]> {
  return db.query(
    `SELECT c.id, c.code, c.summary, c.type, c.commune_id, c.second_complaint_of IS NOT NULL AS second_level,
         COALESCE(c.letter_id, vc.visit_id, c.id)::text AS petition_key,
         acc.at AS accepted_at, fin.type AS finish_event, fin.at AS finished_at, dec.outcome,
         earlier.resolved AS earlier_resolved, earlier.second_level AS earlier_second_level, earlier.overdue AS earlier_overdue,
         EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'DEADLINE_PASSED'
           AND e.payload->>'ruleId' = ANY($5::text[]) AND e.at <= COALESCE(fin.at, $3)) AS late,
         EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'SUSPEND' AND e.at < $3
           AND (e.at >= $2 OR NOT EXISTS (SELECT 1 FROM case_events r WHERE r.case_id = c.id AND r.type = 'RESUME' AND r.at > e.at AND r.at < $2))) AS suspended
       FROM cases c
       CROSS JOIN LATERAL (SELECT min(e.at) AS at FROM case_events e WHERE e.case_id = c.id AND e.type = ANY($4::text[]) AND e.at < $3) acc
       LEFT JOIN ${visitCaseLinksSql()} vc ON vc.case_id = c.opened_from_case_id
       LEFT JOIN cases rc ON rc.id = c.opened_from_case_id
       LEFT JOIN LATERAL (${EARLIER_CASE('COALESCE(c.second_complaint_of, c.duplicate_of, rc.duplicate_of)', 'c.received_at')}) earlier ON TRUE
       LEFT JOIN LATERAL (
         SELECT e.type, e.at FROM case_events e WHERE e.case_id = c.id AND e.at < $3 AND e.at >= acc.at
           AND (e.type IN ('APPROVE', 'CONCLUDE', 'ESCALATE') OR e.type = 'WITHDRAW' AND e.to_state = 'terminated')
         ORDER BY e.at, e.id LIMIT 1
       ) fin ON TRUE
       LEFT JOIN LATERAL (
         SELECT e.payload->>'outcome' AS outcome FROM case_events e
         WHERE e.case_id = c.id AND e.type = 'PROPOSE_DECISION' AND e.at <= fin.at ORDER BY e.at DESC, e.id DESC LIMIT 1
       ) dec ON fin.type = 'APPROVE'
       WHERE c.type IN ('complaint', 'denunciation') AND c.commune_id = ANY($1::uuid[]) AND acc.at IS NOT NULL
         AND (fin.at IS NULL OR fin.at >= $2)
       ORDER BY acc.at, c.code`,
    [p.communes, p.from, p.to, p.acceptanceEvents, p.resolutionRules],
  );
}
/** SQL: the code of the case whose id is `idSql` (NULL when none), e.g. an opinion's case. */
export const caseCodeSql = (idSql: string): string => `(SELECT code FROM cases WHERE id = ${idSql})`;

/**
 * SQL: whether the case whose id is `idSql` is overdue at `nowSql` (false when there is no such case), by the one
 * deadline rule of `@tiep-dan/workflows`.
 */
export const caseOverdueSql = (idSql: string, nowSql: string): string =>
  `EXISTS (SELECT 1 FROM cases c WHERE c.id = ${idSql} AND ${caseDeadlineStatusSql('overdue', 'c', nowSql)})`;

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
export async function caseInScope(db: Queryable, scope: CaseScope, id: string): Promise<{ type: string; commune_id: string } | null> {
  const params: unknown[] = [id];
  const rows: { type: string; commune_id: string }[] = await db.query(
    `SELECT c.type, c.commune_id FROM cases c WHERE c.id = $1 AND ${caseScopeSql(scope, params)}`,
    params,
  );
  return rows[0] ?? null;
}
