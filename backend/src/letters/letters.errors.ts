import { HttpStatus } from '@nestjs/common';
import { AppError, fieldError } from '../platform/errors/app-error';

export enum LetterErrorCode {
  NotFound = 'LETTER_NOT_FOUND',
  Invalid = 'LETTER_INVALID',
  Forbidden = 'LETTER_FORBIDDEN',
}

export const LetterErrors = {
  /** 404 also for a letter outside the caller's commune or province. */
  notFound: () => new AppError(LetterErrorCode.NotFound, HttpStatus.NOT_FOUND, { vi: 'Không tìm thấy đơn', en: 'Letter not found' }),
  invalid: (field: string, vi: string, en: string) =>
    new AppError(LetterErrorCode.Invalid, HttpStatus.BAD_REQUEST, { vi: 'Dữ liệu đơn không hợp lệ', en: 'Invalid letter' }, [
      fieldError(field, 'invalid', vi, en),
    ]),
  forbidden: () =>
    new AppError(LetterErrorCode.Forbidden, HttpStatus.FORBIDDEN, {
      vi: 'Vai trò của bạn không được vào sổ đơn thư',
      en: 'Your role may not register letters',
    }),
};

/**
 * A matter's case refused one of its own fields (its unit, its summary…): the error names the field inside the letter
 * (`matters.1.leadAgencyId`) so the form can point at it. Errors about the letter as a whole keep their names.
 */
export function inMatter(error: unknown, index: number): unknown {
  if (!(error instanceof AppError)) return error;
  const own = new Set(['type', 'category', 'summary', 'content', 'leadAgencyId']);
  if (!error.fieldErrors.some((f) => own.has(f.field))) return error;
  const fields = error.fieldErrors.map((f) => (own.has(f.field) ? { ...f, field: `matters.${index}.${f.field}` } : f));
  return new AppError(error.code, error.status, error.localized, fields, error.extra);
}
