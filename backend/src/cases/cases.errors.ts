import { HttpStatus } from '@nestjs/common';
import { formatVnDateTime } from '@tiep-dan/workflows';
import { AppError, fieldError, type FieldError } from '../platform/errors/app-error';

export enum CaseErrorCode {
  NotFound = 'CASE_NOT_FOUND',
  EventNotAllowed = 'CASE_EVENT_NOT_ALLOWED',
  EventForbidden = 'CASE_EVENT_FORBIDDEN',
  HeldByAnotherHandler = 'CASE_HELD_BY_ANOTHER_HANDLER',
  VersionConflict = 'CASE_VERSION_CONFLICT',
  ReadOnly = 'CASE_READ_ONLY',
  CreateForbidden = 'CASE_CREATE_FORBIDDEN',
  InvalidPayload = 'CASE_INVALID_PAYLOAD',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  DeadlineRule = 'DEADLINE_RULE_REFUSED',
  InvalidCursor = 'INVALID_CURSOR',
  IdentityNotAllowed = 'IDENTITY_REVEAL_FORBIDDEN',
  NoIdentity = 'IDENTITY_NOT_ON_FILE',
  NotDecider = 'CASE_NOT_DECIDER',
  OutOfTime = 'CASE_OUT_OF_TIME',
  FollowUpNotOpen = 'CASE_FOLLOW_UP_NOT_OPEN',
  FollowUpExists = 'CASE_FOLLOW_UP_EXISTS',
  DialogueNotHeldYet = 'CASE_DIALOGUE_NOT_HELD_YET',
  ReminderNotOpen = 'CASE_REMINDER_NOT_OPEN',
  ReminderTooSoon = 'CASE_REMINDER_TOO_SOON',
  ReassignOutOfReach = 'CASE_REASSIGN_OUT_OF_REACH',
}

const field = fieldError;

