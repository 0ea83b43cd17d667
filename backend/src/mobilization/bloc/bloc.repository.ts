import type {
  BlocMemberKind,
  BlocRole,
  CaseCategory,
  GoodPracticeStatus,
  PlanTaskStatus,
  RecognitionLevel,
  ResolutionKind,
  ReviewKind,
  SentimentChannel,
  SentimentLevel,
} from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The writes of the bloc's tables (bloc_*, sentiment_notes, focus_*, good_practice*, team_inspections,
 * meeting_assignments) and the locks that guard them, in the caller's transaction or connection.
 */

type Queryable = Pick<EntityManager, 'query'>;

// ---- the bloc: rules and members -------------------------------------------------------------------------------------

/** Serialises changes to a commune's bloc members until the transaction ends. */
export async function lockBlocMembers(tx: Queryable, communeId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`bloc:${communeId}`]);
}

/** Sets the bloc's operating rules and the day they were adopted. */
export async function upsertBlocRules(db: Queryable, communeId: string, rules: string, adoptedOn: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO bloc_settings (commune_id, rules, rules_adopted_on, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (commune_id) DO UPDATE SET rules = EXCLUDED.rules, rules_adopted_on = EXCLUDED.rules_adopted_on, updated_at = EXCLUDED.updated_at`,
    [communeId, rules, adoptedOn, now],
  );
}

export interface NewBlocMember {
  communeId: string;
  fullName: string;
  position: string;
  kind: BlocMemberKind;
  blocRole: BlocRole;
  userId: string | null;
  termStart: string;
  createdAt: Date;
}

export async function insertBlocMember(tx: Queryable, m: NewBlocMember): Promise<void> {
  await tx.query(
    `INSERT INTO bloc_members (commune_id, full_name, position, kind, bloc_role, user_id, term_start, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [m.communeId, m.fullName, m.position, m.kind, m.blocRole, m.userId, m.termStart, m.createdAt],
  );
}

export async function endBlocMemberTerm(db: Queryable, memberId: string, termEnd: string): Promise<void> {
  await db.query(`UPDATE bloc_members SET term_end = $2 WHERE id = $1`, [memberId, termEnd]);
}

// ---- briefings and what people think ---------------------------------------------------------------------------------

export async function insertBriefing(
  tx: Queryable,
  b: { communeId: string; heldOn: string; summary: string; attendeeIds: string[]; createdBy: string; createdAt: Date },
): Promise<string> {
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO bloc_briefings (commune_id, held_on, summary, attendee_ids, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [b.communeId, b.heldOn, b.summary, b.attendeeIds, b.createdBy, b.createdAt],
  );
  return id;
}

export interface NewSentimentNote {
  communeId: string;
  channel: SentimentChannel;
  notedOn: string;
  neighbourhoodId: string | null;
  category: CaseCategory;
  level: SentimentLevel;
  content: string;
  reporterMemberId: string | null;
  briefingId: string | null;
  createdBy: string;
  createdAt: Date;
}

export async function insertSentimentNote(tx: Queryable, n: NewSentimentNote): Promise<string> {
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO sentiment_notes (commune_id, channel, noted_on, neighbourhood_id, category, level, content, reporter_member_id, briefing_id, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      n.communeId,
      n.channel,
      n.notedOn,
      n.neighbourhoodId,
      n.category,
      n.level,
      n.content,
      n.reporterMemberId,
      n.briefingId,
      n.createdBy,
      n.createdAt,
    ],
  );
  return id;
}

// ---- plans -----------------------------------------------------------------------------------------------------------

export async function insertPlan(
  tx: Queryable,
  p: { communeId: string; year: number; title: string; createdBy: string; createdAt: Date },
): Promise<string> {
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO bloc_plans (commune_id, year, title, created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [p.communeId, p.year, p.title, p.createdBy, p.createdAt],
  );
  return id;
}

export async function insertResolution(
  tx: Queryable,
  planId: string,
  r: { kind: ResolutionKind; reference: string; title: string; position: number },
): Promise<void> {
  await tx.query(`INSERT INTO bloc_resolutions (plan_id, kind, reference, title, position) VALUES ($1, $2, $3, $4, $5)`, [
    planId,
    r.kind,
    r.reference,
    r.title,
    r.position,
  ]);
}

