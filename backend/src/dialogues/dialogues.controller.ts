import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type DialogueDetailDto, type DialogueSummaryDto } from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { Allow, CurrentActor } from '../access/auth.guard';
import { AcceptsOneFile, fileDownload, type UploadedFile as UploadedFileDto } from '../cases/attachment-upload';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { DialogueAttachmentsService } from './dialogue-attachments.service';
import { DialogueCommitmentsService } from './dialogue-commitments.service';
import { DialogueOpinionsService } from './dialogue-opinions.service';
import { DialoguesService } from './dialogues.service';
import { CreateCommitmentDto, CreateDialogueDto, DialogueListQueryDto, RecordMinutesDto } from './dto/dialogue.dto';
import { RaiseOpinionCasesDto } from '../cases/dto/opinion-cases.dto';

/** Dialogues, seminars, voter contacts and thematic meetings: minutes, opinions → cases, commitments → tracked cases. */
@ApiTags('dialogues')
@ApiBearerAuth()
@Controller('dialogues')
export class DialoguesController {
  constructor(
    private readonly dialogues: DialoguesService,
    private readonly commitments: DialogueCommitmentsService,
    private readonly opinions: DialogueOpinionsService,
    private readonly attachments: DialogueAttachmentsService,
  ) {}

  @Get()
  @Allow('dialogue.read')
  list(@CurrentActor() actor: Actor, @Query() query: DialogueListQueryDto): Promise<DialogueSummaryDto[]> {
    return this.dialogues.list(actor, query);
  }

  /** With `caseId`: a complaint's mandatory dialogue, scheduled on the case (its agency's staff only). */
  @Post()
  @Allow('dialogue.write')
  create(@CurrentActor() actor: Actor, @Body() body: CreateDialogueDto): Promise<DialogueDetailDto> {
    return this.dialogues.create(actor, body);
  }

  @Get(':id')
  @Allow('dialogue.read')
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<DialogueDetailDto> {
    return this.dialogues.get(actor, id);
  }

  @Put(':id/minutes')
  @Allow('dialogue.write')
  recordMinutes(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: RecordMinutesDto,
  ): Promise<DialogueDetailDto> {
    return this.dialogues.recordMinutes(actor, id, body);
  }

  @Post(':id/commitments')
  @Allow('dialogue.write')
  addCommitment(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateCommitmentDto,
  ): Promise<DialogueDetailDto> {
    return this.commitments.addCommitment(actor, id, body);
  }

  @Post(':id/cases')
  @HttpCode(200)
  @Allow('dialogue.write')
  raiseCases(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: RaiseOpinionCasesDto,
  ): Promise<DialogueDetailDto> {
    return this.opinions.raiseCases(actor, id, body);
  }

  @Post(':id/attachments')
  @Allow('dialogue.write')
  @AcceptsOneFile()
  addAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @UploadedFile() file: UploadedFileDto | undefined,
  ): Promise<DialogueDetailDto> {
    return this.attachments.addAttachment(actor, id, file);
  }

  @Get(':id/attachments/:attachmentId/content')
  @Allow('dialogue.read')
  async attachment(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
  ): Promise<StreamableFile> {
    const file = await this.attachments.attachmentContent(actor, id, attachmentId);
    return fileDownload(file.fileName, file.contentType, file.content);
  }
}
