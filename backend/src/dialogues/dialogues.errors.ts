import { HttpStatus } from '@nestjs/common';
import { AppError, fieldError } from '../platform/errors/app-error';

export enum DialogueErrorCode {
  NotFound = 'DIALOGUE_NOT_FOUND',
  Invalid = 'DIALOGUE_INVALID',
  OpinionAlreadyRaised = 'OPINION_ALREADY_RAISED',
  Forbidden = 'DIALOGUE_FORBIDDEN',
}

const field = fieldError;

export const DialogueErrors = {
  /** 404 also outside the caller's commune or province: no hint that it exists. */
  notFound: () =>
    new AppError(DialogueErrorCode.NotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy buổi đối thoại',
      en: 'Dialogue not found',
    }),
  invalid: (name: string, vi: string, en: string) =>
    new AppError(DialogueErrorCode.Invalid, HttpStatus.BAD_REQUEST, { vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' }, [
      field(name, 'invalid', vi, en),
    ]),
  opinionAlreadyRaised: (name: string) =>
    new AppError(
      DialogueErrorCode.OpinionAlreadyRaised,
      HttpStatus.CONFLICT,
      {
        vi: 'Ý kiến này đã được chuyển thành hồ sơ',
        en: 'This opinion is already a case',
      },
      [field(name, 'alreadyRaised', 'Ý kiến đã có hồ sơ', 'The opinion already has a case')],
    ),
  forbidden: () =>
    new AppError(DialogueErrorCode.Forbidden, HttpStatus.FORBIDDEN, {
      vi: 'Vai trò của bạn không được ghi nhận nội dung này',
      en: 'Your role may not record this',
    }),
};
