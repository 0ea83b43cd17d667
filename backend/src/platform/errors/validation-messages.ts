import { ValidationError } from 'class-validator';
import { AppError, FieldError, LocalizedMessage, PlatformErrorCode } from './app-error';
import { HttpStatus } from '@nestjs/common';

/** Vietnamese wording for class-validator's checks; the English text is class-validator's own. */
const VI: Record<string, (field: string) => string> = {
  isNotEmpty: (f) => `Trường "${f}" không được để trống`,
  isDefined: (f) => `Thiếu trường "${f}"`,
  isString: (f) => `Trường "${f}" phải là chuỗi ký tự`,
  isInt: (f) => `Trường "${f}" phải là số nguyên`,
  isNumber: (f) => `Trường "${f}" phải là số`,
  isBoolean: (f) => `Trường "${f}" phải là đúng/sai (true/false)`,
  isEnum: (f) => `Giá trị của trường "${f}" không nằm trong danh sách cho phép`,
  isIn: (f) => `Giá trị của trường "${f}" không nằm trong danh sách cho phép`,
  isUUID: (f) => `Trường "${f}" phải là mã định danh (UUID) hợp lệ`,
  isDateString: (f) => `Trường "${f}" phải là ngày giờ theo định dạng ISO 8601`,
  isISO8601: (f) => `Trường "${f}" phải là ngày giờ theo định dạng ISO 8601`,
  isEmail: (f) => `Trường "${f}" phải là địa chỉ thư điện tử hợp lệ`,
  maxLength: (f) => `Trường "${f}" quá dài`,
  minLength: (f) => `Trường "${f}" quá ngắn`,
  min: (f) => `Giá trị của trường "${f}" quá nhỏ`,
  max: (f) => `Giá trị của trường "${f}" quá lớn`,
  matches: (f) => `Trường "${f}" không đúng định dạng`,
  isArray: (f) => `Trường "${f}" phải là danh sách`,
  arrayMinSize: (f) => `Danh sách "${f}" có quá ít phần tử`,
  arrayMaxSize: (f) => `Danh sách "${f}" có quá nhiều phần tử`,
  isObject: (f) => `Trường "${f}" phải là một đối tượng`,
  whitelistValidation: (f) => `Trường "${f}" không được phép gửi lên`,
  nestedValidation: (f) => `Trường "${f}" không hợp lệ`,
};

function localize(field: string, constraint: string, en: string): LocalizedMessage {
  const vi = VI[constraint]?.(field) ?? `Trường "${field}" không hợp lệ`;
  return { vi, en };
}

/** Flattens nested class-validator errors into one entry per failed check, with dotted field paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [code, en] of Object.entries(error.constraints ?? {})) {
      out.push({
        field,
        code,
        message: localize(field, code, en.replace(error.property, field)),
      });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

export function validationFailed(fieldErrors: FieldError[]): AppError {
  const fields = [...new Set(fieldErrors.map((e) => e.field))].join(', ');
  return new AppError(
    PlatformErrorCode.ValidationFailed,
    HttpStatus.BAD_REQUEST,
    {
      vi: `Dữ liệu gửi lên không hợp lệ: ${fields}`,
      en: `The request is invalid: ${fields}`,
    },
    fieldErrors,
  );
}

/** The global ValidationPipe's exceptionFactory. */
export function validationExceptionFactory(errors: ValidationError[]): AppError {
  return validationFailed(flattenValidationErrors(errors));
}
