import type { ReceptionLead, ReceptionRefusalReason, ReceptionSessionKind } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The reception context's read model for the other contexts (dashboard reports, cases): the only code outside
 * `reception` that learns of sessions, visits and the cases a visit opened goes through these functions (issue 20).
 * Calls take the caller's transaction or read connection; where a statement of another context must join a visit,
 * an SQL sub-select here gives the rows, over this context's tables only.
 */

type Queryable = Pick<EntityManager, 'query'>;

/** SQL: a sub-select of the visits: `id, commune_id, session_id, seq, visited_at, group_size, refusal_reason`. */
export const receptionVisitsSql = (): string =>
  `(SELECT id, commune_id, session_id, seq, visited_at, group_size, refusal_reason FROM reception_visits)`;

/** SQL: a sub-select of the matters of the visits, one row per case a visit opened: `visit_id, case_id, position, content_type`. */
export const visitCaseLinksSql = (): string => `(SELECT visit_id, case_id, position, content_type FROM reception_visit_cases)`;

/** A visit of a period as the reports count it, with its matters (`matters`, built by the caller's `mattersSql`). */
export interface ReportVisitRow<Matter> {
  id: string;
  commune_id: string;
  seq: number;
  visited_at: Date;
  group_size: number;
  refusal_reason: ReceptionRefusalReason | null;
  session_kind: ReceptionSessionKind;
  led_by: ReceptionLead | null;
  matters: Matter[];
}

/**
 * The visits to these communes in `[from, to)`, in order, each with the kind and lead of its session and its matters:
 * `mattersSql(visitIdSql)` is the caller's JSON array of the matters of the visit `visitIdSql` (the cases context's).
 */
export function visitsOfPeriod<Matter>(
  db: Queryable,
  communes: readonly string[],
  from: Date,
  to: Date,
  mattersSql: (visitIdSql: string) => string,
): Promise<ReportVisitRow<Matter>[]> {
  return db.query(
    `SELECT v.id, v.commune_id, v.seq, v.visited_at, v.group_size, v.refusal_reason, s.kind AS session_kind, s.led_by,
         ${mattersSql('v.id')} AS matters
       FROM reception_visits v JOIN reception_sessions s ON s.id = v.session_id
       WHERE v.commune_id = ANY($1::uuid[]) AND v.visited_at >= $2 AND v.visited_at < $3
       ORDER BY v.visited_at, v.seq, v.id`,
    [communes, from, to],
  );
}

/** A leaders' session held on a day of a period. */
export interface HeldSessionRow {
  id: string;
  commune_id: string;
  day: string;
  kind: Exclude<ReceptionSessionKind, 'regular'>;
  led_by: ReceptionLead | null;
}

/** Leaders' sessions of these communes opened before `to` on a day of `[fromDay, toDay]` (one planned but never opened was not held). */
export function heldSessions(
  db: Queryable,
  communes: readonly string[],
  to: Date,
  fromDay: string,
  toDay: string,
): Promise<HeldSessionRow[]> {
  return db.query(
    `SELECT id, commune_id, session_date::text AS day, kind, led_by FROM reception_sessions
       WHERE commune_id = ANY($1::uuid[]) AND kind IN ('scheduled', 'ad_hoc') AND opened_at IS NOT NULL AND opened_at < $2
         AND session_date >= $3::date AND session_date <= $4::date
       ORDER BY session_date, id`,
    [communes, to, fromDay, toDay],
  );
}

/** Whether the reception session `id` is one of the commune `communeId`. */
export async function isSessionOf(db: Queryable, id: string, communeId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM reception_sessions WHERE id = $1 AND commune_id = $2`, [id, communeId]);
  return rows.length > 0;
}

/** The content type of the visit matter the case `caseId` records ('complaint', 'proposal'…), or null when none. */
export async function visitMatterType(db: Queryable, caseId: string): Promise<string | null> {
  const rows: { content_type: string }[] = await db.query(`SELECT content_type FROM reception_visit_cases WHERE case_id = $1`, [caseId]);
  return rows[0]?.content_type ?? null;
}

/** SQL: the day (`YYYY-MM-DD`) of the session whose id, as text, is `idTextSql` (NULL when none). */
export const sessionDateSql = (idTextSql: string): string =>
  `(SELECT to_char(s.session_date, 'YYYY-MM-DD') FROM reception_sessions s WHERE s.id::text = ${idTextSql})`;
