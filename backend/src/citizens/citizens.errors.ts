import { HttpStatus } from '@nestjs/common';
import { ONLINE_PETITION_LIMITS } from '@tiep-dan/contracts';
import { AppError, fieldError } from '../platform/errors/app-error';

export enum CitizenErrorCode {
  Invalid = 'PETITION_INVALID',
  Throttled = 'PETITION_THROTTLED',
  ChallengeFailed = 'PETITION_CHALLENGE_FAILED',
  Rejected = 'PETITION_REJECTED',
  FileRefused = 'PETITION_FILE_REFUSED',
  NotAnswered = 'RATING_NOT_ANSWERED',
  AlreadyRated = 'RATING_ALREADY_GIVEN',
}

const MB = Math.round(ONLINE_PETITION_LIMITS.maxFileBytes / (1024 * 1024));

export const CitizenErrors = {
  invalid: (field: string, vi: string, en: string) =>
    new AppError(
      CitizenErrorCode.Invalid,
      HttpStatus.BAD_REQUEST,
      { vi: 'Đơn gửi trực tuyến chưa hợp lệ', en: 'The petition is not valid' },
      [fieldError(field, 'invalid', vi, en)],
    ),
  throttled: (retryAfterSeconds: number, perContact: boolean) =>
    new AppError(
      CitizenErrorCode.Throttled,
      HttpStatus.TOO_MANY_REQUESTS,
      perContact
        ? {
            vi: `Số điện thoại hoặc thư điện tử này đã gửi nhiều đơn trong ngày; vui lòng thử lại sau ${retryAfterSeconds} giây hoặc đến nộp trực tiếp`,
            en: `This phone or e-mail has sent many petitions today; try again in ${retryAfterSeconds} s or file in person`,
          }
        : {
            vi: `Đã gửi quá nhiều đơn từ địa chỉ mạng này; vui lòng thử lại sau ${retryAfterSeconds} giây`,
            en: `Too many petitions from this network address; try again in ${retryAfterSeconds} s`,
          },
      [],
      { retryAfterSeconds },
    ),
  challengeFailed: (reason: 'expired' | 'invalid' | 'used' | 'insufficient') =>
    new AppError(
      CitizenErrorCode.ChallengeFailed,
      HttpStatus.BAD_REQUEST,
      reason === 'expired'
        ? {
            vi: 'Phiên gửi đơn đã hết hạn, vui lòng gửi lại',
            en: 'The form expired; please send it again',
          }
        : {
            vi: 'Không xác nhận được trình duyệt gửi đơn, vui lòng gửi lại',
            en: 'The browser check failed; please send it again',
          },
      [fieldError('solution', reason, 'Kiểm tra chống gửi tự động không đạt', 'The anti-robot check failed')],
    ),
  /** The honeypot was filled: said plainly, without telling a robot which field gave it away. */
  rejected: () =>
    new AppError(CitizenErrorCode.Rejected, HttpStatus.BAD_REQUEST, {
      vi: 'Không nhận được đơn, vui lòng gửi lại hoặc đến nộp trực tiếp',
      en: 'The petition could not be taken; please send it again or file in person',
    }),
  tooManyFiles: () =>
    new AppError(
      CitizenErrorCode.FileRefused,
      HttpStatus.BAD_REQUEST,
      {
        vi: `Chỉ gửi kèm tối đa ${ONLINE_PETITION_LIMITS.maxFiles} tệp`,
        en: `At most ${ONLINE_PETITION_LIMITS.maxFiles} files`,
      },
      [
        fieldError(
          'files',
          'arrayMaxSize',
          `Tối đa ${ONLINE_PETITION_LIMITS.maxFiles} tệp`,
          `At most ${ONLINE_PETITION_LIMITS.maxFiles} files`,
        ),
      ],
    ),
  fileTooLarge: (name?: string) =>
    new AppError(
      CitizenErrorCode.FileRefused,
      HttpStatus.PAYLOAD_TOO_LARGE,
      {
        vi: `Mỗi tệp tối đa ${MB} MB`,
        en: `Each file may be at most ${MB} MB`,
      },
      [fieldError('files', 'maxSize', `${name ? `"${name}": ` : ''}lớn hơn ${MB} MB`, `${name ? `"${name}": ` : ''}larger than ${MB} MB`)],
    ),
  fileRefused: (name: string) =>
    new AppError(
      CitizenErrorCode.FileRefused,
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      {
        vi: 'Chỉ nhận ảnh (JPEG, PNG, WebP) và PDF',
        en: 'Photos (JPEG, PNG, WebP) and PDF only',
      },
      [fieldError('files', 'contentType', `"${name}" không phải ảnh hoặc PDF`, `"${name}" is not a photo or a PDF`)],
      { allowedContentTypes: ONLINE_PETITION_LIMITS.contentTypes },
    ),
  notAnswered: () =>
    new AppError(CitizenErrorCode.NotAnswered, HttpStatus.CONFLICT, {
      vi: 'Hồ sơ chưa có kết quả trả lời nên chưa thể đánh giá',
      en: 'The case has not been answered yet, so it cannot be rated',
    }),
  alreadyRated: () =>
    new AppError(CitizenErrorCode.AlreadyRated, HttpStatus.CONFLICT, {
      vi: 'Hồ sơ này đã được đánh giá',
      en: 'This case has already been rated',
    }),
};
