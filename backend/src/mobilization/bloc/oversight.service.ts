import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentDto, BlocWatchDto, FlaggedTeamDto, InspectionDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { userNameSql } from '../../access/user-read-model';
import { agencyNameSql, agencyProvinceSql, neighbourhoodNameSql } from '../../organisation/organisation-read-model';
import { Clock } from '../../platform/clock/clock';
import { MobilizationService } from '../mobilization.service';
import { inReach, isBlocHead, isUpperCadre, reachCondition, reachOf, type BlocReach } from './bloc-access';
import { BlocErrors, Refusals } from './bloc.errors';
import { BlocService, serving } from './bloc.service';
import type { CreateAssignmentDto, CreateInspectionDto, MonthQueryDto, ReportAssignmentDto } from './dto/bloc.dto';
import { FocusService } from './focus.service';
import { addMonths, compliance, COMPLIANCE_WINDOW_MONTHS } from './meeting-compliance';

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

/**
 * Inspection and urging (kiểm tra, đôn đốc): each month the level above sends a cadre to check that village teams hold
 * their monthly meeting and keep their rules; the commune assigns its own cadres to attend village meetings; a team
 * that let a month pass without meeting is flagged until its next meeting (meeting-compliance.ts).
 */
@Injectable()
export class OversightService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bloc: BlocService,
    private readonly teams: MobilizationService,
    private readonly focus: FocusService,
  ) {}

  /** One commune when named (or the caller's), otherwise everything the caller follows (a province user: the province). */
  private async reach(actor: Actor, communeId?: string): Promise<BlocReach> {
    if (communeId)
      return {
        kind: 'commune',
        communeId: (await this.bloc.area(actor, communeId)).communeId,
      };
    const reach = reachOf(actor);
    if (!reach) throw BlocErrors.noArea();
    return reach;
  }

  // ---- inspections from above ----------------------------------------------------------------------------------------

  async inspections(actor: Actor, query: MonthQueryDto): Promise<InspectionDto[]> {
    const params: unknown[] = [];
    const where = [reachCondition(await this.reach(actor, query.communeId), params, 'i.commune_id')];
    if (query.month) {
      params.push(query.month);
      where.push(`i.month = $${params.length}`);
    }
    const rows: InspectionRow[] = await this.db.query(
      `${INSPECTION_SQL} WHERE ${where.join(' AND ')} ORDER BY i.visited_on DESC, i.created_at DESC LIMIT 200`,
      params,
    );
    return rows.map(toInspection);
  }

  async createInspection(actor: Actor, body: CreateInspectionDto): Promise<InspectionDto> {
    const team = await this.teams.teamInScope(actor, body.teamId);
    if (!isUpperCadre(actor, team)) throw Refusals.upperOnly();
    if (body.visitedOn > this.bloc.today())
      throw BlocErrors.invalid('visitedOn', 'Ngày kiểm tra không được ở tương lai', 'The visit cannot be in the future');
    if (body.month > body.visitedOn.slice(0, 7))
      throw BlocErrors.invalid('month', 'Tháng được kiểm tra phải trước ngày kiểm tra', 'The month checked must not be after the visit');
    const [{ id }]: { id: string }[] = await this.db.query(
      `INSERT INTO team_inspections (team_id, commune_id, month, visited_on, meeting_held, rules_kept, findings, recommendations, inspector_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        team.id,
        team.communeId,
        body.month,
        body.visitedOn,
        body.meetingHeld,
        body.rulesKept,
        body.findings.trim(),
        body.recommendations?.trim() || null,
        actor.userId,
        this.clock.now(),
      ],
    );
    const rows: InspectionRow[] = await this.db.query(`${INSPECTION_SQL} WHERE i.id = $1`, [id]);
    return toInspection(rows[0]);
  }

  // ---- commune cadres at village meetings ----------------------------------------------------------------------------

  async assignments(actor: Actor, query: MonthQueryDto): Promise<AssignmentDto[]> {
    const area = await this.bloc.area(actor, query.communeId);
    const rows: AssignmentRow[] = await this.db.query(
      `${ASSIGNMENT_SQL} WHERE t.commune_id = $1 AND ($2::text IS NULL OR s.month = $2) ORDER BY s.month DESC, t.name, m.full_name LIMIT 300`,
      [area.communeId, query.month ?? null],
    );
    return rows.map((r) => toAssignment(actor, r));
  }

  /** The bloc head assigns a serving member to attend a team's meeting of a month. */
  async createAssignment(actor: Actor, body: CreateAssignmentDto): Promise<AssignmentDto> {
    const team = await this.teams.teamInScope(actor, body.teamId);
    if (!isBlocHead(actor, team)) throw Refusals.headOnly();
    const member = await this.bloc.memberOf(this.db.manager, team.communeId, body.memberId, 'memberId');
    if (!serving(member, `${body.month}-01`) && !serving(member, this.bloc.today()))
      throw BlocErrors.invalid('memberId', 'Thành viên không trong nhiệm kỳ', 'The member is not serving');
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO meeting_assignments (team_id, member_id, month, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (team_id, member_id, month) DO NOTHING RETURNING id`,
      [team.id, body.memberId, body.month, this.clock.now()],
    );
    if (!rows[0])
      throw BlocErrors.conflict('Thành viên đã được phân công dự buổi sinh hoạt này', 'The member is already assigned to this meeting');
    return this.assignment(actor, rows[0].id);
  }

  /** The assigned member (through their account) or the head reports whether they attended, and what they resolved. */
  async reportAssignment(actor: Actor, id: string, body: ReportAssignmentDto): Promise<AssignmentDto> {
    const row = await this.assignmentRow(actor, id);
    if (!canReport(actor, row)) throw Refusals.ownerOnly();
    await this.db.query(`UPDATE meeting_assignments SET attended = $2, note = $3 WHERE id = $1`, [
      id,
      body.attended,
      body.note?.trim() || null,
    ]);
    return this.assignment(actor, id);
  }

  private async assignment(actor: Actor, id: string): Promise<AssignmentDto> {
    return toAssignment(actor, await this.assignmentRow(actor, id));
  }

  private async assignmentRow(actor: Actor, id: string): Promise<AssignmentRow> {
    const rows: AssignmentRow[] = await this.db.query(`${ASSIGNMENT_SQL} WHERE s.id = $1`, [id]);
    const row = rows[0];
    if (
      !row ||
      !inReach(actor, {
        communeId: row.commune_id,
        provinceId: row.province_id,
      })
    )
      throw BlocErrors.notFound();
    return row;
  }

  // ---- the leader's overview -----------------------------------------------------------------------------------------

  /** Teams flagged for a missed month (until their next meeting) and the focused villages, of a commune or the province. */
  async watch(actor: Actor, communeId?: string): Promise<BlocWatchDto> {
    const reach = await this.reach(actor, communeId);
    const today = this.bloc.today();
    const lastCompleteMonth = addMonths(today.slice(0, 7), -1);
    const since = `${addMonths(lastCompleteMonth, 1 - COMPLIANCE_WINDOW_MONTHS)}-01`;
    const params: unknown[] = [];
    const where = reachCondition(reach, params, 't.commune_id');
    params.push(since);
    const teams: {
      id: string;
      name: string;
      neighbourhood_name: string;
      commune_id: string;
      commune_name: string;
      term_start: string;
      term_end: string | null;
      meetings: string[];
    }[] = await this.db.query(
      `SELECT t.id, t.name, ${neighbourhoodNameSql('t.neighbourhood_id')} AS neighbourhood_name, t.commune_id,
         ${agencyNameSql('t.commune_id')} AS commune_name, t.term_start::text AS term_start, t.term_end::text AS term_end,
         ARRAY(SELECT m.held_on::text FROM team_meetings m WHERE m.team_id = t.id AND m.held_on >= $${params.length}::date) AS meetings
       FROM mobilization_teams t
       WHERE ${where} ORDER BY commune_name, neighbourhood_name, t.name`,
      params,
    );
    const inspections: {
      team_id: string;
      visited_on: string;
      inspector_name: string;
      findings: string;
    }[] = await this.db.query(
      `SELECT DISTINCT ON (i.team_id) i.team_id, i.visited_on::text AS visited_on, ${userNameSql('i.inspector_id')} AS inspector_name, i.findings
         FROM team_inspections i WHERE i.team_id = ANY($1::uuid[])
         ORDER BY i.team_id, i.visited_on DESC, i.created_at DESC`,
      [teams.map((t) => t.id)],
    );
    const flagged: FlaggedTeamDto[] = [];
    for (const t of teams) {
      const result = compliance({ termStart: t.term_start, termEnd: t.term_end, meetings: t.meetings }, lastCompleteMonth);
      if (!result.open.length) continue;
      const last = inspections.find((i) => i.team_id === t.id);
      flagged.push({
        teamId: t.id,
        teamName: t.name,
        neighbourhoodName: t.neighbourhood_name,
        communeId: t.commune_id,
        communeName: t.commune_name,
        missedMonths: result.open,
        lastMeetingOn: result.lastMeetingOn,
        lastInspection: last
          ? {
              visitedOn: last.visited_on,
              inspectorName: last.inspector_name,
              findings: last.findings,
            }
          : null,
      });
    }
    return {
      lastCompleteMonth,
      flagged,
      focus: await this.focus.watchRows(reach, Number(today.slice(0, 4))),
    };
  }
}

interface AssignmentRow {
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

function canReport(actor: Actor, r: AssignmentRow): boolean {
  return (
    isBlocHead(actor, { communeId: r.commune_id }) ||
    (r.member_user_id !== null && r.member_user_id === actor.userId && actor.communeId === r.commune_id)
  );
}

function toAssignment(actor: Actor, r: AssignmentRow): AssignmentDto {
  return {
    id: r.id,
    teamId: r.team_id,
    teamName: r.team_name,
    memberId: r.member_id,
    memberName: r.member_name,
    month: r.month,
    attended: r.attended,
    note: r.note,
    canReport: canReport(actor, r),
  };
}

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
