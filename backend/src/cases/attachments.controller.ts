import { Controller, Get, Param, Post, StreamableFile, UploadedFile as UploadedFileParam } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseAttachmentDto } from '@tiep-dan/contracts';
import type { Actor } from '../access/actor';
import { Allow, CurrentActor } from '../access/auth.guard';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { AcceptsOneFile, fileDownload, type UploadedFile } from './attachment-upload';
import { AttachmentsService } from './attachments.service';

/** Files of a case: scans of the petition, minutes, photos. Access follows the case's scope (404 outside it). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  @Allow('case.read')
  list(@CurrentActor() actor: Actor, @Param('id', uuidParam()) caseId: string): Promise<CaseAttachmentDto[]> {
    return this.attachments.list(actor, caseId);
  }

  @Post()
  @Allow('case.attach')
  @AcceptsOneFile()
  upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) caseId: string,
    @UploadedFileParam() file: UploadedFile | undefined,
  ): Promise<CaseAttachmentDto> {
    return this.attachments.upload(actor, caseId, file);
  }

  @Get(':attachmentId/content')
  @Allow('case.read')
  async content(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) caseId: string,
    @Param('attachmentId', uuidParam()) attachmentId: string,
  ): Promise<StreamableFile> {
    const file = await this.attachments.content(actor, caseId, attachmentId);
    return fileDownload(file.fileName, file.contentType, file.bytes);
  }
}
