import { HttpStatus } from '@nestjs/common';
import { AppError, fieldError } from '../platform/errors/app-error';

/** GeoReport v2 names its errors by HTTP status: 403 for a key, 404 for what does not exist, 400 for the rest. */
export enum Open311ErrorCode {
  ApiKey = 'OPEN311_API_KEY',
  JurisdictionMissing = 'OPEN311_JURISDICTION_MISSING',
  JurisdictionNotFound = 'OPEN311_JURISDICTION_NOT_FOUND',
  ServiceMissing = 'OPEN311_SERVICE_CODE_MISSING',
  ServiceNotFound = 'OPEN311_SERVICE_CODE_NOT_FOUND',
  RequestNotFound = 'OPEN311_REQUEST_NOT_FOUND',
  Invalid = 'OPEN311_INVALID',
  FormatNotFound = 'OPEN311_FORMAT_NOT_FOUND',
  Throttled = 'OPEN311_THROTTLED',
  ClientNotFound = 'OPEN311_CLIENT_NOT_FOUND',
}

export const Open311Errors = {
  apiKey: () =>
    new AppError(Open311ErrorCode.ApiKey, HttpStatus.FORBIDDEN, {
      vi: 'Thiếu hoặc sai api_key, không thể tạo yêu cầu',
      en: "Missing or invalid api_key -- can't proceed with create_request",
    }),
  keyNotForJurisdiction: () =>
    new AppError(Open311ErrorCode.ApiKey, HttpStatus.FORBIDDEN, {
      vi: 'api_key không được cấp cho địa bàn (jurisdiction_id) này',
      en: 'The api_key was not issued for this jurisdiction_id',
    }),
  jurisdictionMissing: () =>
    new AppError(Open311ErrorCode.JurisdictionMissing, HttpStatus.BAD_REQUEST, {
      vi: 'Thiếu jurisdiction_id (mã xã/phường)',
      en: 'jurisdiction_id was not provided (the commune code)',
    }),
  jurisdictionNotFound: () =>
    new AppError(Open311ErrorCode.JurisdictionNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy jurisdiction_id (mã xã/phường)',
      en: 'jurisdiction_id was not found',
    }),
  serviceMissing: () =>
    new AppError(Open311ErrorCode.ServiceMissing, HttpStatus.BAD_REQUEST, {
      vi: 'Thiếu service_code',
      en: 'service_code was not provided',
    }),
  serviceNotFound: () =>
    new AppError(Open311ErrorCode.ServiceNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy service_code',
      en: 'service_code was not found',
    }),
  requestNotFound: () =>
    new AppError(Open311ErrorCode.RequestNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy service_request_id',
      en: 'service_request_id was not found',
    }),
  formatNotFound: () =>
    new AppError(Open311ErrorCode.FormatNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Chỉ hỗ trợ định dạng .xml và .json',
      en: 'Only the .xml and .json formats are served',
    }),
  invalid: (field: string, vi: string, en: string) =>
    new AppError(Open311ErrorCode.Invalid, HttpStatus.BAD_REQUEST, { vi: 'Yêu cầu không hợp lệ', en: 'Invalid request' }, [
      fieldError(field, 'invalid', vi, en),
    ]),
  throttled: (retryAfterSeconds: number) =>
    new AppError(
      Open311ErrorCode.Throttled,
      HttpStatus.TOO_MANY_REQUESTS,
      {
        vi: `Ứng dụng đã gửi quá nhiều yêu cầu; thử lại sau ${retryAfterSeconds} giây`,
        en: `Too many requests from this app; try again in ${retryAfterSeconds} s`,
      },
      [],
      { retryAfterSeconds },
    ),
  clientNotFound: () =>
    new AppError(Open311ErrorCode.ClientNotFound, HttpStatus.NOT_FOUND, {
      vi: 'Không tìm thấy ứng dụng',
      en: 'Client app not found',
    }),
};
