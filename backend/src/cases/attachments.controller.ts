import {
  CallHandler,
  Controller,
  ExecutionContext,
  Get,
  Injectable,
  NestInterceptor,
  Param,
  PayloadTooLargeException,
  Post,
  StreamableFile,
  UploadedFile as UploadedFileParam,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { ATTACHMENT_LIMITS, type CaseAttachmentDto } from '@tiep-dan/contracts';
import { catchError, type Observable, throwError } from 'rxjs';
import type { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../access/auth.guard';
import { uuidParam } from '../platform/http/uuid-param.pipe';
import { AttachmentErrors } from './attachments.errors';
import { AttachmentsService, type UploadedFile } from './attachments.service';
import { CASE_ROLES } from './cases.controller';

/** Multer stops reading at the limit; say which field and what the limit is instead of a bare 413. */
@Injectable()
class NameTooLargeFile implements NestInterceptor {
  intercept(
    _context: ExecutionContext,
    next: CallHandler,
  ): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException
              ? AttachmentErrors.tooLarge()
              : error,
          ),
        ),
      );
  }
}

/** Files of a case: scans of the petition, minutes, photos. Access follows the case's scope (404 outside it). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  @Roles(...CASE_ROLES)
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) caseId: string,
  ): Promise<CaseAttachmentDto[]> {
    return this.attachments.list(actor, caseId);
  }

  @Post()
  @Roles(...CASE_ROLES)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @UseInterceptors(
    NameTooLargeFile,
    FileInterceptor('file', {
      limits: { fileSize: ATTACHMENT_LIMITS.maxBytes, files: 1 },
      // Browsers send the file name as raw UTF-8 ("Đơn khiếu nại.pdf"); busboy's default would read it as Latin-1.
      defParamCharset: 'utf8',
    }),
  )
  upload(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) caseId: string,
    @UploadedFileParam() file: UploadedFile | undefined,
  ): Promise<CaseAttachmentDto> {
    return this.attachments.upload(actor, caseId, file);
  }

  @Get(':attachmentId/content')
  @Roles(...CASE_ROLES)
  async content(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) caseId: string,
    @Param('attachmentId', uuidParam()) attachmentId: string,
  ): Promise<StreamableFile> {
    const file = await this.attachments.content(actor, caseId, attachmentId);
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      length: file.bytes.length,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }
}
