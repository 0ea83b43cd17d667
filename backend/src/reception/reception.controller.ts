import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  CloseReceptionSessionResponse,
  DuplicateCheckResponse,
  PublicLookupResponse,
  CaseRatingDto,
  ReceptionRegisterDto,
  ReceptionScheduleDto,
  ReceptionSessionDetailDto,
  ReceptionSessionDto,
  ReceptionTodayDto,
  ReceptionVisitDto,
} from '@tiep-dan/contracts';
import type { Request, Response } from 'express';
import type { Actor } from '../access/actor';
import { Allow, ClientIp, CurrentActor } from '../access/auth.guard';
import { ReadsOnly } from '../platform/database/read-database';
import { Public } from '../platform/http/public.decorator';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import {
  DuplicateQueryDto,
  LogVisitDto,
  OpenReceptionSessionDto,
  PublicLookupDto,
  ReceptionRegisterQueryDto,
  SessionListQueryDto,
  UpdateReceptionScheduleDto,
} from './dto/reception.dto';
import { PublicLookupService } from './public-lookup.service';
import { RateCaseDto } from '../citizens/dto/online-petition.dto';
import { ReceptionDocumentsService } from './reception-documents.service';
import { DuplicateFinderService } from './duplicate-finder.service';
import { ReceptionScheduleService } from './reception-schedule.service';
import { ReceptionSessionsService } from './reception-sessions.service';
import { ReceptionVisitsService } from './reception-visits.service';

/** The reception day of the caller's commune: schedule, sessions, visits, receipts and the register. */
@ApiTags('reception')
@ApiBearerAuth()
@Controller('reception')
export class ReceptionController {
  constructor(
    private readonly schedules: ReceptionScheduleService,
    private readonly sessionsService: ReceptionSessionsService,
    private readonly visits: ReceptionVisitsService,
    private readonly duplicateFinder: DuplicateFinderService,
    private readonly documents: ReceptionDocumentsService,
  ) {}

  @Get('today')
  @Allow('reception.read')
  today(@CurrentActor() actor: Actor): Promise<ReceptionTodayDto> {
    return this.schedules.today(actor);
  }

  @Get('schedule')
  @Allow('reception.read')
  schedule(@CurrentActor() actor: Actor): Promise<ReceptionScheduleDto> {
    return this.schedules.schedule(actor);
  }

  @Put('schedule')
  @Allow('reception.desk')
  updateSchedule(@CurrentActor() actor: Actor, @Body() body: UpdateReceptionScheduleDto): Promise<ReceptionScheduleDto> {
    return this.schedules.updateSchedule(actor, body);
  }

  @Get('sessions')
  @Allow('reception.read')
  sessions(@CurrentActor() actor: Actor, @Query() query: SessionListQueryDto): Promise<ReceptionSessionDto[]> {
    return this.sessionsService.listSessions(actor, query.from, query.to);
  }

  @Post('sessions')
  @Allow('reception.desk')
  open(@CurrentActor() actor: Actor, @Body() body: OpenReceptionSessionDto): Promise<ReceptionSessionDto> {
    return this.sessionsService.openSession(actor, body);
  }

  @Get('sessions/:id')
  @Allow('reception.read')
  session(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ReceptionSessionDetailDto> {
    return this.sessionsService.sessionDetail(actor, id);
  }

  @Post('sessions/:id/close')
  @HttpCode(200)
  @Allow('reception.desk')
  close(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<CloseReceptionSessionResponse> {
    return this.sessionsService.closeSession(actor, id);
  }

  @Post('sessions/:id/visits')
  @Allow('reception.desk')
  logVisit(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string, @Body() body: LogVisitDto): Promise<ReceptionVisitDto> {
    return this.visits.logVisit(actor, id, body);
  }

  @Get('visits/:id')
  @Allow('reception.read')
  visit(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<ReceptionVisitDto> {
    return this.visits.visit(actor, id);
  }

  /** A POST so the ID number travels in the body, never in a URL that proxies and logs keep. */
  @Post('duplicates')
  @HttpCode(200)
  @Allow('reception.desk')
  duplicates(@CurrentActor() actor: Actor, @Body() body: DuplicateQueryDto): Promise<DuplicateCheckResponse> {
    return this.duplicateFinder.duplicates(actor, body);
  }

  @Get('cases/:caseId/receipt.pdf')
  @Allow('reception.desk')
  @ApiProduces('application/pdf')
  async receipt(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam()) caseId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { code, pdf } = await this.documents.receipt(actor, caseId, `${req.protocol}://${req.get('host') ?? 'localhost'}/lookup`);
    res.setHeader('Content-Disposition', `attachment; filename="phieu-tiep-nhan-${code}.pdf"`);
    return new StreamableFile(pdf, { type: 'application/pdf' });
  }

  @Get('visits/:visitId/refusal-notice.pdf')
  @Allow('reception.desk')
  @ApiProduces('application/pdf')
  async refusalNotice(
    @CurrentActor() actor: Actor,
    @Param('visitId', uuidParam()) visitId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { seq, pdf } = await this.documents.refusalNotice(actor, visitId);
    res.setHeader('Content-Disposition', `attachment; filename="thong-bao-tu-choi-tiep-${seq}.pdf"`);
    return new StreamableFile(pdf, { type: 'application/pdf' });
  }

  @Get('register')
  @Allow('reception.read')
  register(@CurrentActor() actor: Actor, @Query() query: ReceptionRegisterQueryDto): Promise<ReceptionRegisterDto> {
    return this.documents.register(actor, query);
  }

  @Get('register.xlsx')
  @Allow('reception.read')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async registerXlsx(
    @CurrentActor() actor: Actor,
    @Query() query: ReceptionRegisterQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { fileName, xlsx } = await this.documents.registerWorkbook(actor, query);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    return new StreamableFile(xlsx, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }
}

/** The citizen's lookup: no account, no personal data, throttled per address. */
@ApiTags('public')
@Controller('public')
export class PublicLookupController {
  constructor(private readonly lookups: PublicLookupService) {}

  @Post('lookup')
  @Public()
  @ReadsOnly()
  @HttpCode(200)
  lookup(@Body() body: PublicLookupDto, @ClientIp() ip: string | null): Promise<PublicLookupResponse> {
    return this.lookups.lookup(body.code, body.phoneLast4, ip);
  }

  /** The citizen rates the answer to their case (1–5 stars, a comment), once. */
  @Post('lookup/rating')
  @Public()
  rate(@Body() body: RateCaseDto, @ClientIp() ip: string | null): Promise<CaseRatingDto> {
    return this.lookups.rate(body, ip);
  }
}
