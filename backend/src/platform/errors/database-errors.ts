import { HttpStatus } from '@nestjs/common';
import { FieldError, LocalizedMessage } from './app-error';

/** Codes of the problems a database constraint or a value the database refused turns into. */
export enum DatabaseErrorCode {
  InvalidValue = 'INVALID_VALUE',
  ValueTooLong = 'VALUE_TOO_LONG',
  InvalidDate = 'INVALID_DATE',
  NumberOutOfRange = 'NUMBER_OUT_OF_RANGE',
  MissingValue = 'MISSING_VALUE',
  ReferenceNotFound = 'REFERENCE_NOT_FOUND',
  StillReferenced = 'STILL_REFERENCED',
  AlreadyExists = 'ALREADY_EXISTS',
  ConstraintViolated = 'CONSTRAINT_VIOLATED',
  ConcurrentUpdate = 'CONCURRENT_UPDATE',
}

export interface DatabaseProblem {
  status: number;
  code: DatabaseErrorCode;
  message: LocalizedMessage;
  errors?: FieldError[];
}

/** What a logged database error may say: its class, SQLSTATE and the schema object, never the SQL, its parameters or the values. */
export interface SafeDatabaseError {
  type: string;
  sqlState: string;
  table?: string;
  column?: string;
  constraint?: string;
}

interface PgErrorFields {
  code?: unknown;
  severity?: unknown;
  detail?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The PostgreSQL error behind a TypeORM QueryFailedError or a raw `pg` error, or null for anything else. */
function pgError(exception: unknown): PgErrorFields | null {
  if (typeof exception !== 'object' || exception === null) return null;
  const driver = (exception as { driverError?: unknown }).driverError;
  const candidate = (typeof driver === 'object' && driver !== null ? driver : exception) as PgErrorFields;
  const looksLikePg =
    typeof candidate.code === 'string' &&
    SQLSTATE.test(candidate.code) &&
    (typeof candidate.severity === 'string' || candidate !== exception);
  return looksLikePg ? candidate : null;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** `lead_agency_id` → `leadAgencyId`: the client's spelling of a column, the best field name the database gives. */
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The column a constraint error is about: pg's own `column`, else the key named in `detail` (its value is never kept). */
function columnOf(error: PgErrorFields): string | undefined {
  const column = text(error.column);
  if (column) return column;
  const key = /^Key \(([\w, ]+)\)=/.exec(text(error.detail) ?? '');
  return key?.[1].split(',')[0].trim();
}

export function safeDatabaseError(exception: unknown): SafeDatabaseError | null {
  const error = pgError(exception);
  if (!error) return null;
  return {
    type: (exception as Error).constructor?.name ?? 'DatabaseError',
    sqlState: error.code as string,
    ...(text(error.table) ? { table: text(error.table) } : {}),
    ...(columnOf(error) ? { column: columnOf(error) } : {}),
    ...(text(error.constraint) ? { constraint: text(error.constraint) } : {}),
  };
}

function problem(
  status: number,
  code: DatabaseErrorCode,
  vi: string,
  en: string,
  column: string | undefined,
  check: string,
): DatabaseProblem {
  const field = column ? camel(column) : undefined;
  return {
    status,
    code,
    message: { vi, en },
    ...(field ? { errors: [{ field, code: check, message: { vi, en } }] } : {}),
  };
}

/**
 * Bad input that only the database noticed (a malformed uuid, an unknown id, a duplicate, a value too long, a date out
 * of range) is the client's mistake, not a server failure: a 4xx with a stable code, never the SQL or its values.
 * Returns null for errors that are not PostgreSQL data or constraint errors (those stay 500).
 */
export function databaseProblem(exception: unknown): DatabaseProblem | null {
  const error = pgError(exception);
  if (!error) return null;
  const state = error.code as string;
  const column = columnOf(error);
  switch (state) {
    case '23503': {
      const stillReferenced = /still referenced/i.test(text(error.detail) ?? '');
      return stillReferenced
        ? problem(
            HttpStatus.CONFLICT,
            DatabaseErrorCode.StillReferenced,
            'Không thể xóa vì dữ liệu khác đang tham chiếu đến',
            'Other records still refer to this one',
            column,
            'stillReferenced',
          )
        : problem(
            HttpStatus.UNPROCESSABLE_ENTITY,
            DatabaseErrorCode.ReferenceNotFound,
            'Dữ liệu được tham chiếu không tồn tại',
            'A referenced record does not exist',
            column,
            'exists',
          );
    }
    case '23505':
      return problem(
        HttpStatus.CONFLICT,
        DatabaseErrorCode.AlreadyExists,
        'Dữ liệu này đã tồn tại',
        'This record already exists',
        column,
        'unique',
      );
    case '23502':
      return problem(
        HttpStatus.BAD_REQUEST,
        DatabaseErrorCode.MissingValue,
        'Thiếu giá trị bắt buộc',
        'A required value is missing',
        column,
        'isDefined',
      );
    case '23514':
    case '23P01':
      return problem(
        HttpStatus.UNPROCESSABLE_ENTITY,
        DatabaseErrorCode.ConstraintViolated,
        'Dữ liệu không thỏa mãn ràng buộc',
        'The data breaks a rule of the record',
        column,
        'constraint',
      );
    case '22001':
      return problem(HttpStatus.BAD_REQUEST, DatabaseErrorCode.ValueTooLong, 'Giá trị quá dài', 'A value is too long', column, 'maxLength');
    case '22007':
    case '22008':
      return problem(
        HttpStatus.BAD_REQUEST,
        DatabaseErrorCode.InvalidDate,
        'Ngày giờ không hợp lệ hoặc nằm ngoài phạm vi',
        'A date or time is invalid or out of range',
        column,
        'isDate',
      );
    case '22003':
      return problem(
        HttpStatus.BAD_REQUEST,
        DatabaseErrorCode.NumberOutOfRange,
        'Giá trị số nằm ngoài phạm vi cho phép',
        'A number is out of range',
        column,
        'range',
      );
    case '40001':
    case '40P01':
      return problem(
        HttpStatus.CONFLICT,
        DatabaseErrorCode.ConcurrentUpdate,
        'Dữ liệu đang được người khác cập nhật, vui lòng thử lại',
        'Someone else is changing the same data; try again',
        undefined,
        'concurrent',
      );
  }
  // Every other data exception (class 22: invalid uuid or number syntax, NUL bytes, bad escapes, regular expressions…).
  if (state.startsWith('22'))
    return problem(
      HttpStatus.BAD_REQUEST,
      DatabaseErrorCode.InvalidValue,
      'Giá trị gửi lên không hợp lệ',
      'A value is not valid',
      column,
      'invalid',
    );
  if (state.startsWith('23'))
    return problem(
      HttpStatus.UNPROCESSABLE_ENTITY,
      DatabaseErrorCode.ConstraintViolated,
      'Dữ liệu không thỏa mãn ràng buộc',
      'The data breaks a rule of the record',
      column,
      'constraint',
    );
  return null;
}
