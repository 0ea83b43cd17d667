import type { InspectionDto } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { userNameSql } from '../../access/user-read-model';
import { agencyNameSql, agencyProvinceSql, neighbourhoodNameSql } from '../../organisation/organisation-read-model';
import { reachCondition, type BlocReach } from './bloc-access';

/** The reads of inspection and urging (team_inspections, meeting_assignments) and of the teams' meetings they watch. */

type Queryable = Pick<EntityManager, 'query'>;

// ---- inspections from above ------------------------------------------------------------------------------------------

interface InspectionRow {
  id: string;
  team_id: string;
  team_name: string;
  neighbourhood_name: string;
  commune_id: string;
  commune_name: string;
  visited_on: string;
  month: string;
  inspector_name: string;
  meeting_held: boolean;
  rules_kept: boolean;
  findings: string;
  recommendations: string | null;
}

const INSPECTION_SQL = `SELECT i.id, i.team_id, t.name AS team_name, ${neighbourhoodNameSql('t.neighbourhood_id')} AS neighbourhood_name, i.commune_id,
    ${agencyNameSql('i.commune_id')} AS commune_name, i.visited_on::text AS visited_on, i.month, ${userNameSql('i.inspector_id')} AS inspector_name,
    i.meeting_held, i.rules_kept, i.findings, i.recommendations
  FROM team_inspections i JOIN mobilization_teams t ON t.id = i.team_id`;

function toInspection(r: InspectionRow): InspectionDto {
  return {
    id: r.id,
    teamId: r.team_id,
    teamName: r.team_name,
    neighbourhoodName: r.neighbourhood_name,
    communeId: r.commune_id,
    communeName: r.commune_name,
    visitedOn: r.visited_on,
    month: r.month,
    inspectorName: r.inspector_name,
    meetingHeld: r.meeting_held,
    rulesKept: r.rules_kept,
    findings: r.findings,
    recommendations: r.recommendations,
  };
}

/** The latest inspections in the reach (of a month when given). */
export async function inspectionsIn(db: Queryable, reach: BlocReach, month?: string): Promise<InspectionDto[]> {
  const params: unknown[] = [];
  const where = [reachCondition(reach, params, 'i.commune_id')];
  if (month) {
    params.push(month);
    where.push(`i.month = $${params.length}`);
  }
  const rows: InspectionRow[] = await db.query(
    `${INSPECTION_SQL} WHERE ${where.join(' AND ')} ORDER BY i.visited_on DESC, i.created_at DESC LIMIT 200`,
    params,
  );
  return rows.map(toInspection);
}

export async function inspectionById(db: Queryable, id: string): Promise<InspectionDto> {
  const rows: InspectionRow[] = await db.query(`${INSPECTION_SQL} WHERE i.id = $1`, [id]);
  return toInspection(rows[0]);
}

/** Each team's latest inspection. */
export function lastInspections(
  db: Queryable,
  teamIds: string[],
): Promise<{ team_id: string; visited_on: string; inspector_name: string; findings: string }[]> {
  return db.query(
    `SELECT DISTINCT ON (i.team_id) i.team_id, i.visited_on::text AS visited_on, ${userNameSql('i.inspector_id')} AS inspector_name, i.findings
         FROM team_inspections i WHERE i.team_id = ANY($1::uuid[])
         ORDER BY i.team_id, i.visited_on DESC, i.created_at DESC`,
    [teamIds],
  );
}

// ---- commune cadres at village meetings ------------------------------------------------------------------------------

export interface AssignmentRow {
  id: string;
  team_id: string;
  team_name: string;
  commune_id: string;
  province_id: string;
  member_id: string;
  member_name: string;
  member_user_id: string | null;
  month: string;
  attended: boolean | null;
  note: string | null;
}

const ASSIGNMENT_SQL = `SELECT s.id, s.team_id, t.name AS team_name, t.commune_id, ${agencyProvinceSql('t.commune_id')} AS province_id, s.member_id,
    m.full_name AS member_name, m.user_id AS member_user_id, s.month, s.attended, s.note
  FROM meeting_assignments s JOIN mobilization_teams t ON t.id = s.team_id
  JOIN bloc_members m ON m.id = s.member_id`;

/** The commune's assignments (of a month when given), the latest month first. */
export function assignmentsOf(db: Queryable, communeId: string, month: string | null): Promise<AssignmentRow[]> {
  return db.query(
    `${ASSIGNMENT_SQL} WHERE t.commune_id = $1 AND ($2::text IS NULL OR s.month = $2) ORDER BY s.month DESC, t.name, m.full_name LIMIT 300`,
    [communeId, month],
  );
}

export async function assignmentRow(db: Queryable, id: string): Promise<AssignmentRow | null> {
  const rows: AssignmentRow[] = await db.query(`${ASSIGNMENT_SQL} WHERE s.id = $1`, [id]);
  return rows[0] ?? null;
}

// ---- the leader's overview -------------------------------------------------------------------------------------------

export interface WatchedTeamRow {
  id: string;
  name: string;
  neighbourhood_name: string;
  commune_id: string;
  commune_name: string;
  term_start: string;
  term_end: string | null;
  meetings: string[];
}

/** The teams in the reach, each with the days of its meetings since a day. */
export function teamsWithMeetingsSince(db: Queryable, reach: BlocReach, since: string): Promise<WatchedTeamRow[]> {
  const params: unknown[] = [];
  const where = reachCondition(reach, params, 't.commune_id');
  params.push(since);
  return db.query(
    `SELECT t.id, t.name, ${neighbourhoodNameSql('t.neighbourhood_id')} AS neighbourhood_name, t.commune_id,
         ${agencyNameSql('t.commune_id')} AS commune_name, t.term_start::text AS term_start, t.term_end::text AS term_end,
         ARRAY(SELECT m.held_on::text FROM team_meetings m WHERE m.team_id = t.id AND m.held_on >= $${params.length}::date) AS meetings
       FROM mobilization_teams t
       WHERE ${where} ORDER BY commune_name, neighbourhood_name, t.name`,
    params,
  );
}
