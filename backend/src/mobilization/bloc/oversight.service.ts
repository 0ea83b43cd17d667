import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentDto, BlocWatchDto, FlaggedTeamDto, InspectionDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { Clock } from '../../platform/clock/clock';
import { MobilizationService } from '../mobilization.service';
import { inReach, isBlocHead, isUpperCadre, reachOf, type BlocReach } from './bloc-access';
import { BlocErrors, Refusals } from './bloc.errors';
import { insertAssignment, insertInspection, reportAssignment } from './bloc.repository';
import { BlocService, serving } from './bloc.service';
import type { CreateAssignmentDto, CreateInspectionDto, MonthQueryDto, ReportAssignmentDto } from './dto/bloc.dto';
import { FocusService } from './focus.service';
import { addMonths, compliance, COMPLIANCE_WINDOW_MONTHS } from './meeting-compliance';
import {
  assignmentRow,
  assignmentsOf,
  inspectionById,
  inspectionsIn,
  lastInspections,
  teamsWithMeetingsSince,
  type AssignmentRow,
} from './oversight.read-model';

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
    return inspectionsIn(this.db.manager, await this.reach(actor, query.communeId), query.month);
  }

  async createInspection(actor: Actor, body: CreateInspectionDto): Promise<InspectionDto> {
    const team = await this.teams.teamInScope(actor, body.teamId);
    if (!isUpperCadre(actor, team)) throw Refusals.upperOnly();
    if (body.visitedOn > this.bloc.today())
      throw BlocErrors.invalid('visitedOn', 'Ngày kiểm tra không được ở tương lai', 'The visit cannot be in the future');
    if (body.month > body.visitedOn.slice(0, 7))
      throw BlocErrors.invalid('month', 'Tháng được kiểm tra phải trước ngày kiểm tra', 'The month checked must not be after the visit');
    const id = await insertInspection(this.db.manager, {
      teamId: team.id,
      communeId: team.communeId,
      month: body.month,
      visitedOn: body.visitedOn,
      meetingHeld: body.meetingHeld,
      rulesKept: body.rulesKept,
      findings: body.findings.trim(),
      recommendations: body.recommendations?.trim() || null,
      inspectorId: actor.userId,
      createdAt: this.clock.now(),
    });
    return inspectionById(this.db.manager, id);
  }

  // ---- commune cadres at village meetings ----------------------------------------------------------------------------

  async assignments(actor: Actor, query: MonthQueryDto): Promise<AssignmentDto[]> {
    const area = await this.bloc.area(actor, query.communeId);
    const rows = await assignmentsOf(this.db.manager, area.communeId, query.month ?? null);
    return rows.map((r) => toAssignment(actor, r));
  }

  /** The bloc head assigns a serving member to attend a team's meeting of a month. */
  async createAssignment(actor: Actor, body: CreateAssignmentDto): Promise<AssignmentDto> {
    const team = await this.teams.teamInScope(actor, body.teamId);
    if (!isBlocHead(actor, team)) throw Refusals.headOnly();
    const member = await this.bloc.memberOf(this.db.manager, team.communeId, body.memberId, 'memberId');
    if (!serving(member, `${body.month}-01`) && !serving(member, this.bloc.today()))
      throw BlocErrors.invalid('memberId', 'Thành viên không trong nhiệm kỳ', 'The member is not serving');
    const id = await insertAssignment(this.db.manager, team.id, body.memberId, body.month, this.clock.now());
    if (!id)
      throw BlocErrors.conflict('Thành viên đã được phân công dự buổi sinh hoạt này', 'The member is already assigned to this meeting');
    return this.assignment(actor, id);
  }

  /** The assigned member (through their account) or the head reports whether they attended, and what they resolved. */
  async reportAssignment(actor: Actor, id: string, body: ReportAssignmentDto): Promise<AssignmentDto> {
    const row = await this.assignmentRow(actor, id);
    if (!canReport(actor, row)) throw Refusals.ownerOnly();
    await reportAssignment(this.db.manager, id, body.attended, body.note?.trim() || null);
    return this.assignment(actor, id);
  }

  private async assignment(actor: Actor, id: string): Promise<AssignmentDto> {
    return toAssignment(actor, await this.assignmentRow(actor, id));
  }

  private async assignmentRow(actor: Actor, id: string): Promise<AssignmentRow> {
    const row = await assignmentRow(this.db.manager, id);
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
    const teams = await teamsWithMeetingsSince(this.db.manager, reach, since);
    const inspections = await lastInspections(
      this.db.manager,
      teams.map((t) => t.id),
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
