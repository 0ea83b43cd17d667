import {
  applyDecorators,
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { ONLINE_PETITION_LIMITS } from '@tiep-dan/contracts';
import { catchError, type Observable, throwError } from 'rxjs';
import { cleanFileName, contentMatchesType } from '../cases/attachment-content';
import type { UploadedFile } from '../cases/attachment-upload';
import { CitizenErrors } from './citizens.errors';

/** Multer stops at the limits; say which limit in the citizens' words instead of a bare 400/413. */
@Injectable()
class NamePublicFileLimits implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException
              ? CitizenErrors.fileTooLarge()
              : error instanceof BadRequestException && /too many|unexpected field/i.test(error.message)
                ? CitizenErrors.tooManyFiles()
                : error,
          ),
        ),
      );
  }
}

/** The public form: its text fields and up to 5 photos or PDFs in `files`, each within the size limit. */
export const AcceptsPetitionFiles = () =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['type', 'category', 'communeId', 'summary', 'challenge', 'solution'],
        properties: {
          files: {
            type: 'array',
            maxItems: ONLINE_PETITION_LIMITS.maxFiles,
            items: { type: 'string', format: 'binary' },
          },
        },
        additionalProperties: { type: 'string' },
      },
    }),
    UseInterceptors(
      NamePublicFileLimits,
      FilesInterceptor('files', ONLINE_PETITION_LIMITS.maxFiles, {
        limits: {
          fileSize: ONLINE_PETITION_LIMITS.maxFileBytes,
          files: ONLINE_PETITION_LIMITS.maxFiles,
          // The text fields are few and short: anything beyond is not a petition.
          fields: 30,
          fieldSize: 16 * 1024,
          parts: 40,
        },
        defParamCharset: 'utf8',
      }),
    ),
  );

/** Every file is a photo or a PDF whose bytes say so (a renamed executable is refused). */
export function checkPetitionFiles(files: readonly UploadedFile[]): void {
  if (files.length > ONLINE_PETITION_LIMITS.maxFiles) throw CitizenErrors.tooManyFiles();
  for (const file of files) {
    const name = cleanFileName(file.originalname);
    if (!file.size) throw CitizenErrors.fileRefused(name);
    if (file.size > ONLINE_PETITION_LIMITS.maxFileBytes) throw CitizenErrors.fileTooLarge(name);
    const type = file.mimetype.toLowerCase();
    if (!(ONLINE_PETITION_LIMITS.contentTypes as readonly string[]).includes(type) || !contentMatchesType(file.buffer, type))
      throw CitizenErrors.fileRefused(name);
  }
}
