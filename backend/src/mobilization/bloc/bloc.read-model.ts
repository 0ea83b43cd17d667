import type {
  BlocMemberKind,
  BlocRole,
  CaseCategory,
  PlanTaskStatus,
  ResolutionKind,
  SentimentChannel,
  SentimentLevel,
  SentimentNoteDto,
} from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { agencyProvinceSql, neighbourhoodNameSql } from '../../organisation/organisation-read-model';

/** The reads of the bloc's own records (bloc_settings, bloc_members, bloc_briefings, sentiment_notes, bloc_plans and their resolutions and tasks). */

type Queryable = Pick<EntityManager, 'query'>;

// ---- rules and members -----------------------------------------------------------------------------------------------

export async function blocSettings(
  db: Queryable,
  communeId: string,
): Promise<{ rules: string | null; rules_adopted_on: string | null } | null> {
  const rows: { rules: string | null; rules_adopted_on: string | null }[] = await db.query(
    `SELECT rules, rules_adopted_on::text AS rules_adopted_on FROM bloc_settings WHERE commune_id = $1`,
    [communeId],
  );
  return rows[0] ?? null;
}

export interface MemberRow {
  id: string;
  commune_id: string;
  full_name: string;
  position: string;
  kind: BlocMemberKind;
  bloc_role: BlocRole;
  user_id: string | null;
  term_start: string;
  term_end: string | null;
}

const MEMBER_COLUMNS = `m.id, m.commune_id, m.full_name, m.position, m.kind, m.bloc_role, m.user_id,
  m.term_start::text AS term_start, m.term_end::text AS term_end`;

/** Every member of the commune's bloc, past and serving, by the start of their term. */
export function memberRows(db: Queryable, communeId: string): Promise<MemberRow[]> {
  return db.query(`SELECT ${MEMBER_COLUMNS} FROM bloc_members m WHERE m.commune_id = $1 ORDER BY m.term_start, m.full_name`, [communeId]);
}

/** A member of the commune's bloc, if the id is one. */
export async function memberOfCommune(db: Queryable, communeId: string, memberId: string): Promise<MemberRow | null> {
  const rows: MemberRow[] = await db.query(`SELECT ${MEMBER_COLUMNS} FROM bloc_members m WHERE m.id = $1 AND m.commune_id = $2`, [
    memberId,
    communeId,
  ]);
  return rows[0] ?? null;
}

/** The member records (past and serving) of an account in the commune's bloc. */
export function memberRowsOfUser(db: Queryable, userId: string, communeId: string): Promise<MemberRow[]> {
  return db.query(`SELECT ${MEMBER_COLUMNS} FROM bloc_members m WHERE m.user_id = $1 AND m.commune_id = $2`, [userId, communeId]);
}

/** A member with their commune's province, whatever the commune. */
export async function memberWithProvince(db: Queryable, memberId: string): Promise<(MemberRow & { province_id: string }) | null> {
  const rows: (MemberRow & { province_id: string })[] = await db.query(
    `SELECT ${MEMBER_COLUMNS}, ${agencyProvinceSql('m.commune_id')} AS province_id FROM bloc_members m WHERE m.id = $1`,
    [memberId],
  );
  return rows[0] ?? null;
}

// ---- briefings and what people think ---------------------------------------------------------------------------------

export interface BriefingRow {
  id: string;
  held_on: string;
  summary: string;
  attendee_ids: string[];
}

/** The commune's latest briefings (of a year when given). */
export function briefingRows(db: Queryable, communeId: string, year: number | null): Promise<BriefingRow[]> {
  return db.query(
    `SELECT id, held_on::text AS held_on, summary, attendee_ids FROM bloc_briefings
         WHERE commune_id = $1 AND ($2::int IS NULL OR extract(year FROM held_on)::int = $2) ORDER BY held_on DESC, created_at DESC LIMIT 100`,
    [communeId, year],
  );
}

interface NoteRow {
  id: string;
  channel: SentimentChannel;
  noted_on: string;
  neighbourhood_id: string | null;
  neighbourhood_name: string | null;
  category: CaseCategory;
  level: SentimentLevel;
  content: string;
  reporter_name: string | null;
  briefing_id: string | null;
}

const NOTE_SQL = `SELECT s.id, s.channel, s.noted_on::text AS noted_on, s.neighbourhood_id, ${neighbourhoodNameSql('s.neighbourhood_id')} AS neighbourhood_name,
    s.category, s.level, s.content, r.full_name AS reporter_name, s.briefing_id
  FROM sentiment_notes s LEFT JOIN bloc_members r ON r.id = s.reporter_member_id`;

function toNote(r: NoteRow): SentimentNoteDto {
  return {
    id: r.id,
    channel: r.channel,
    notedOn: r.noted_on,
    neighbourhoodId: r.neighbourhood_id,
    neighbourhoodName: r.neighbourhood_name,
    category: r.category,
    level: r.level,
    content: r.content,
    reporterName: r.reporter_name,
  };
}

