import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  CommuneRankingDto,
  GoodPracticeDto,
  ScorecardCriterionDto,
  TeamDetailDto,
  TeamMeetingDto,
  TeamScorecardDto,
  TeamSummaryDto,
} from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { Allow, CurrentActor } from '../access/auth.guard';
import { RaiseOpinionCasesDto } from '../cases/dto/opinion-cases.dto';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import {
  AddMembersDto,
  CreateMeetingDto,
  CreateTeamDto,
  GoodPracticeInputDto,
  GoodPracticeQueryDto,
  RankingQueryDto,
  ScorecardQueryDto,
  TeamListQueryDto,
  UpdateCriteriaDto,
} from './dto/team.dto';
import { GoodPracticesService } from './bloc/good-practices.service';
import { EndTermDto } from './bloc/dto/bloc.dto';
import { MobilizationService } from './mobilization.service';
import { ScorecardService } from './scorecard.service';
import { TeamMeetingsService } from './team-meetings.service';
import { TeamOpinionsService } from './team-opinions.service';

/** Mobilization teams (tổ dân vận): members, monthly meetings, opinions → cases, scorecards and the commune ranking. */
@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
export class MobilizationController {
  constructor(
    private readonly teams: MobilizationService,
    private readonly meetings: TeamMeetingsService,
    private readonly opinions: TeamOpinionsService,
    private readonly scorecards: ScorecardService,
    private readonly practices: GoodPracticesService,
  ) {}

  @Get()
  @Allow('team.read')
  list(@CurrentActor() actor: Actor, @Query() query: TeamListQueryDto): Promise<TeamSummaryDto[]> {
    return this.teams.list(actor, query.communeId);
  }

  @Post()
  @Allow('team.create')
  create(@CurrentActor() actor: Actor, @Body() body: CreateTeamDto): Promise<TeamDetailDto> {
    return this.teams.create(actor, body);
  }

  @Get('ranking')
  @Allow('team.read')
  ranking(@CurrentActor() actor: Actor, @Query() query: RankingQueryDto): Promise<CommuneRankingDto> {
    return this.scorecards.ranking(actor, query.communeId, query.month);
  }

  @Get('criteria')
  @Allow('team.criteria.read')
  criteria(): Promise<ScorecardCriterionDto[]> {
    return this.scorecards.criteria();
  }

  /** Province leaders and administrators set the weights and monthly targets. */
  @Put('criteria')
  @Allow('settings.update')
  updateCriteria(@CurrentActor() actor: Actor, @Body() body: UpdateCriteriaDto): Promise<ScorecardCriterionDto[]> {
    return this.scorecards.updateCriteria(actor, body);
  }

  /** The yearly "Dân vận khéo" register: the recognised models (the flow itself is under /api/bloc/good-practices). */
  @Get('good-practices')
  @Allow('team.read')
  goodPractices(@CurrentActor() actor: Actor, @Query() query: GoodPracticeQueryDto): Promise<GoodPracticeDto[]> {
    return this.practices.register(actor, query.year, query.communeId);
  }

  @Get(':id')
  @Allow('team.read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<TeamDetailDto> {
    return this.teams.get(actor, id);
  }

  @Post(':id/members')
  @Allow('team.record')
  addMembers(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() body: AddMembersDto): Promise<TeamDetailDto> {
    return this.teams.addMembers(actor, id, body);
  }

  /** Membership changes (kiện toàn) are dated: the member stays in the months they served. */
  @Post(':id/members/:memberId/end-term')
  @HttpCode(200)
  @Allow('team.record')
  endMemberTerm(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('memberId', uuidParam('memberId')) memberId: string,
    @Body() body: EndTermDto,
  ): Promise<TeamDetailDto> {
    return this.teams.endMemberTerm(actor, id, memberId, body.termEnd);
  }

  @Post(':id/meetings')
  @Allow('team.record')
  recordMeeting(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateMeetingDto,
  ): Promise<TeamMeetingDto> {
    return this.meetings.recordMeeting(actor, id, body);
  }

  /** Opinions collected at a meeting → proposals/reflections, all in one transaction. */
  @Post(':id/meetings/:meetingId/cases')
  @HttpCode(200)
  @Allow('team.record')
  raiseCases(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('meetingId', uuidParam('meetingId')) meetingId: string,
    @Body() body: RaiseOpinionCasesDto,
  ): Promise<TeamMeetingDto> {
    return this.opinions.raiseCases(actor, id, meetingId, body);
  }

  @Post(':id/tasks/:taskId/done')
  @HttpCode(200)
  @Allow('team.record')
  completeTask(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('taskId', uuidParam('taskId')) taskId: string,
  ): Promise<TeamMeetingDto> {
    return this.meetings.completeTask(actor, id, taskId);
  }

  @Get(':id/scorecard')
  @Allow('team.read')
  scorecard(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: ScorecardQueryDto,
  ): Promise<TeamScorecardDto> {
    return this.scorecards.scorecard(actor, id, query.month);
  }

  /** A leader records a team's model already recognised, straight into the register. */
  @Post(':id/good-practices')
  @Allow('team.practice.record')
  addGoodPractice(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: GoodPracticeInputDto,
  ): Promise<GoodPracticeDto> {
    return this.practices.recordRecognised(actor, id, body);
  }
}
