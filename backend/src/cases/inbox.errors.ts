import { HttpStatus } from '@nestjs/common';
import { AppError } from '../platform/errors/app-error';

export enum InboxErrorCode {
  AssignForbidden = 'CASE_ASSIGN_FORBIDDEN',
  InvalidHandler = 'CASE_ASSIGN_INVALID_HANDLER',
  ReasonRequired = 'CASE_ASSIGN_REASON_REQUIRED',
  CaseClosed = 'CASE_ASSIGN_CLOSED',
  InvalidCursor = 'INVALID_CURSOR',
}

export const InboxErrors = {
  assignForbidden: () =>
    new AppError(InboxErrorCode.AssignForbidden, HttpStatus.FORBIDDEN, {
      vi: 'Chỉ thủ trưởng cơ quan giao việc cho chuyên viên; chuyên viên chỉ nhận hoặc trả lại hồ sơ của mình',
      en: 'Only the agency head assigns cases; a handler may only take an unassigned case or hand back their own',
    }),
  invalidHandler: () =>
    new AppError(InboxErrorCode.InvalidHandler, HttpStatus.BAD_REQUEST, { vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' }, [
      {
        field: 'handlerId',
        code: 'sameAgency',
        message: {
          vi: 'Người nhận phải là chuyên viên đang làm việc tại cơ quan giải quyết',
          en: 'Must be an active handler of the lead agency',
        },
      },
    ]),
  reasonRequired: () =>
    new AppError(InboxErrorCode.ReasonRequired, HttpStatus.BAD_REQUEST, { vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' }, [
      {
        field: 'reason',
        code: 'isNotEmpty',
        message: { vi: 'Cần ghi lý do khi chuyển hoặc trả lại hồ sơ', en: 'Give a reason when moving or handing back a case' },
      },
    ]),
  caseClosed: () =>
    new AppError(InboxErrorCode.CaseClosed, HttpStatus.UNPROCESSABLE_ENTITY, {
      vi: 'Hồ sơ đã kết thúc, không giao lại được',
      en: 'The case is closed and cannot be reassigned',
    }),
  invalidCursor: () =>
    new AppError(
      InboxErrorCode.InvalidCursor,
      HttpStatus.BAD_REQUEST,
      { vi: 'Con trỏ phân trang không hợp lệ', en: 'Invalid page cursor' },
      [{ field: 'cursor', code: 'invalid', message: { vi: 'Con trỏ không hợp lệ', en: 'Invalid cursor' } }],
    ),
};
