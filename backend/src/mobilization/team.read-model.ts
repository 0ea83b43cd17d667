import type { ScorecardMetric, TeamMeetingDto, TeamMemberDto, TeamMemberRole, TeamSummaryDto } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { caseClosedOnTimeSql, caseCodeSql } from '../cases/case-read-model';
import type { OpinionRow } from '../cases/opinion-intake.service';
import { agencyNameSql, agencyProvinceSql, neighbourhoodNameSql } from '../organisation/organisation-read-model';
import { areaScopeSql, scopeOf } from '../access/policy';

/** The reads of the teams' tables (mobilization_teams, team_members, team_meetings, team_opinions, team_tasks, scorecard_criteria). */

type Queryable = Pick<EntityManager, 'query'>;

export interface TeamRow {
  id: string;
  name: string;
  commune_id: string;
  commune_name: string;
  province_id: string;
  neighbourhood_id: string;
  neighbourhood_name: string;
  term_start: string;
  term_end: string | null;
  member_count: number;
  lead_name: string | null;
}

/**
 * The team columns every read uses. Membership is dated (kiện toàn): the count and the lead are those serving on `today`,
 * whose parameter this pushes, so call it before building the rest of the query's parameters that follow it.
 */
function teamSelect(params: unknown[], today: string): string {
  params.push(today);
  const d = `$${params.length}::date`;
  const serving = `m.team_id = t.id AND m.term_start <= ${d} AND (m.term_end IS NULL OR m.term_end >= ${d})`;
  return `SELECT t.id, t.name, t.commune_id, ${agencyNameSql('t.commune_id')} AS commune_name, ${agencyProvinceSql('t.commune_id')} AS province_id,
    t.neighbourhood_id, ${neighbourhoodNameSql('t.neighbourhood_id')} AS neighbourhood_name,
    t.term_start::text AS term_start, t.term_end::text AS term_end,
    (SELECT count(*)::int FROM team_members m WHERE ${serving}) AS member_count,
    (SELECT m.full_name FROM team_members m WHERE ${serving} AND m.role = 'team_lead' ORDER BY m.term_start DESC, m.id LIMIT 1) AS lead_name
  FROM mobilization_teams t`;
}

/** Teams are the commune's: its staff see them, province-level users see the province's, administrators none. */
function teamScope(actor: Actor, params: unknown[]): string {
  return areaScopeSql(scopeOf(actor, 'area'), params, { commune: 't.commune_id', province: agencyProvinceSql('t.commune_id') });
}

/** The teams the actor may see (of one commune when given), by commune, neighbourhood and name. */
export async function listTeams(db: Queryable, actor: Actor, today: string, communeId?: string): Promise<TeamRow[]> {
  const params: unknown[] = [];
  const select = teamSelect(params, today);
  const where = [teamScope(actor, params)];
  if (communeId) {
    params.push(communeId);
    where.push(`t.commune_id = $${params.length}`);
  }
  return db.query(`${select} WHERE ${where.join(' AND ')} ORDER BY commune_name, neighbourhood_name, t.name`, params);
}

/** The team if the actor may see it (locked until the transaction ends with `lock`); null otherwise. */
export async function teamRow(db: Queryable, actor: Actor, id: string, today: string, lock = false): Promise<TeamRow | null> {
  const params: unknown[] = [id];
  const select = teamSelect(params, today);
  const rows: TeamRow[] = await db.query(
    `${select} WHERE t.id = $1 AND ${teamScope(actor, params)}${lock ? ' FOR UPDATE OF t' : ''}`,
    params,
  );
  return rows[0] ?? null;
}

/** A team's members, past and serving, the lead first. */
export async function membersOf(db: Queryable, teamId: string): Promise<TeamMemberDto[]> {
  const rows: {
    id: string;
    full_name: string;
    role: TeamMemberRole;
    phone: string | null;
    term_start: string;
    term_end: string | null;
  }[] = await db.query(
    `SELECT id, full_name, role, phone, term_start::text AS term_start, term_end::text AS term_end FROM team_members WHERE team_id = $1
       ORDER BY CASE role WHEN 'team_lead' THEN 0 ELSE 1 END, full_name`,
    [teamId],
  );
  return rows.map((m) => ({
    id: m.id,
    fullName: m.full_name,
    role: m.role,
    phone: m.phone,
    termStart: m.term_start,
    termEnd: m.term_end,
  }));
}