export const CaseErrors = {
  /** 404 also for cases outside the caller's scope: no hint that they exist. */
  notFound: () => new AppError(CaseErrorCode.NotFound, HttpStatus.NOT_FOUND, { vi: 'Không tìm thấy hồ sơ', en: 'Case not found' }),
  eventNotAllowed: (event: string, state: string, allowed: string[], reason: string) =>
    new AppError(
      CaseErrorCode.EventNotAllowed,
      HttpStatus.UNPROCESSABLE_ENTITY,
      {
        vi: `Không thể thực hiện "${event}" khi hồ sơ đang ở bước "${state}"`,
        en: `"${event}" is not allowed while the case is in "${state}"`,
      },
      [field('type', 'allowedInState', 'Thao tác không hợp lệ ở bước hiện tại', 'Not allowed in the current state')],
      { allowedEvents: allowed, state, reason },
    ),
  eventForbidden: (event: string) =>
    new AppError(
      CaseErrorCode.EventForbidden,
      HttpStatus.FORBIDDEN,
      { vi: `Vai trò của bạn không được thực hiện "${event}"`, en: `Your role may not send "${event}"` },
      [field('type', 'roleMaySend', 'Vai trò không được phép', 'Role not permitted')],
    ),
  /** Another handler of the agency holds the case: only they, or the head (who may reassign it), act on it. */
  heldByAnotherHandler: (holderId: string, holderName: string) =>
    new AppError(
      CaseErrorCode.HeldByAnotherHandler,
      HttpStatus.FORBIDDEN,
      {
        vi: `Hồ sơ đang do ${holderName} xử lý: chỉ người được giao hoặc thủ trưởng cơ quan được thao tác (thủ trưởng có thể giao lại)`,
        en: `${holderName} holds this case: only the assigned handler or the head of the agency may act on it (the head can reassign it)`,
      },
      [],
      { holder: { id: holderId, fullName: holderName } },
    ),
  versionConflict: (currentVersion: number, state: string) =>
    new AppError(
      CaseErrorCode.VersionConflict,
      HttpStatus.CONFLICT,
      {
        vi: 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.',
        en: 'Someone else changed the case. Reload it and try again.',
      },
      [field('expectedVersion', 'current', `Phiên bản hiện tại là ${currentVersion}`, `The current version is ${currentVersion}`)],
      { currentVersion, state },
    ),
  readOnly: () =>
    new AppError(CaseErrorCode.ReadOnly, HttpStatus.FORBIDDEN, {
      vi: 'Tài khoản thanh tra chỉ được xem',
      en: 'Inspectors have read-only access',
    }),
  createForbidden: () =>
    new AppError(CaseErrorCode.CreateForbidden, HttpStatus.FORBIDDEN, {
      vi: 'Vai trò của bạn không được tạo hồ sơ ở địa bàn này',
      en: 'Your role may not create cases in this area',
    }),
  invalid: (fieldName: string, vi: string, en: string) =>
    new AppError(CaseErrorCode.InvalidPayload, HttpStatus.BAD_REQUEST, { vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' }, [
      field(fieldName, 'invalid', vi, en),
    ]),
  /** A well-formed reference the caller may not use (another commune's unit, an unknown session…): nothing is written. */
  unreachableReference: (fieldName: string, vi: string, en: string) =>
    new AppError(
      CaseErrorCode.InvalidPayload,
      HttpStatus.UNPROCESSABLE_ENTITY,
      { vi: 'Tham chiếu không hợp lệ', en: 'Invalid reference' },
      [field(fieldName, 'reference', vi, en)],
    ),
  invalidFields: (errors: FieldError[]) =>
    new AppError(CaseErrorCode.InvalidPayload, HttpStatus.BAD_REQUEST, { vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' }, errors),
  idempotencyKeyReused: () =>
    new AppError(
      CaseErrorCode.IdempotencyKeyReused,
      HttpStatus.UNPROCESSABLE_ENTITY,
      { vi: 'Khóa Idempotency-Key đã dùng cho một yêu cầu khác', en: 'The Idempotency-Key was used for a different request' },
      [field('Idempotency-Key', 'unique', 'Khóa đã dùng cho yêu cầu khác', 'Key used for another request')],
    ),
  deadlineRefused: (vi: string, en: string) =>
    new AppError(CaseErrorCode.DeadlineRule, HttpStatus.UNPROCESSABLE_ENTITY, { vi, en }, [field('payload', 'deadlineRule', vi, en)]),
  invalidCursor: () =>
    new AppError(
      CaseErrorCode.InvalidCursor,
      HttpStatus.BAD_REQUEST,
      { vi: 'Con trỏ phân trang không hợp lệ', en: 'Invalid page cursor' },
      [field('cursor', 'invalid', 'Con trỏ không hợp lệ', 'Invalid cursor')],
    ),
  identityNotAllowed: () =>
    new AppError(CaseErrorCode.IdentityNotAllowed, HttpStatus.FORBIDDEN, {
      vi: 'Chỉ chuyên viên được thủ trưởng giao giải quyết hoặc lãnh đạo giải quyết được xem danh tính người tố cáo',
      en: "Only the handler the head assigned, or the resolving leader, may see the denouncer's identity",
    }),
  /** A decision sent by someone who does not hold the case's deciding seat. */
  notDecider: (event: string, title: { vi: string; en: string }, holders: string) =>
    new AppError(
      CaseErrorCode.NotDecider,
      HttpStatus.FORBIDDEN,
      {
        vi: `Chỉ ${title.vi}${holders ? ` (${holders})` : ''} được thực hiện "${event}" đối với hồ sơ này`,
        en: `Only the ${title.en}${holders ? ` (${holders})` : ''} may send "${event}" on this case`,
      },
      [field('type', 'decider', `Thẩm quyền quyết định thuộc ${title.vi}`, `The decision belongs to the ${title.en}`)],
    ),
  /** A time limit of the law ran out (the limitation of a complaint, the second-complaint window): the reason, by field. */
  outOfTime: (fieldName: string, vi: string, en: string, details?: Record<string, unknown>) =>
    new AppError(CaseErrorCode.OutOfTime, HttpStatus.UNPROCESSABLE_ENTITY, { vi, en }, [field(fieldName, 'timeLimit', vi, en)], details),
  /** A reminder needs an open case given to an agency. */
  reminderNotOpen: (vi: string, en: string) =>
    new AppError(CaseErrorCode.ReminderNotOpen, HttpStatus.UNPROCESSABLE_ENTITY, { vi, en }, [field('caseId', 'reminderNotOpen', vi, en)]),
  /** A second reminder too soon after the last: the agency was just told. */
  reminderTooSoon: (lastAt: Date, nextAllowedAt: Date) =>
    new AppError(
      CaseErrorCode.ReminderTooSoon,
      HttpStatus.CONFLICT,
      {
        vi: `Hồ sơ đã được đôn đốc lúc ${formatVnDateTime(lastAt)}; có thể đôn đốc lại từ ${formatVnDateTime(nextAllowedAt)}.`,
        en: `A reminder went out at ${formatVnDateTime(lastAt)}; another can be sent from ${formatVnDateTime(nextAllowedAt)}.`,
      },
      undefined,
      { lastReminderAt: lastAt.toISOString(), nextAllowedAt: nextAllowedAt.toISOString() },
    ),
  /** A commune's leader reassigning a case a province body leads (or a second complaint): the province leader's to move. */
  reassignOutOfReach: () =>
    new AppError(
      CaseErrorCode.ReassignOutOfReach,
      HttpStatus.FORBIDDEN,
      {
        vi: 'Hồ sơ do cơ quan cấp tỉnh chủ trì giải quyết: chỉ lãnh đạo UBND tỉnh được giao lại',
        en: 'A province body leads this case: only the province leader may reassign it',
      },
      [field('type', 'reach', 'Ngoài thẩm quyền giao việc của lãnh đạo cấp xã', 'Beyond a commune leader’s reach')],
    ),
  /** Minutes of a dialogue whose day has not come: nothing is written (the form shows it under the minutes). */
  dialogueNotHeldYet: (date: string) => {
    const day = date.split('-').reverse().join('/');
    const vi = `Buổi đối thoại được hẹn ngày ${day}: chỉ ghi biên bản từ ngày đó trở đi.`;
    const en = `The dialogue is set for ${day}: its minutes can be recorded from that day on.`;
    return new AppError(
      CaseErrorCode.DialogueNotHeldYet,
      HttpStatus.UNPROCESSABLE_ENTITY,
      { vi, en },
      [field('payload.minutes', 'dialogueDate', vi, en)],
      {
        dialogueDate: date,
      },
    );
  },
  /** A second complaint or a re-denunciation asked for before the law opens it. */
  followUpNotOpen: (fieldName: string, vi: string, en: string) =>
    new AppError(CaseErrorCode.FollowUpNotOpen, HttpStatus.UNPROCESSABLE_ENTITY, { vi, en }, [field(fieldName, 'notOpen', vi, en)]),
  followUpExists: (existingCaseId: string, code: string) =>
    new AppError(
      CaseErrorCode.FollowUpExists,
      HttpStatus.CONFLICT,
      { vi: `Đã tiếp nhận ở cấp trên: hồ sơ ${code}`, en: `Already filed at the next level: case ${code}` },
      [field('id', 'unique', `Đã có hồ sơ ${code}`, `Case ${code} exists`)],
      { existingCaseId, existingCode: code },
    ),
  noIdentity: () =>
    new AppError(CaseErrorCode.NoIdentity, HttpStatus.NOT_FOUND, {
      vi: 'Hồ sơ không có thông tin người tố cáo',
      en: 'No denouncer identity on file',
    }),
};
