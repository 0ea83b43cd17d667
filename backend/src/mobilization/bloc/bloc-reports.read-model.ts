import type {
  BlocReviewDto,
  CaseCategory,
  MemberEvaluationDto,
  ReviewFiguresDto,
  ReviewKind,
  SentimentChannel,
  SentimentLevel,
} from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { agencyNameSql, agencyProvinceSql } from '../../organisation/organisation-read-model';
import type { DayPeriod } from './bloc-periods';

/**
 * The reads behind the bloc's reports: the member evaluations, the mid-year and year-end reviews (bloc_reviews) and
 * their figures, and what the quarter's report on what people think counts from the bloc's and the teams' records.
 */

type Queryable = Pick<EntityManager, 'query'>;

// ---- member evaluations ----------------------------------------------------------------------------------------------

/** A task of the period counts once it is due, or once it is done (a task done early is not held back). */
const TASK_COUNTS = `k.due_date BETWEEN $2::date AND $7::date AND (k.due_date <= $3::date OR (k.status = 'done' AND k.done_on <= $3::date))`;

export interface MemberRecordRow {
  id: string;
  full_name: string;
  position: string;
  term_start: string;
  term_end: string | null;
  briefings_held: number;
  briefings_attended: number;
  tasks_due: number;
  tasks_on_time: number;
  assignments: number;
  assignments_attended: number;
  notes: number;
}

/**
 * What each member serving in the period did from `from` up to `upTo` (the period cut at today) of a period ending on
 * `to`; village meetings of months before `month` (this month) count whether or not they were reported.
 */
export function memberRecords(
  db: Queryable,
  communeId: string,
  p: { from: string; to: string; upTo: string; month: string },
): Promise<MemberRecordRow[]> {
  return db.query(
    `SELECT m.id, m.full_name, m.position, m.term_start::text AS term_start, m.term_end::text AS term_end,
         (SELECT count(*)::int FROM bloc_briefings b WHERE b.commune_id = m.commune_id AND b.held_on BETWEEN $2::date AND $3::date
            AND b.held_on >= m.term_start AND (m.term_end IS NULL OR b.held_on <= m.term_end)) AS briefings_held,
         (SELECT count(*)::int FROM bloc_briefings b WHERE b.commune_id = m.commune_id AND b.held_on BETWEEN $2::date AND $3::date
            AND m.id = ANY(b.attendee_ids)) AS briefings_attended,
         (SELECT count(*)::int FROM bloc_plan_tasks k WHERE k.owner_member_id = m.id AND ${TASK_COUNTS}) AS tasks_due,
         (SELECT count(*)::int FROM bloc_plan_tasks k WHERE k.owner_member_id = m.id AND ${TASK_COUNTS}
            AND k.status = 'done' AND k.done_on <= k.due_date) AS tasks_on_time,
         (SELECT count(*)::int FROM meeting_assignments s WHERE s.member_id = m.id AND s.month BETWEEN $4 AND $5
            AND (s.month < $6 OR s.attended IS NOT NULL)) AS assignments,
         (SELECT count(*)::int FROM meeting_assignments s WHERE s.member_id = m.id AND s.month BETWEEN $4 AND $5
            AND s.attended) AS assignments_attended,
         (SELECT count(*)::int FROM sentiment_notes s WHERE s.reporter_member_id = m.id AND s.noted_on BETWEEN $2::date AND $3::date) AS notes
       FROM bloc_members m
       WHERE m.commune_id = $1 AND m.term_start <= $3::date AND (m.term_end IS NULL OR m.term_end >= $2::date)
       ORDER BY CASE m.bloc_role WHEN 'head' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, m.full_name`,
    [communeId, p.from, p.upTo, p.from.slice(0, 7), p.upTo.slice(0, 7), p.month, p.to],
  );
}

// ---- reviews ---------------------------------------------------------------------------------------------------------

interface ReviewRow {
  id: string;
  commune_id: string;
  commune_name: string;
  province_id: string;
  year: number;
  kind: ReviewKind;
  held_on: string;
  summary: string;
  shortcomings: string | null;
  directions: string | null;
  figures: ReviewFiguresDto;
  evaluations: MemberEvaluationDto[];
}

const REVIEW_SQL = `SELECT r.id, r.commune_id, ${agencyNameSql('r.commune_id')} AS commune_name, ${agencyProvinceSql('r.commune_id')} AS province_id,
    r.year, r.kind, r.held_on::text AS held_on, r.summary, r.shortcomings, r.directions, r.figures, r.evaluations
  FROM bloc_reviews r`;

function toReview(r: ReviewRow): BlocReviewDto {
  return {
    id: r.id,
    communeId: r.commune_id,
    communeName: r.commune_name,
    year: r.year,
    kind: r.kind,
    heldOn: r.held_on,
    summary: r.summary,
    shortcomings: r.shortcomings,
    directions: r.directions,
    figures: r.figures,
    evaluations: r.evaluations,
  };
}

/** The commune's reviews (of a year when given), the latest first. */
export async function reviewsOf(db: Queryable, communeId: string, year: number | null): Promise<BlocReviewDto[]> {
  const rows: ReviewRow[] = await db.query(
    `${REVIEW_SQL} WHERE r.commune_id = $1 AND ($2::int IS NULL OR r.year = $2) ORDER BY r.year DESC, r.kind DESC`,
    [communeId, year],
  );
  return rows.map(toReview);
}

