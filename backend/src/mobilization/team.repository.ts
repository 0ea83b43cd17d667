import type { CaseCategory, ScorecardMetric, TeamMemberRole } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/** The writes of the teams' tables, in the caller's transaction. */

type Queryable = Pick<EntityManager, 'query'>;

export async function insertTeam(
  tx: Queryable,
  t: { communeId: string; neighbourhoodId: string; name: string; termStart: string; termEnd: string | null; createdAt: Date },
): Promise<string> {
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO mobilization_teams (commune_id, neighbourhood_id, name, term_start, term_end, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
    [t.communeId, t.neighbourhoodId, t.name, t.termStart, t.termEnd, t.createdAt],
  );
  return id;
}

export async function insertMember(
  tx: Queryable,
  teamId: string,
  m: { fullName: string; role: TeamMemberRole; phone: string | null; termStart: string; termEnd: string | null },
): Promise<void> {
  await tx.query(`INSERT INTO team_members (team_id, full_name, role, phone, term_start, term_end) VALUES ($1, $2, $3, $4, $5, $6)`, [
    teamId,
    m.fullName,
    m.role,
    m.phone,
    m.termStart,
    m.termEnd,
  ]);
}

export async function endMemberTerm(tx: Queryable, memberId: string, termEnd: string): Promise<void> {
  await tx.query(`UPDATE team_members SET term_end = $2 WHERE id = $1`, [memberId, termEnd]);
}

export interface NewMeeting {
  teamId: string;
  heldOn: string;
  attendance: number;
  topics: string[];
  notes: string | null;
  propagandaSessions: number;
  peopleReached: number;
  createdBy: string;
  createdAt: Date;
}

export async function insertMeeting(tx: Queryable, m: NewMeeting): Promise<string> {
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO team_meetings (team_id, held_on, attendance, topics, notes, propaganda_sessions, people_reached, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [m.teamId, m.heldOn, m.attendance, m.topics, m.notes, m.propagandaSessions, m.peopleReached, m.createdBy, m.createdAt],
  );
  return id;
}

export async function insertTeamOpinion(
  tx: Queryable,
  meetingId: string,
  seq: number,
  o: { raisedBy: string | null; content: string; category: CaseCategory },
): Promise<void> {
  await tx.query(`INSERT INTO team_opinions (meeting_id, seq, raised_by, content, category) VALUES ($1, $2, $3, $4, $5)`, [
    meetingId,
    seq,
    o.raisedBy,
    o.content,
    o.category,
  ]);
}

export async function insertTask(
  tx: Queryable,
  meetingId: string,
  t: { memberId: string; description: string; dueDate: string | null },
): Promise<void> {
  await tx.query(`INSERT INTO team_tasks (meeting_id, member_id, description, due_date) VALUES ($1, $2, $3, $4)`, [
    meetingId,
    t.memberId,
    t.description,
    t.dueDate,
  ]);
}

/** Marks a task of the team done (the first time only); the task's meeting, or null when the task is not the team's. */
export async function completeTask(tx: Queryable, teamId: string, taskId: string, now: Date): Promise<string | null> {
  const rows: { meeting_id: string }[] = await tx.query(
    `UPDATE team_tasks k SET done_at = COALESCE(k.done_at, $3) FROM team_meetings m WHERE k.id = $1 AND m.id = k.meeting_id AND m.team_id = $2 RETURNING k.meeting_id`,
    [taskId, teamId, now],
  );
  return rows[0]?.meeting_id ?? null;
}

/** Records an opinion's case; with `sealRaiser` the opinion no longer keeps who raised it. */
export async function linkTeamOpinion(tx: Queryable, opinionId: string, caseId: string, sealRaiser: boolean): Promise<void> {
  await tx.query(`UPDATE team_opinions SET case_id = $2${sealRaiser ? ', raised_by = NULL' : ''} WHERE id = $1`, [opinionId, caseId]);
}

/** Sets a criterion's weight and target; a new one goes last. */
export async function upsertCriterion(tx: Queryable, metric: ScorecardMetric, weight: number, target: number, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO scorecard_criteria (metric, weight, target, position, updated_at)
           VALUES ($1, $2, $3, (SELECT COALESCE(max(position), 0) + 1 FROM scorecard_criteria), $4)
           ON CONFLICT (metric) DO UPDATE SET weight = EXCLUDED.weight, target = EXCLUDED.target, updated_at = EXCLUDED.updated_at`,
    [metric, weight, target, now],
  );
}
