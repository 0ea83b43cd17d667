import { HttpStatus } from '@nestjs/common';
import { AppError, fieldError } from '../../platform/errors/app-error';

export enum BlocErrorCode {
  NotFound = 'BLOC_NOT_FOUND',
  NoArea = 'BLOC_NO_AREA',
  Forbidden = 'BLOC_FORBIDDEN',
  Invalid = 'BLOC_INVALID',
  Conflict = 'BLOC_CONFLICT',
}

export const BlocErrors = {
  /** One answer for anything missing or outside the caller's commune or province: no hint that it exists. */
  notFound: () =>
    new AppError(BlocErrorCode.NotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy',
      en: 'Not found',
    }),
  noArea: () =>
    new AppError(BlocErrorCode.NoArea, HttpStatus.FORBIDDEN, {
      vi: 'Tài khoản của bạn không theo dõi khối dân vận của xã/phường nào',
      en: 'Your account does not follow any commune’s mobilization bloc',
    }),
  forbidden: (vi: string, en: string) => new AppError(BlocErrorCode.Forbidden, HttpStatus.FORBIDDEN, { vi, en }),
  invalid: (field: string, vi: string, en: string) =>
    new AppError(BlocErrorCode.Invalid, HttpStatus.BAD_REQUEST, { vi: 'Dữ liệu không hợp lệ', en: 'Invalid request' }, [
      fieldError(field, 'invalid', vi, en),
    ]),
  conflict: (vi: string, en: string) => new AppError(BlocErrorCode.Conflict, HttpStatus.CONFLICT, { vi, en }),
};

/** The refusals, worded once. */
export const Refusals = {
  headOnly: () =>
    BlocErrors.forbidden(
      'Chỉ lãnh đạo xã/phường (trưởng khối dân vận) được làm việc này',
      'Only the commune’s leaders (the bloc’s head) may do this',
    ),
  upperOnly: () =>
    BlocErrors.forbidden(
      'Chỉ cán bộ cấp trên (lãnh đạo, thanh tra cấp tỉnh) được ghi nhận kiểm tra',
      'Only cadres of the level above (province leaders and inspectors) record inspections',
    ),
  ownerOnly: () =>
    BlocErrors.forbidden(
      'Chỉ thành viên được phân công hoặc trưởng khối được báo cáo',
      'Only the member it is assigned to or the bloc’s head may report on it',
    ),
};