/** A review with its commune's province, whatever the commune. */
export async function reviewById(db: Queryable, id: string): Promise<{ provinceId: string; review: BlocReviewDto } | null> {
  const rows: ReviewRow[] = await db.query(`${REVIEW_SQL} WHERE r.id = $1`, [id]);
  const row = rows[0];
  return row ? { provinceId: row.province_id, review: toReview(row) } : null;
}

/**
 * The counts of a review's figures for a commune: members serving on `upTo`; briefings, tasks due and meetings from
 * `from` up to `upTo`; the period's (`from`–`to`) tasks; overdue as of `today`; inspections of the months
 * `fromMonth`–`upToMonth`; the year's models.
 */
export async function reviewCounts(
  db: Queryable,
  communeId: string,
  p: { from: string; to: string; upTo: string; today: string; fromMonth: string; upToMonth: string; year: number },
): Promise<Record<string, number>> {
  const [counts]: Record<string, number>[] = await db.query(
    `SELECT
           (SELECT count(*)::int FROM bloc_members WHERE commune_id = $1 AND term_start <= $4::date AND (term_end IS NULL OR term_end >= $4::date)) AS members,
           (SELECT count(*)::int FROM bloc_briefings WHERE commune_id = $1 AND held_on BETWEEN $2::date AND $4::date) AS briefings,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $3::date) AS tasks,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $4::date) AS due,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $3::date AND k.status = 'done') AS done,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $3::date AND k.status = 'done' AND k.done_on <= k.due_date) AS on_time,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $4::date AND k.status <> 'done' AND k.due_date < $5::date) AS overdue,
           (SELECT count(*)::int FROM team_meetings m JOIN mobilization_teams t ON t.id = m.team_id WHERE t.commune_id = $1 AND m.held_on BETWEEN $2::date AND $4::date) AS meetings,
           (SELECT count(*)::int FROM team_inspections WHERE commune_id = $1 AND month BETWEEN $6 AND $7) AS inspections,
           (SELECT count(*)::int FROM good_practices WHERE commune_id = $1 AND year = $8) AS nominated,
           (SELECT count(*)::int FROM good_practices WHERE commune_id = $1 AND year = $8 AND status = 'recognised') AS recognised`,
    [communeId, p.from, p.to, p.upTo, p.today, p.fromMonth, p.upToMonth, p.year],
  );
  return counts;
}

/** The commune's teams, each with its term and the days of all its meetings. */
export function teamMeetingDays(
  db: Queryable,
  communeId: string,
): Promise<{ term_start: string; term_end: string | null; meetings: string[] }[]> {
  return db.query(
    `SELECT t.term_start::text AS term_start, t.term_end::text AS term_end,
           ARRAY(SELECT m.held_on::text FROM team_meetings m WHERE m.team_id = t.id) AS meetings
         FROM mobilization_teams t WHERE t.commune_id = $1`,
    [communeId],
  );
}

// ---- the report on what people think ---------------------------------------------------------------------------------

/** The commune's notes on what people think within a span, the latest first. */
export function sentimentNotesIn(
  db: Queryable,
  communeId: string,
  span: DayPeriod,
): Promise<
  {
    channel: SentimentChannel;
    noted_on: string;
    neighbourhood_id: string | null;
    category: CaseCategory;
    level: SentimentLevel;
    content: string;
  }[]
> {
  return db.query(
    `SELECT channel, noted_on::text AS noted_on, neighbourhood_id, category, level, content FROM sentiment_notes
           WHERE commune_id = $1 AND noted_on >= $2::date AND noted_on <= $3::date ORDER BY noted_on DESC, created_at DESC`,
    [communeId, span.from, span.to],
  );
}

/** How many briefings the commune's bloc held in a period. */
export function briefingsHeld(db: Queryable, communeId: string, period: DayPeriod): Promise<number> {
  return count(
    db,
    `SELECT count(*)::int AS n FROM bloc_briefings WHERE commune_id = $1 AND held_on >= $2::date AND held_on <= $3::date`,
    communeId,
    period,
  );
}

/** How many meetings the commune's teams held in a period. */
export function teamMeetingsHeld(db: Queryable, communeId: string, period: DayPeriod): Promise<number> {
  return count(
    db,
    `SELECT count(*)::int AS n FROM team_meetings m JOIN mobilization_teams t ON t.id = m.team_id
           WHERE t.commune_id = $1 AND m.held_on >= $2::date AND m.held_on <= $3::date`,
    communeId,
    period,
  );
}

/** The opinions raised at the commune's team meetings within a span, the latest meeting first. */
export function teamOpinionsIn(
  db: Queryable,
  communeId: string,
  span: DayPeriod,
): Promise<{ held_on: string; neighbourhood_id: string; category: CaseCategory; content: string }[]> {
  return db.query(
    `SELECT m.held_on::text AS held_on, t.neighbourhood_id, o.category, o.content FROM team_opinions o
           JOIN team_meetings m ON m.id = o.meeting_id JOIN mobilization_teams t ON t.id = m.team_id
           WHERE t.commune_id = $1 AND m.held_on >= $2::date AND m.held_on <= $3::date ORDER BY m.held_on DESC, o.seq`,
    [communeId, span.from, span.to],
  );
}

async function count(db: Queryable, sql: string, communeId: string, period: DayPeriod): Promise<number> {
  const rows: { n: number }[] = await db.query(sql, [communeId, period.from, period.to]);
  return rows[0]?.n ?? 0;
}
