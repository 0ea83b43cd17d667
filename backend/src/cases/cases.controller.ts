import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { CaseDetailDto, CasePage, CaseReminderDto, CaseEventAnswerDto } from '@tiep-dan/contracts';
import type { Response } from 'express';
import type { Actor } from '../access/actor';
import { Allow, ClientIp, CurrentActor } from '../access/auth.guard';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { CasesService } from './cases.service';
import {
  ApplyCaseEventDto,
  CaseListQueryDto,
  CaseReminderRequestDto,
  CreateCaseDto,
  ReDenunciationDto,
  RevealIdentityDto,
  SecondComplaintDto,
} from './dto/case.dto';
import type { IdempotentResult } from './idempotency';
import { RemindersService } from './reminders.service';

function send<T>(res: Response, result: IdempotentResult<T>): T {
  res.status(result.status);
  if (result.kind === 'replay') res.setHeader('Idempotent-Replayed', 'true');
  return result.body;
}

/** The page without the machine's description, which the client already holds (CaseEventAnswerDto). */
function withoutLifecycle(page: CaseDetailDto): CaseEventAnswerDto {
  const answer: Partial<CaseDetailDto> = { ...page };
  delete answer.lifecycle;
  return answer as CaseEventAnswerDto;
}

/** Cases: every route scoped to the caller's agency, commune or province (case-scope.ts). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly reminders: RemindersService,
  ) {}

  @Get()
  @Allow('case.read')
  list(@CurrentActor() actor: Actor, @Query() query: CaseListQueryDto): Promise<CasePage> {
    return this.cases.list(actor, query);
  }

  @Post()
  @Allow('case.create')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first result' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDetailDto> {
    return send(res, await this.cases.create(actor, body, key));
  }

  @Get(':id')
  @Allow('case.read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<CaseDetailDto> {
    return this.cases.get(actor, id);
  }

  @Post(':id/events')
  @Allow('case.event')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first result' })
  async applyEvent(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ApplyCaseEventDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseEventAnswerDto> {
    return withoutLifecycle(send(res, await this.cases.applyEvent(actor, id, body, key)));
  }

  /** A second complaint on this first one: opens the linked case at the province (Luật Khiếu nại 2011 Art. 33). */
  @Post(':id/second-complaint')
  @Allow('case.follow-up')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first result' })
  async secondComplaint(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: SecondComplaintDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDetailDto> {
    return send(res, await this.cases.fileSecondComplaint(actor, id, body, key));
  }

  /** A re-denunciation at the next level, showing the earlier conclusion (Luật Tố cáo 2018 Art. 37). */
  @Post(':id/re-denunciation')
  @Allow('case.follow-up')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first result' })
  async reDenunciation(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReDenunciationDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseDetailDto> {
    return send(res, await this.cases.fileReDenunciation(actor, id, body, key));
  }

  /** A leader urges the agency handling the case (đôn đốc): recorded in the history, the agency notified; once a day. */
  @Post(':id/reminders')
  @Allow('case.remind')
  remind(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CaseReminderRequestDto,
  ): Promise<CaseReminderDto> {
    return this.reminders.remind(actor, id, body.note);
  }

  @Post(':id/identity/reveal')
  @HttpCode(200)
  @Allow('case.identity.reveal')
  revealIdentity(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: RevealIdentityDto,
    @ClientIp() ip: string | null,
  ): Promise<Record<string, unknown>> {
    return this.cases.revealIdentity(actor, id, body.reason, ip);
  }
}