/** The situations heard at the briefings, each with its briefing, in the order they were noted. */
export async function notesOfBriefings(
  db: Queryable,
  briefingIds: string[],
): Promise<{ briefingId: string | null; note: SentimentNoteDto }[]> {
  const rows: NoteRow[] = await db.query(`${NOTE_SQL} WHERE s.briefing_id = ANY($1::uuid[]) ORDER BY s.created_at`, [briefingIds]);
  return rows.map((r) => ({ briefingId: r.briefing_id, note: toNote(r) }));
}

/** The commune's latest notes, between two days when given. */
export async function notesOf(db: Queryable, communeId: string, from: string | null, to: string | null): Promise<SentimentNoteDto[]> {
  const rows: NoteRow[] = await db.query(
    `${NOTE_SQL} WHERE s.commune_id = $1 AND ($2::date IS NULL OR s.noted_on >= $2) AND ($3::date IS NULL OR s.noted_on <= $3)
       ORDER BY s.noted_on DESC, s.created_at DESC LIMIT 200`,
    [communeId, from, to],
  );
  return rows.map(toNote);
}

export async function noteById(db: Queryable, id: string): Promise<SentimentNoteDto> {
  const rows: NoteRow[] = await db.query(`${NOTE_SQL} WHERE s.id = $1`, [id]);
  return toNote(rows[0]);
}

// ---- plans -----------------------------------------------------------------------------------------------------------

export interface PlanRow {
  id: string;
  commune_id: string;
  province_id: string;
  year: number;
  title: string;
}

/** The commune's plans (of a year when given), the latest first. */
export function planRows(db: Queryable, communeId: string, year: number | null): Promise<PlanRow[]> {
  return db.query(
    `SELECT p.id, p.commune_id, ${agencyProvinceSql('p.commune_id')} AS province_id, p.year, p.title FROM bloc_plans p
       WHERE p.commune_id = $1 AND ($2::int IS NULL OR p.year = $2) ORDER BY p.year DESC`,
    [communeId, year],
  );
}

export async function planRow(db: Queryable, id: string): Promise<PlanRow | null> {
  const rows: PlanRow[] = await db.query(
    `SELECT p.id, p.commune_id, ${agencyProvinceSql('p.commune_id')} AS province_id, p.year, p.title FROM bloc_plans p WHERE p.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Whether the commune already has its plan of the year. */
export async function hasPlanOfYear(db: Queryable, communeId: string, year: number): Promise<boolean> {
  const existing: { id: string }[] = await db.query(`SELECT id FROM bloc_plans WHERE commune_id = $1 AND year = $2`, [communeId, year]);
  return existing.length > 0;
}

/** Whether the resolution is one of the plan's. */
export async function isResolutionOfPlan(db: Queryable, planId: string, resolutionId: string): Promise<boolean> {
  const resolutions: { id: string }[] = await db.query(`SELECT id FROM bloc_resolutions WHERE id = $1 AND plan_id = $2`, [
    resolutionId,
    planId,
  ]);
  return resolutions.length > 0;
}

/** The account of a task's owner, if the task is one of the plan's (undefined otherwise). */
export async function planTaskOwner(db: Queryable, planId: string, taskId: string): Promise<{ owner_user_id: string | null } | undefined> {
  const tasks: { owner_user_id: string | null }[] = await db.query(
    `SELECT m.user_id AS owner_user_id FROM bloc_plan_tasks k JOIN bloc_members m ON m.id = k.owner_member_id
       WHERE k.id = $1 AND k.plan_id = $2`,
    [taskId, planId],
  );
  return tasks[0];
}

export function resolutionsOf(
  db: Queryable,
  planId: string,
): Promise<{ id: string; kind: ResolutionKind; reference: string; title: string }[]> {
  return db.query(`SELECT id, kind, reference, title FROM bloc_resolutions WHERE plan_id = $1 ORDER BY position`, [planId]);
}

export interface PlanTaskRow {
  id: string;
  content: string;
  resolution_id: string;
  reference: string;
  owner_member_id: string;
  owner_name: string;
  owner_user_id: string | null;
  due_date: string;
  status: PlanTaskStatus;
  note: string | null;
  done_on: string | null;
}

/** The plan's tasks, by due date, with their resolution and owner. */
export function planTasksOf(db: Queryable, planId: string): Promise<PlanTaskRow[]> {
  return db.query(
    `SELECT k.id, k.content, k.resolution_id, r.reference, k.owner_member_id, m.full_name AS owner_name, m.user_id AS owner_user_id,
           k.due_date::text AS due_date, k.status, k.note, k.done_on::text AS done_on
         FROM bloc_plan_tasks k JOIN bloc_resolutions r ON r.id = k.resolution_id JOIN bloc_members m ON m.id = k.owner_member_id
         WHERE k.plan_id = $1 ORDER BY k.due_date, k.content`,
    [planId],
  );
}
