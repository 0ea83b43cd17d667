import { HttpStatus } from '@nestjs/common';

export interface LocalizedMessage {
  vi: string;
  en: string;
}

/** One invalid field of a request, named as the client sent it (nested fields with dots: `citizen.phone`). */
export interface FieldError {
  field: string;
  /** The failed check, e.g. `isNotEmpty`, `maxLength`. */
  code: string;
  message: LocalizedMessage;
}

/** A field error with its message in both languages. */
export const fieldError = (field: string, code: string, vi: string, en: string): FieldError => ({ field, code, message: { vi, en } });

/** Platform error codes; each context adds its own enum of codes. */
export enum PlatformErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  JsonTooDeep = 'JSON_TOO_DEEP',
  NotFound = 'NOT_FOUND',
  Unauthorized = 'UNAUTHORIZED',
  Forbidden = 'FORBIDDEN',
  Conflict = 'CONFLICT',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  Internal = 'INTERNAL_ERROR',
}

/**
 * An expected failure with a stable code and a message in both languages. The exception filter turns it into
 * `application/problem+json`; `extra` members are added to the problem document (e.g. the current version on 409).
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: HttpStatus,
    readonly localized: LocalizedMessage,
    readonly fieldErrors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(localized.en);
    this.name = 'AppError';
  }
}
