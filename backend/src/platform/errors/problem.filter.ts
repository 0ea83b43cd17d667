import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import type { Request, Response } from 'express';
import { AppError, FieldError, LocalizedMessage, PlatformErrorCode } from './app-error';
import { databaseProblem, safeDatabaseError } from './database-errors';
import { JSON_TOO_DEEP, MAX_JSON_DEPTH } from '../http/json-depth';

/** RFC 9457 problem document, with the stable `code`, both languages and the field errors. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  message: LocalizedMessage;
  errors?: FieldError[];
  instance?: string;
  requestId?: string;
  [extra: string]: unknown;
}

const DEFAULT_MESSAGES: Partial<Record<number, { code: string; message: LocalizedMessage }>> = {
  [HttpStatus.BAD_REQUEST]: {
    code: PlatformErrorCode.ValidationFailed,
    message: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  },
  [HttpStatus.UNAUTHORIZED]: {
    code: PlatformErrorCode.Unauthorized,
    message: { vi: 'Bạn cần đăng nhập', en: 'Authentication required' },
  },
  [HttpStatus.FORBIDDEN]: {
    code: PlatformErrorCode.Forbidden,
    message: {
      vi: 'Bạn không có quyền thực hiện thao tác này',
      en: 'You may not do this',
    },
  },
  [HttpStatus.NOT_FOUND]: {
    code: PlatformErrorCode.NotFound,
    message: { vi: 'Không tìm thấy', en: 'Not found' },
  },
  [HttpStatus.CONFLICT]: {
    code: PlatformErrorCode.Conflict,
    message: {
      vi: 'Dữ liệu đã bị thay đổi bởi người khác',
      en: 'Conflict with the current state',
    },
  },
  [HttpStatus.PAYLOAD_TOO_LARGE]: {
    code: PlatformErrorCode.PayloadTooLarge,
    message: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' },
  },
  [HttpStatus.TOO_MANY_REQUESTS]: {
    code: PlatformErrorCode.TooManyRequests,
    message: {
      vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
      en: 'Too many requests, try again later',
    },
  },
  [HttpStatus.SERVICE_UNAVAILABLE]: {
    code: PlatformErrorCode.DatabaseUnavailable,
    message: {
      vi: 'Hệ thống tạm thời không sẵn sàng',
      en: 'Service unavailable',
    },
  },
};
const INTERNAL = {
  code: PlatformErrorCode.Internal,
  message: {
    vi: 'Lỗi hệ thống, vui lòng thử lại sau',
    en: 'Internal error, please try again later',
  },
};

/** Turns an exception into a problem document. Pure, so it is unit-tested without HTTP. */
export function toProblem(exception: unknown, path?: string, requestId?: string): ProblemDocument {
  let status: number = HttpStatus.INTERNAL_SERVER_ERROR;
  let code = INTERNAL.code as string;
  let message: LocalizedMessage = INTERNAL.message;
  let errors: FieldError[] | undefined;
  let extra: Record<string, unknown> = {};
  const database = databaseProblem(exception);

  if (exception instanceof AppError) {
    ({ status, code } = exception);
    message = exception.localized;
    errors = exception.fieldErrors.length ? exception.fieldErrors : undefined;
    extra = exception.extra;
  } else if (exception instanceof HttpException) {
    status = exception.getStatus();
    const known = DEFAULT_MESSAGES[status];
    const body = exception.getResponse();
    const raw = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    // body-parser's JSON errors reach us as a 400 whose message mentions JSON.
    if (status === HttpStatus.BAD_REQUEST && typeof raw === 'string' && /JSON/i.test(raw)) {
      code = PlatformErrorCode.MalformedJson;
      message = {
        vi: 'Nội dung gửi lên không phải JSON hợp lệ',
        en: 'The request body is not valid JSON',
      };
    } else if (known) {
      code = known.code;
      message = known.message;
    } else {
      code = `HTTP_${status}`;
      message = { vi: exception.message, en: exception.message };
    }
  } else if (database) {
    ({ status, code, message } = database);
    errors = database.errors;
  } else if (isBodyParserError(exception) && exception.type === JSON_TOO_DEEP) {
    status = HttpStatus.BAD_REQUEST;
    code = PlatformErrorCode.JsonTooDeep;
    message = {
      vi: `Nội dung JSON lồng nhau quá ${MAX_JSON_DEPTH} cấp`,
      en: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`,
    };
  } else if (isBodyParserError(exception)) {
    status = exception.status;
    const tooLarge = exception.type === 'entity.too.large';
    const known = DEFAULT_MESSAGES[tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST];
    code = tooLarge ? PlatformErrorCode.PayloadTooLarge : PlatformErrorCode.MalformedJson;
    message =
      tooLarge && known
        ? known.message
        : {
            vi: 'Nội dung gửi lên không phải JSON hợp lệ',
            en: 'The request body is not valid JSON',
          };
  }

  return {
    type: `https://tiepdan.gov.vn/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: message.en,
    status,
    detail: message.vi,
    code,
    message,
    ...(errors ? { errors } : {}),
    ...(path ? { instance: path } : {}),
    ...(requestId ? { requestId } : {}),
    ...extra,
  };
}

/** Seconds a throttled client should wait: what the throttle said, else a minute. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;
function retryAfterSeconds(problem: ProblemDocument): number {
  const given = problem['retryAfterSeconds'];
  return typeof given === 'number' && Number.isFinite(given) && given > 0 ? Math.ceil(given) : DEFAULT_RETRY_AFTER_SECONDS;
}

/** The class and SQLSTATE of a database error; for anything else its class, message and stack (no enumerable extras). */
export function loggableError(exception: unknown): Record<string, unknown> {
  const database = safeDatabaseError(exception);
  if (database) return { ...database };
  if (exception instanceof Error)
    return {
      type: exception.name,
      message: exception.message,
      stack: exception.stack,
    };
  return { type: typeof exception };
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { type?: unknown }).type === 'string' &&
    typeof (e as { status?: unknown }).status === 'number'
  );
}

/** The one exception filter: every error leaves as `application/problem+json`; no 500 leaks internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  // The pino logger itself: Nest's static Logger kept these lines in its start-up buffer, so errors were never logged.
  constructor(@InjectPinoLogger('Errors') private readonly logger: PinoLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request & { id?: string }>();
    const response = ctx.getResponse<Response>();
    const problem = toProblem(exception, request.originalUrl?.split('?')[0], request.id ? String(request.id) : undefined);
    // Never the exception itself: a database error carries the SQL and its parameters (names, ID numbers, phones).
    if (problem.status >= 500) this.logger.error({ err: loggableError(exception), requestId: problem.requestId }, 'Unhandled error');
    else if (databaseProblem(exception))
      this.logger.warn(
        {
          err: safeDatabaseError(exception),
          code: problem.code,
          requestId: problem.requestId,
        },
        'Request refused by the database',
      );
    if (response.headersSent) return;
    // Every 429 tells the client when to come back (RFC 9110 §10.2.3), in whole seconds.
    if (problem.status === HttpStatus.TOO_MANY_REQUESTS) response.setHeader('Retry-After', String(retryAfterSeconds(problem)));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }
}