/** The first day of a member's term, if the member is one of the team's. */
export async function memberTermStart(db: Queryable, teamId: string, memberId: string): Promise<string | null> {
  const rows: { term_start: string }[] = await db.query(
    `SELECT term_start::text AS term_start FROM team_members WHERE id = $1 AND team_id = $2`,
    [memberId, teamId],
  );
  return rows[0]?.term_start ?? null;
}

/** The day a meeting of the team was held, if it is one of the team's. */
export async function meetingHeldOn(db: Queryable, teamId: string, meetingId: string): Promise<string | null> {
  const meetings: { held_on: string }[] = await db.query(
    `SELECT held_on::text AS held_on FROM team_meetings WHERE id = $1 AND team_id = $2`,
    [meetingId, teamId],
  );
  return meetings[0]?.held_on ?? null;
}

/** The opinion if it is one of the meeting's, locked until the transaction ends; null otherwise. */
export async function lockTeamOpinion(tx: Queryable, meetingId: string, opinionId: string): Promise<OpinionRow | null> {
  const rows: OpinionRow[] = await tx.query(
    `SELECT id, seq, raised_by, content, category, case_id FROM team_opinions WHERE id = $1 AND meeting_id = $2 FOR UPDATE`,
    [opinionId, meetingId],
  );
  return rows[0] ?? null;
}

/** A team's last 60 meetings, newest first, with their opinions (and cases) and tasks. */
export async function meetingsOf(db: Queryable, teamId: string): Promise<TeamMeetingDto[]> {
  const meetings: {
    id: string;
    held_on: string;
    attendance: number;
    topics: string[];
    notes: string | null;
    propaganda_sessions: number;
    people_reached: number;
  }[] = await db.query(
    `SELECT id, held_on::text AS held_on, attendance, topics, notes, propaganda_sessions, people_reached FROM team_meetings WHERE team_id = $1
       ORDER BY held_on DESC, created_at DESC LIMIT 60`,
    [teamId],
  );
  const ids = meetings.map((m) => m.id);
  const [opinions, tasks] = await Promise.all([
    db.query(
      `SELECT o.id, o.meeting_id, o.seq, o.raised_by, o.content, o.category, o.case_id, ${caseCodeSql('o.case_id')} AS case_code
         FROM team_opinions o WHERE o.meeting_id = ANY($1::uuid[]) ORDER BY o.seq`,
      [ids],
    ) as Promise<(OpinionRow & { meeting_id: string; case_code: string | null })[]>,
    db.query(
      `SELECT k.id, k.meeting_id, k.member_id, m.full_name AS member_name, k.description, k.due_date::text AS due_date, k.done_at
         FROM team_tasks k JOIN team_members m ON m.id = k.member_id WHERE k.meeting_id = ANY($1::uuid[]) ORDER BY k.due_date NULLS LAST, k.id`,
      [ids],
    ) as Promise<
      {
        id: string;
        meeting_id: string;
        member_id: string;
        member_name: string;
        description: string;
        due_date: string | null;
        done_at: Date | null;
      }[]
    >,
  ]);
  return meetings.map((m) => ({
    id: m.id,
    teamId,
    date: m.held_on,
    attendance: m.attendance,
    topics: m.topics,
    notes: m.notes,
    propagandaSessions: m.propaganda_sessions,
    peopleReached: m.people_reached,
    opinions: opinions
      .filter((o) => o.meeting_id === m.id)
      .map((o) => ({
        id: o.id,
        seq: o.seq,
        raisedBy: o.raised_by,
        content: o.content,
        category: o.category,
        caseId: o.case_id,
        caseCode: o.case_code,
      })),
    tasks: tasks
      .filter((k) => k.meeting_id === m.id)
      .map((k) => ({
        id: k.id,
        memberId: k.member_id,
        memberName: k.member_name,
        description: k.description,
        dueDate: k.due_date,
        doneAt: k.done_at ? new Date(k.done_at).toISOString() : null,
      })),
  }));
}