export async function insertPlanTask(
  db: Queryable,
  k: { planId: string; resolutionId: string; ownerMemberId: string; content: string; dueDate: string; updatedAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO bloc_plan_tasks (plan_id, resolution_id, owner_member_id, content, due_date, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [k.planId, k.resolutionId, k.ownerMemberId, k.content, k.dueDate, k.updatedAt],
  );
}

/** A task's progress; the note is kept when none is given. */
export async function updatePlanTaskProgress(
  db: Queryable,
  taskId: string,
  p: { status: PlanTaskStatus; note: string | null; doneOn: string | null; updatedAt: Date },
): Promise<void> {
  await db.query(`UPDATE bloc_plan_tasks SET status = $2, note = COALESCE($3, note), done_on = $4, updated_at = $5 WHERE id = $1`, [
    taskId,
    p.status,
    p.note,
    p.doneOn,
    p.updatedAt,
  ]);
}

// ---- reviews ---------------------------------------------------------------------------------------------------------

export interface NewReview {
  communeId: string;
  year: number;
  kind: ReviewKind;
  heldOn: string;
  summary: string;
  shortcomings: string | null;
  directions: string | null;
  /** JSON text. */
  figures: string;
  /** JSON text. */
  evaluations: string;
  createdBy: string;
  createdAt: Date;
}

/** The review's id, or null when the bloc already reviewed that period. */
export async function insertReview(db: Queryable, r: NewReview): Promise<string | null> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO bloc_reviews (commune_id, year, kind, held_on, summary, shortcomings, directions, figures, evaluations, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (commune_id, year, kind) DO NOTHING RETURNING id`,
    [r.communeId, r.year, r.kind, r.heldOn, r.summary, r.shortcomings, r.directions, r.figures, r.evaluations, r.createdBy, r.createdAt],
  );
  return rows[0]?.id ?? null;
}

// ---- inspections and assignments -------------------------------------------------------------------------------------

export interface NewInspection {
  teamId: string;
  communeId: string;
  month: string;
  visitedOn: string;
  meetingHeld: boolean;
  rulesKept: boolean;
  findings: string;
  recommendations: string | null;
  inspectorId: string;
  createdAt: Date;
}

export async function insertInspection(db: Queryable, i: NewInspection): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO team_inspections (team_id, commune_id, month, visited_on, meeting_held, rules_kept, findings, recommendations, inspector_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [i.teamId, i.communeId, i.month, i.visitedOn, i.meetingHeld, i.rulesKept, i.findings, i.recommendations, i.inspectorId, i.createdAt],
  );
  return id;
}

/** The assignment's id, or null when the member is already assigned to that team's meeting of the month. */
export async function insertAssignment(db: Queryable, teamId: string, memberId: string, month: string, now: Date): Promise<string | null> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO meeting_assignments (team_id, member_id, month, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (team_id, member_id, month) DO NOTHING RETURNING id`,
    [teamId, memberId, month, now],
  );
  return rows[0]?.id ?? null;
}

export async function reportAssignment(db: Queryable, id: string, attended: boolean, note: string | null): Promise<void> {
  await db.query(`UPDATE meeting_assignments SET attended = $2, note = $3 WHERE id = $1`, [id, attended, note]);
}

// ---- the focused programme -------------------------------------------------------------------------------------------

/** Serialises the choice of a commune's focused villages of a year until the transaction ends. */
export async function lockFocusYear(tx: Queryable, communeId: string, year: number): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`focus:${communeId}:${year}`]);
}

export async function insertFocusVillage(
  tx: Queryable,
  communeId: string,
  neighbourhoodId: string,
  year: number,
  now: Date,
): Promise<string> {
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO focus_villages (commune_id, neighbourhood_id, year, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
    [communeId, neighbourhoodId, year, now],
  );
  return id;
}

export async function insertFocusCriterion(
  tx: Queryable,
  focusId: string,
  c: { label: string; weight: number; target: number; position: number },
): Promise<void> {
  await tx.query(`INSERT INTO focus_criteria (focus_id, label, weight, target, position) VALUES ($1, $2, $3, $4, $5)`, [
    focusId,
    c.label,
    c.weight,
    c.target,
    c.position,
  ]);
}

export async function upsertFocusScore(tx: Queryable, criterionId: string, month: string, value: number): Promise<void> {
  await tx.query(
    `INSERT INTO focus_scores (criterion_id, month, value) VALUES ($1, $2, $3)
           ON CONFLICT (criterion_id, month) DO UPDATE SET value = EXCLUDED.value`,
    [criterionId, month, value],
  );
}

// ---- good practices --------------------------------------------------------------------------------------------------

export async function insertNominatedPractice(
  db: Queryable,
  p: {
    communeId: string;
    teamId: string | null;
    year: number;
    title: string;
    description: string;
    results: string;
    owner: string;
    recordedBy: string;
    recordedAt: Date;
  },
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO good_practices (commune_id, team_id, year, title, description, results, owner, status, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'nominated', $8, $9) RETURNING id`,
    [p.communeId, p.teamId, p.year, p.title, p.description, p.results, p.owner, p.recordedBy, p.recordedAt],
  );
  return id;
}

/** A model recorded as already recognised, at a level, by the one who records it. */
export async function insertRecognisedPractice(
  db: Queryable,
  p: {
    communeId: string;
    teamId: string;
    year: number;
    title: string;
    description: string;
    owner: string;
    level: RecognitionLevel;
    recordedBy: string;
    recordedAt: Date;
  },
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO good_practices (commune_id, team_id, year, title, description, owner, status, level, recorded_by, recorded_at, recognised_by, recognised_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'recognised', $7, $8, $9, $8, $9) RETURNING id`,
    [p.communeId, p.teamId, p.year, p.title, p.description, p.owner, p.level, p.recordedBy, p.recordedAt],
  );
  return id;
}

export async function updatePracticeReview(
  db: Queryable,
  id: string,
  r: { status: GoodPracticeStatus; note: string; reviewedBy: string; reviewedAt: Date },
): Promise<void> {
  await db.query(`UPDATE good_practices SET status = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5 WHERE id = $1`, [
    id,
    r.status,
    r.note,
    r.reviewedBy,
    r.reviewedAt,
  ]);
}

/** The recognition; the decision's reference is kept when none is given. */
export async function updatePracticeRecognition(
  db: Queryable,
  id: string,
  r: { status: GoodPracticeStatus; level: RecognitionLevel | null; decisionRef: string | null; recognisedBy: string; recognisedAt: Date },
): Promise<void> {
  await db.query(
    `UPDATE good_practices SET status = $2, level = $3, decision_ref = COALESCE($4, decision_ref), recognised_by = $5, recognised_at = $6 WHERE id = $1`,
    [id, r.status, r.level, r.decisionRef, r.recognisedBy, r.recognisedAt],
  );
}

export async function insertPracticeFollowUp(
  db: Queryable,
  practiceId: string,
  f: { followedOn: string; place: string; note: string; createdBy: string; createdAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO good_practice_follow_ups (practice_id, followed_on, place, note, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [practiceId, f.followedOn, f.place, f.note, f.createdBy, f.createdAt],
  );
}
