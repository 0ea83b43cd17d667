import { HttpStatus } from '@nestjs/common';
import { ATTACHMENT_LIMITS } from '@tiep-dan/contracts';
import { AppError } from '../platform/errors/app-error';

export enum AttachmentErrorCode {
  Missing = 'ATTACHMENT_MISSING',
  TooLarge = 'ATTACHMENT_TOO_LARGE',
  TypeNotAllowed = 'ATTACHMENT_TYPE_NOT_ALLOWED',
  ContentMismatch = 'ATTACHMENT_CONTENT_MISMATCH',
  NotFound = 'ATTACHMENT_NOT_FOUND',
  Corrupt = 'ATTACHMENT_CORRUPT',
}

const MB = Math.round(ATTACHMENT_LIMITS.maxBytes / (1024 * 1024));

export const AttachmentErrors = {
  missing: () =>
    new AppError(AttachmentErrorCode.Missing, HttpStatus.BAD_REQUEST, { vi: 'Chưa chọn tệp đính kèm', en: 'No file was sent' }, [
      {
        field: 'file',
        code: 'isNotEmpty',
        message: { vi: 'Chọn một tệp', en: 'Choose a file' },
      },
    ]),
  tooLarge: () =>
    new AppError(
      AttachmentErrorCode.TooLarge,
      HttpStatus.PAYLOAD_TOO_LARGE,
      { vi: `Tệp lớn hơn ${MB} MB`, en: `The file is larger than ${MB} MB` },
      [
        {
          field: 'file',
          code: 'maxSize',
          message: { vi: `Tối đa ${MB} MB`, en: `At most ${MB} MB` },
        },
      ],
    ),
  typeNotAllowed: (contentType: string) =>
    new AppError(
      AttachmentErrorCode.TypeNotAllowed,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      {
        vi: `Không nhận loại tệp "${contentType}"`,
        en: `Files of type "${contentType}" are not accepted`,
      },
      [
        {
          field: 'file',
          code: 'contentType',
          message: {
            vi: 'Chỉ nhận PDF, ảnh, văn bản Word/Excel, ghi âm',
            en: 'PDF, images, Word/Excel documents and audio only',
          },
        },
      ],
      { allowedContentTypes: ATTACHMENT_LIMITS.contentTypes },
    ),
  contentMismatch: (contentType: string) =>
    new AppError(
      AttachmentErrorCode.ContentMismatch,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      {
        vi: `Nội dung tệp không phải "${contentType}"`,
        en: `The file's content is not "${contentType}"`,
      },
      [
        {
          field: 'file',
          code: 'contentType',
          message: {
            vi: 'Nội dung không khớp loại tệp',
            en: 'Content does not match the type',
          },
        },
      ],
    ),
  notFound: () =>
    new AppError(AttachmentErrorCode.NotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy tệp đính kèm',
      en: 'Attachment not found',
    }),
  corrupt: () =>
    new AppError(AttachmentErrorCode.Corrupt, HttpStatus.INTERNAL_SERVER_ERROR, {
      vi: 'Tệp lưu trữ bị hỏng hoặc thiếu (sai mã kiểm tra); đã ghi nhận để quản trị viên xử lý',
      en: 'The stored file is damaged or missing (checksum mismatch); the administrator has been told',
    }),
};