/** The scorecard's criteria as stored, in their order. */
export async function criteriaRows(db: Queryable): Promise<{ metric: ScorecardMetric; weight: string; target: number }[]> {
  return db.query(`SELECT metric, weight, target FROM scorecard_criteria ORDER BY position`);
}

/**
 * Every team of the commune the actor may see, with its figures for the month `[from, to)` from its records: meetings
 * held, the opinions collected at them, how many became cases and how many of those were closed without ever passing a
 * deadline, propaganda sessions, people reached and the attendance rate.
 */
export async function teamFigures(
  db: Queryable,
  actor: Actor,
  communeId: string,
  today: string,
  from: string,
  to: string,
): Promise<(TeamRow & Record<ScorecardMetric, number>)[]> {
  const params: unknown[] = [communeId];
  const select = teamSelect(params, today);
  const scope = teamScope(actor, params);
  params.push(from, to);
  const f = params.length - 1;
  return db.query(
    `WITH m AS (SELECT * FROM team_meetings WHERE held_on >= $${f}::date AND held_on < $${f + 1}::date),
            o AS (SELECT m.team_id, op.case_id FROM team_opinions op JOIN m ON m.id = op.meeting_id),
            -- members serving on each meeting's date: the attendance rate counts the team as it was that day
            ms AS (SELECT m.team_id, m.attendance, (SELECT count(*)::int FROM team_members tm WHERE tm.team_id = m.team_id
                     AND tm.term_start <= m.held_on AND (tm.term_end IS NULL OR tm.term_end >= m.held_on)) AS serving FROM m)
       SELECT x.*,
         (SELECT count(*)::int FROM m WHERE m.team_id = x.id) AS meetings_held,
         (SELECT count(*)::int FROM o WHERE o.team_id = x.id) AS opinions_collected,
         (SELECT count(*)::int FROM o WHERE o.team_id = x.id AND o.case_id IS NOT NULL) AS cases_raised,
         (SELECT count(*)::int FROM o WHERE o.team_id = x.id AND ${caseClosedOnTimeSql('o.case_id')}) AS cases_resolved_on_time,
         (SELECT COALESCE(sum(m.propaganda_sessions), 0)::int FROM m WHERE m.team_id = x.id) AS propaganda_sessions,
         (SELECT COALESCE(sum(m.people_reached), 0)::int FROM m WHERE m.team_id = x.id) AS people_reached,
         (SELECT COALESCE(round(100.0 * sum(least(ms.attendance, ms.serving)) / NULLIF(sum(ms.serving), 0)), 0)::int
            FROM ms WHERE ms.team_id = x.id) AS attendance_rate
       FROM (${select} WHERE t.commune_id = $1 AND ${scope}) x`,
    params,
  );
}

/** The members of these teams who served some day of `[from, to)`, the lead first. */
export async function membersServed(
  db: Queryable,
  teamIds: readonly string[],
  from: string,
  to: string,
): Promise<{ id: string; team_id: string; full_name: string; role: TeamMemberRole }[]> {
  return db.query(
    `SELECT id, team_id, full_name, role FROM team_members WHERE team_id = ANY($1::uuid[])
         AND term_start < $3::date AND (term_end IS NULL OR term_end >= $2::date)
       ORDER BY CASE role WHEN 'team_lead' THEN 0 ELSE 1 END, full_name`,
    [teamIds, from, to],
  );
}

export function toSummary(r: TeamRow): TeamSummaryDto {
  return {
    id: r.id,
    name: r.name,
    communeId: r.commune_id,
    communeName: r.commune_name,
    neighbourhoodId: r.neighbourhood_id,
    neighbourhoodName: r.neighbourhood_name,
    termStart: r.term_start,
    termEnd: r.term_end,
    memberCount: r.member_count,
    leadName: r.lead_name,
  };
}
