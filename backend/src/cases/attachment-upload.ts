import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { ATTACHMENT_LIMITS } from '@tiep-dan/contracts';
import { catchError, type Observable, throwError } from 'rxjs';
import { contentMatchesType } from './attachment-content';
import { AttachmentErrors } from './attachments.errors';

/** What the HTTP layer hands over: the multipart file as read into memory (bounded by ATTACHMENT_LIMITS.maxBytes). */
export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Multer stops reading at the limit; say which field and what the limit is instead of a bare 413. */
@Injectable()
class NameTooLargeFile implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) => throwError(() => (error instanceof PayloadTooLargeException ? AttachmentErrors.tooLarge() : error))),
      );
  }
}

/** A route taking one file in the multipart field `file` (case and dialogue attachments alike). */
export const AcceptsOneFile = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
    }),
    UseInterceptors(
      NameTooLargeFile,
      FileInterceptor('file', {
        limits: { fileSize: ATTACHMENT_LIMITS.maxBytes, files: 1 },
        // Browsers send the file name as raw UTF-8 ("Đơn khiếu nại.pdf"); busboy's default would read it as Latin-1.
        defParamCharset: 'utf8',
      }),
    ),
  );

/** The one check of an upload: present, within the size limit, of an accepted type, and its bytes are that type. */
export function checkUpload(file: UploadedFile | undefined): asserts file is UploadedFile {
  if (!file || !file.size) throw AttachmentErrors.missing();
  if (file.size > ATTACHMENT_LIMITS.maxBytes) throw AttachmentErrors.tooLarge();
  const contentType = file.mimetype.toLowerCase();
  if (!(ATTACHMENT_LIMITS.contentTypes as readonly string[]).includes(contentType)) throw AttachmentErrors.typeNotAllowed(contentType);
  if (!contentMatchesType(file.buffer, contentType)) throw AttachmentErrors.contentMismatch(contentType);
}

/** A stored file sent back as a download under its (Vietnamese) name. */
export const fileDownload = (fileName: string, contentType: string, bytes: Buffer): StreamableFile =>
  new StreamableFile(bytes, {
    type: contentType,
    length: bytes.length,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  });
