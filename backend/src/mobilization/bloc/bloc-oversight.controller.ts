import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AssignmentDto, BlocWatchDto, FocusProgrammeDto, FocusVillageDto, GoodPracticeDto, InspectionDto } from '@tiep-dan/contracts';
import type { Actor } from '../../access/actor';
import { Allow, CurrentActor } from '../../access/auth.guard';
import { uuidParam } from '../../platform/http/uuid-param.pipe';
import {
  AddFollowUpDto,
  CommuneQueryDto,
  CreateAssignmentDto,
  CreateInspectionDto,
  MonthQueryDto,
  NominateGoodPracticeDto,
  RecogniseGoodPracticeDto,
  RecordFocusScoresDto,
  ReportAssignmentDto,
  ReviewGoodPracticeDto,
  SelectFocusVillageDto,
  YearQueryDto,
} from './dto/bloc.dto';
import { FocusService } from './focus.service';
import { GoodPracticesService } from './good-practices.service';
import { OversightService } from './oversight.service';

/** Inspection from above, commune cadres at village meetings, focused villages, flags, and the "Dân vận khéo" flow. */
@ApiTags('bloc')
@ApiBearerAuth()
@Controller('bloc')
export class BlocOversightController {
  constructor(
    private readonly oversight: OversightService,
    private readonly focus: FocusService,
    private readonly practices: GoodPracticesService,
  ) {}

  @Get('watch')
  @Allow('bloc.read')
  @ApiOkResponse({
    description: 'Teams flagged for a missed monthly meeting, and the focused villages, of a commune or the province',
  })
  watch(@CurrentActor() actor: Actor, @Query() query: CommuneQueryDto): Promise<BlocWatchDto> {
    return this.oversight.watch(actor, query.communeId);
  }

  @Get('inspections')
  @Allow('bloc.read')
  inspections(@CurrentActor() actor: Actor, @Query() query: MonthQueryDto): Promise<InspectionDto[]> {
    return this.oversight.inspections(actor, query);
  }

  /** A cadre of the level above records the visit to a village team and what was found. */
  @Post('inspections')
  @Allow('bloc.inspect')
  createInspection(@CurrentActor() actor: Actor, @Body() body: CreateInspectionDto): Promise<InspectionDto> {
    return this.oversight.createInspection(actor, body);
  }

  @Get('assignments')
  @Allow('bloc.read')
  assignments(@CurrentActor() actor: Actor, @Query() query: MonthQueryDto): Promise<AssignmentDto[]> {
    return this.oversight.assignments(actor, query);
  }

  @Post('assignments')
  @Allow('bloc.lead')
  createAssignment(@CurrentActor() actor: Actor, @Body() body: CreateAssignmentDto): Promise<AssignmentDto> {
    return this.oversight.createAssignment(actor, body);
  }

  @Post('assignments/:id/report')
  @HttpCode(200)
  @Allow('bloc.report')
  reportAssignment(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReportAssignmentDto,
  ): Promise<AssignmentDto> {
    return this.oversight.reportAssignment(actor, id, body);
  }

  @Get('focus')
  @Allow('bloc.read')
  focusProgramme(@CurrentActor() actor: Actor, @Query() query: YearQueryDto): Promise<FocusProgrammeDto> {
    return this.focus.programme(actor, query.communeId, query.year);
  }

  @Post('focus')
  @Allow('bloc.lead')
  selectFocus(@CurrentActor() actor: Actor, @Body() body: SelectFocusVillageDto): Promise<FocusVillageDto> {
    return this.focus.select(actor, body);
  }

  @Post('focus/:id/scores')
  @HttpCode(200)
  @Allow('bloc.lead')
  recordScores(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: RecordFocusScoresDto,
  ): Promise<FocusVillageDto> {
    return this.focus.recordScores(actor, id, body);
  }

  @Get('good-practices')
  @Allow('bloc.read')
  goodPractices(@CurrentActor() actor: Actor, @Query() query: YearQueryDto): Promise<GoodPracticeDto[]> {
    return this.practices.list(actor, query.communeId, query.year);
  }

  @Post('good-practices')
  @Allow('bloc.report')
  nominate(@CurrentActor() actor: Actor, @Body() body: NominateGoodPracticeDto): Promise<GoodPracticeDto> {
    return this.practices.nominate(actor, body);
  }

  @Post('good-practices/:id/review')
  @HttpCode(200)
  @Allow('bloc.lead')
  reviewPractice(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReviewGoodPracticeDto,
  ): Promise<GoodPracticeDto> {
    return this.practices.review(actor, id, body);
  }

  @Post('good-practices/:id/recognise')
  @HttpCode(200)
  @Allow('bloc.lead')
  recognise(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: RecogniseGoodPracticeDto,
  ): Promise<GoodPracticeDto> {
    return this.practices.recognise(actor, id, body);
  }

  @Post('good-practices/:id/follow-ups')
  @Allow('bloc.lead')
  followUp(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() body: AddFollowUpDto): Promise<GoodPracticeDto> {
    return this.practices.followUp(actor, id, body);
  }
}
