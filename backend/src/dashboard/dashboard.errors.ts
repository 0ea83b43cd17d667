import { HttpStatus } from '@nestjs/common';
import { AppError } from '../platform/errors/app-error';

export enum DashboardErrorCode {
  AreaNotFound = 'DASHBOARD_AREA_NOT_FOUND',
  NoArea = 'DASHBOARD_NO_AREA',
  InvalidPeriod = 'DASHBOARD_INVALID_PERIOD',
  UnknownColumn = 'DASHBOARD_UNKNOWN_COLUMN',
  UnknownRow = 'DASHBOARD_UNKNOWN_ROW',
  SettingsForbidden = 'DASHBOARD_SETTINGS_FORBIDDEN',
}

export const DashboardErrors = {
  /** 404 (not 403) for a commune outside the caller's province: no hint that it exists. */
  areaNotFound: () =>
    new AppError(DashboardErrorCode.AreaNotFound, HttpStatus.NOT_FOUND, { vi: 'Không tìm thấy xã/phường', en: 'Commune not found' }, [
      {
        field: 'communeId',
        code: 'inScope',
        message: {
          vi: 'Xã/phường không thuộc phạm vi của bạn',
          en: 'The commune is outside your area',
        },
      },
    ]),
  noArea: () =>
    new AppError(DashboardErrorCode.NoArea, HttpStatus.FORBIDDEN, {
      vi: 'Tài khoản của bạn không theo dõi địa bàn nào',
      en: 'Your account does not oversee an area',
    }),
  invalidPeriod: () =>
    new AppError(
      DashboardErrorCode.InvalidPeriod,
      HttpStatus.BAD_REQUEST,
      { vi: 'Kỳ báo cáo không hợp lệ', en: 'Invalid reporting period' },
      [
        {
          field: 'to',
          code: 'afterFrom',
          message: {
            vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi, tối đa 366 ngày',
            en: 'The end must be on or after the start, at most 366 days',
          },
        },
      ],
    ),
  /** A column the form does not have, or one the system cannot count ("—"): nothing to list. */
  unknownColumn: () =>
    new AppError(
      DashboardErrorCode.UnknownColumn,
      HttpStatus.BAD_REQUEST,
      { vi: 'Biểu không có cột này', en: 'The form has no such column' },
      [
        {
          field: 'column',
          code: 'formColumn',
          message: {
            vi: 'Cột không có trong biểu hoặc không có số liệu',
            en: 'The column is not on the form, or has no figures',
          },
        },
      ],
    ),
  unknownRow: () =>
    new AppError(DashboardErrorCode.UnknownRow, HttpStatus.NOT_FOUND, { vi: 'Không có dòng đơn vị này', en: 'No such unit row' }, [
      {
        field: 'row',
        code: 'inReport',
        message: {
          vi: 'Đơn vị không có trong báo cáo',
          en: 'The unit is not in the report',
        },
      },
    ]),
  settingsForbidden: () =>
    new AppError(DashboardErrorCode.SettingsForbidden, HttpStatus.FORBIDDEN, {
      vi: 'Chỉ lãnh đạo tỉnh hoặc quản trị viên được đổi ngưỡng điểm nóng',
      en: 'Only province leaders or administrators may change the hot-spot thresholds',
    }),
};
