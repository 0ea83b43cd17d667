import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { BlocDto, BlocPlanDto, BriefingDto, SentimentNoteDto } from '@tiep-dan/contracts';
import type { Actor } from '../../access/actor';
import { Allow, CurrentActor } from '../../access/auth.guard';
import { uuidParam } from '../../platform/http/uuid-param.pipe';
import { BlocBriefingsService } from './bloc-briefings.service';
import { BlocPlansService } from './bloc-plans.service';
import { BlocService } from './bloc.service';
import {
  AddPlanTaskDto,
  BlocMemberInputDto,
  BlocRulesDto,
  CommuneQueryDto,
  CreateBriefingDto,
  CreatePlanDto,
  CreateSentimentNoteDto,
  EndTermDto,
  NotesQueryDto,
  PlanTaskProgressDto,
  YearQueryDto,
} from './dto/bloc.dto';

/** The commune's mobilization bloc: members and rules, the yearly plan, briefings and what people think. */
@ApiTags('bloc')
@ApiBearerAuth()
@Controller('bloc')
export class BlocController {
  constructor(
    private readonly bloc: BlocService,
    private readonly plans: BlocPlansService,
    private readonly briefings: BlocBriefingsService,
  ) {}

  @Get()
  @Allow('bloc.read')
  get(@CurrentActor() actor: Actor, @Query() query: CommuneQueryDto): Promise<BlocDto> {
    return this.bloc.bloc(actor, query.communeId);
  }

  @Put('rules')
  @Allow('bloc.lead')
  setRules(@CurrentActor() actor: Actor, @Body() body: BlocRulesDto): Promise<BlocDto> {
    return this.bloc.setRules(actor, body);
  }

  @Post('members')
  @Allow('bloc.lead')
  addMember(@CurrentActor() actor: Actor, @Body() body: BlocMemberInputDto): Promise<BlocDto> {
    return this.bloc.addMember(actor, body);
  }

  @Post('members/:memberId/end-term')
  @HttpCode(200)
  @Allow('bloc.lead')
  endTerm(
    @CurrentActor() actor: Actor,
    @Param('memberId', uuidParam('memberId')) memberId: string,
    @Body() body: EndTermDto,
  ): Promise<BlocDto> {
    return this.bloc.endMemberTerm(actor, memberId, body.termEnd);
  }

  @Get('plans')
  @Allow('bloc.read')
  listPlans(@CurrentActor() actor: Actor, @Query() query: YearQueryDto): Promise<BlocPlanDto[]> {
    return this.plans.plans(actor, query.communeId, query.year);
  }

  @Post('plans')
  @Allow('bloc.lead')
  createPlan(@CurrentActor() actor: Actor, @Body() body: CreatePlanDto): Promise<BlocPlanDto> {
    return this.plans.createPlan(actor, body);
  }

  @Post('plans/:id/tasks')
  @Allow('bloc.lead')
  addTask(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() body: AddPlanTaskDto): Promise<BlocPlanDto> {
    return this.plans.addTask(actor, id, body);
  }

  /** The task's owner or the bloc head reports progress. */
  @Post('plans/:id/tasks/:taskId/progress')
  @HttpCode(200)
  @Allow('bloc.report')
  reportTask(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Body() body: PlanTaskProgressDto,
  ): Promise<BlocPlanDto> {
    return this.plans.reportTask(actor, id, taskId, body);
  }

  @Get('briefings')
  @Allow('bloc.read')
  listBriefings(@CurrentActor() actor: Actor, @Query() query: YearQueryDto): Promise<BriefingDto[]> {
    return this.briefings.briefings(actor, query.communeId, query.year);
  }

  @Post('briefings')
  @Allow('bloc.lead')
  createBriefing(@CurrentActor() actor: Actor, @Body() body: CreateBriefingDto): Promise<BriefingDto> {
    return this.briefings.createBriefing(actor, body);
  }

  @Get('sentiment-notes')
  @Allow('bloc.read')
  notes(@CurrentActor() actor: Actor, @Query() query: NotesQueryDto): Promise<SentimentNoteDto[]> {
    return this.briefings.notes(actor, query);
  }

  /** A member notes what people think, heard at a union meeting, a neighbourhood meeting or a field survey. */
  @Post('sentiment-notes')
  @Allow('bloc.report')
  createNote(@CurrentActor() actor: Actor, @Body() body: CreateSentimentNoteDto): Promise<SentimentNoteDto> {
    return this.briefings.createNote(actor, body);
  }
}
