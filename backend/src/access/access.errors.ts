import { HttpStatus } from '@nestjs/common';
import { AppError } from '../platform/errors/app-error';

export enum AccessErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_LOGIN_ATTEMPTS',
  TokenMissing = 'TOKEN_MISSING',
  TokenInvalid = 'TOKEN_INVALID',
  TokenExpired = 'TOKEN_EXPIRED',
  SessionRevoked = 'SESSION_REVOKED',
  RefreshInvalid = 'REFRESH_TOKEN_INVALID',
  RoleNotAllowed = 'ROLE_NOT_ALLOWED',
  WeakPassword = 'WEAK_PASSWORD',
  WrongPassword = 'WRONG_CURRENT_PASSWORD',
  UsernameTaken = 'USERNAME_TAKEN',
  UserNotFound = 'USER_NOT_FOUND',
}

export const AccessErrors = {
  /** Same answer for an unknown user and a wrong password: no account enumeration. */
  invalidCredentials: () =>
    new AppError(AccessErrorCode.InvalidCredentials, HttpStatus.UNAUTHORIZED, {
      vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
      en: 'Wrong username or password',
    }),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new AppError(
      AccessErrorCode.TooManyAttempts,
      HttpStatus.TOO_MANY_REQUESTS,
      { vi: 'Quá nhiều lần đăng nhập, vui lòng chờ rồi thử lại', en: 'Too many login attempts; wait and try again' },
      [],
      { retryAfterSeconds },
    ),
  tokenMissing: () =>
    new AppError(AccessErrorCode.TokenMissing, HttpStatus.UNAUTHORIZED, { vi: 'Bạn cần đăng nhập', en: 'Authentication required' }),
  tokenInvalid: () =>
    new AppError(AccessErrorCode.TokenInvalid, HttpStatus.UNAUTHORIZED, { vi: 'Phiên đăng nhập không hợp lệ', en: 'Invalid access token' }),
  tokenExpired: () =>
    new AppError(AccessErrorCode.TokenExpired, HttpStatus.UNAUTHORIZED, {
      vi: 'Phiên đăng nhập đã hết hạn',
      en: 'The access token has expired',
    }),
  sessionRevoked: () =>
    new AppError(AccessErrorCode.SessionRevoked, HttpStatus.UNAUTHORIZED, {
      vi: 'Phiên đăng nhập đã kết thúc',
      en: 'The session has ended',
    }),
  refreshInvalid: () =>
    new AppError(AccessErrorCode.RefreshInvalid, HttpStatus.UNAUTHORIZED, {
      vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
      en: 'The session has expired; please sign in again',
    }),
  roleNotAllowed: () =>
    new AppError(AccessErrorCode.RoleNotAllowed, HttpStatus.FORBIDDEN, {
      vi: 'Vai trò của bạn không được thực hiện thao tác này',
      en: 'Your role may not do this',
    }),
  weakPassword: (field: string) =>
    new AppError(
      AccessErrorCode.WeakPassword,
      HttpStatus.BAD_REQUEST,
      { vi: 'Mật khẩu phải có ít nhất 10 ký tự, gồm chữ và số', en: 'The password needs at least 10 characters with letters and digits' },
      [{ field, code: 'weakPassword', message: { vi: 'Mật khẩu quá yếu', en: 'Password too weak' } }],
    ),
  wrongPassword: () =>
    new AppError(
      AccessErrorCode.WrongPassword,
      HttpStatus.BAD_REQUEST,
      { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
      [{ field: 'currentPassword', code: 'wrongPassword', message: { vi: 'Mật khẩu hiện tại không đúng', en: 'Wrong current password' } }],
    ),
  usernameTaken: () =>
    new AppError(AccessErrorCode.UsernameTaken, HttpStatus.CONFLICT, { vi: 'Tên đăng nhập đã được sử dụng', en: 'The username is taken' }, [
      { field: 'username', code: 'unique', message: { vi: 'Tên đăng nhập đã được sử dụng', en: 'Username taken' } },
    ]),
  userNotFound: () =>
    new AppError(AccessErrorCode.UserNotFound, HttpStatus.NOT_FOUND, { vi: 'Không tìm thấy người dùng', en: 'User not found' }),
};
