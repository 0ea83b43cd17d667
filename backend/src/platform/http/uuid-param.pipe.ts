import { ParseUUIDPipe } from '@nestjs/common';
import { validationFailed } from '../errors/validation-messages';

/** A path parameter that must be a UUID; a bad one is a 400 naming the parameter, in both languages. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      validationFailed([
        {
          field: name,
          code: 'isUUID',
          message: {
            vi: `Tham số "${name}" phải là mã định danh (UUID) hợp lệ`,
            en: `${name} must be a UUID`,
          },
        },
      ]),
  });
}
