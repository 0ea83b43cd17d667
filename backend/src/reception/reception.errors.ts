import { HttpStatus } from '@nestjs/common';
import { AppError, fieldError } from '../platform/errors/app-error';

export enum ReceptionErrorCode {
  SessionNotFound = 'RECEPTION_SESSION_NOT_FOUND',
  VisitNotFound = 'RECEPTION_VISIT_NOT_FOUND',
  NotRefused = 'RECEPTION_VISIT_NOT_REFUSED',
  NotReceptionDay = 'RECEPTION_NOT_RECEPTION_DAY',
  SessionAlreadyOpen = 'RECEPTION_SESSION_ALREADY_OPEN',
  SessionNotOpen = 'RECEPTION_SESSION_NOT_OPEN',
  SessionClosed = 'RECEPTION_SESSION_CLOSED',
  SessionOfAnotherDay = 'RECEPTION_SESSION_OF_ANOTHER_DAY',
  NoCommune = 'RECEPTION_NO_COMMUNE',
  Invalid = 'RECEPTION_INVALID',
  CaseNotFound = 'RECEPTION_CASE_NOT_FOUND',
  LookupNotFound = 'LOOKUP_NOT_FOUND',
  LookupThrottled = 'LOOKUP_THROTTLED',
}

/** 2026-11-30 → 30/11/2026, as the users write dates. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

const field = (name: string, vi: string, en: string) => fieldError(name, 'invalid', vi, en);

export const ReceptionErrors = {
  /** 404 also for sessions of another commune. */
  sessionNotFound: () =>
    new AppError(ReceptionErrorCode.SessionNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy buổi tiếp',
      en: 'Reception session not found',
    }),
  visitNotFound: () =>
    new AppError(ReceptionErrorCode.VisitNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy lượt tiếp',
      en: 'Visit not found',
    }),
  /** Only a refused visit has a refusal notice. */
  notRefused: () =>
    new AppError(ReceptionErrorCode.NotRefused, HttpStatus.CONFLICT, {
      vi: 'Lượt tiếp này không bị từ chối: không có thông báo từ chối',
      en: 'This visit was not refused: there is no refusal notice',
    }),
  caseNotFound: () =>
    new AppError(ReceptionErrorCode.CaseNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy lượt tiếp của hồ sơ',
      en: 'No reception visit for this case',
    }),
  notReceptionDay: (next: string) =>
    new AppError(
      ReceptionErrorCode.NotReceptionDay,
      HttpStatus.UNPROCESSABLE_ENTITY,
      {
        vi: `Hôm nay không phải ngày tiếp công dân định kỳ (buổi tiếp tới: ${next}). Có thể mở buổi tiếp đột xuất.`,
        en: `Today is not a scheduled reception day (next: ${next}). An ad-hoc session can be opened.`,
      },
      [field('kind', 'Không phải ngày tiếp định kỳ', 'Not a scheduled reception day')],
      { nextDate: next },
    ),
  alreadyOpen: (sessionId: string) =>
    new AppError(
      ReceptionErrorCode.SessionAlreadyOpen,
      HttpStatus.CONFLICT,
      {
        vi: 'Đang có buổi tiếp mở, hãy kết thúc buổi đó trước',
        en: 'A session is already open; close it first',
      },
      [],
      { sessionId },
    ),
  /** A session left open on an earlier day blocks a new one until it is closed (its cases then carry over). */
  staleOpen: (sessionId: string, date: string) =>
    new AppError(
      ReceptionErrorCode.SessionAlreadyOpen,
      HttpStatus.CONFLICT,
      {
        vi: `Buổi tiếp ngày ${dmy(date)} vẫn đang mở: hãy kết thúc buổi đó (các vụ việc chưa xong sẽ chuyển sang buổi tiếp tới) rồi mở buổi tiếp hôm nay`,
        en: `The session of ${dmy(date)} is still open: close it (its unresolved cases carry over to the next session), then open today's`,
      },
      [],
      { sessionId, sessionDate: date },
    ),
  /** The register is kept per day: no visit of today goes into a session of another day. */
  otherDay: (sessionDate: string, today: string) =>
    new AppError(
      ReceptionErrorCode.SessionOfAnotherDay,
      HttpStatus.CONFLICT,
      {
        vi: `Buổi tiếp này là của ngày ${dmy(sessionDate)}, không ghi lượt tiếp ngày ${dmy(today)} vào đó. Hãy kết thúc buổi đó và mở buổi tiếp hôm nay (hoặc buổi tiếp đột xuất).`,
        en: `This session is of ${dmy(sessionDate)}: a visit of ${dmy(today)} cannot go into it. Close it and open today's session (or an ad-hoc one).`,
      },
      [],
      { sessionDate, today },
    ),
  /** A closed session stays closed: its unresolved cases were already carried over. */
  alreadyClosed: () =>
    new AppError(ReceptionErrorCode.SessionClosed, HttpStatus.CONFLICT, {
      vi: 'Buổi tiếp hôm nay đã kết thúc; có thể mở buổi tiếp đột xuất',
      en: "Today's session is already closed; open an ad-hoc session instead",
    }),
  notOpen: () =>
    new AppError(ReceptionErrorCode.SessionNotOpen, HttpStatus.UNPROCESSABLE_ENTITY, {
      vi: 'Buổi tiếp chưa mở hoặc đã kết thúc',
      en: 'The session is not open',
    }),
  noCommune: () =>
    new AppError(ReceptionErrorCode.NoCommune, HttpStatus.FORBIDDEN, {
      vi: 'Chỉ cán bộ, lãnh đạo cấp xã/phường tổ chức buổi tiếp của xã/phường',
      en: 'Only commune staff run their commune’s reception sessions',
    }),
  invalid: (name: string, vi: string, en: string) =>
    new AppError(ReceptionErrorCode.Invalid, HttpStatus.BAD_REQUEST, { vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' }, [
      field(name, vi, en),
    ]),
  /** The same answer for an unknown code and for wrong phone digits: nothing tells them apart. */
  lookupNotFound: () =>
    new AppError(ReceptionErrorCode.LookupNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy hồ sơ với mã và số điện thoại đã nhập',
      en: 'No case matches this code and phone number',
    }),
  lookupThrottled: (retryAfterSeconds: number) =>
    new AppError(
      ReceptionErrorCode.LookupThrottled,
      HttpStatus.TOO_MANY_REQUESTS,
      {
        vi: `Tra cứu quá nhiều lần, vui lòng thử lại sau ${retryAfterSeconds} giây`,
        en: `Too many lookups; try again in ${retryAfterSeconds} s`,
      },
      [],
      { retryAfterSeconds },
    ),
};
