import { HttpStatus } from '@nestjs/common';
import { AppError, fieldError } from '../platform/errors/app-error';

export enum MobilizationErrorCode {
  TeamNotFound = 'TEAM_NOT_FOUND',
  Invalid = 'TEAM_INVALID',
  Forbidden = 'TEAM_FORBIDDEN',
}

const field = fieldError;

export const MobilizationErrors = {
  /** 404 also for teams outside the caller's commune or province. */
  teamNotFound: () =>
    new AppError(MobilizationErrorCode.TeamNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy tổ dân vận',
      en: 'Team not found',
    }),
  invalid: (name: string, vi: string, en: string) =>
    new AppError(MobilizationErrorCode.Invalid, HttpStatus.BAD_REQUEST, { vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' }, [
      field(name, 'invalid', vi, en),
    ]),
  forbidden: () =>
    new AppError(MobilizationErrorCode.Forbidden, HttpStatus.FORBIDDEN, {
      vi: 'Chỉ tổ trưởng của tổ này hoặc lãnh đạo xã/phường được ghi nhận',
      en: "Only this team's lead or the commune's leaders may record this",
    }),
};
