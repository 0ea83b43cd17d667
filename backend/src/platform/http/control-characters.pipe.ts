import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { validationFailed } from '../errors/validation-messages';

/** C0 control characters other than tab, line feed and carriage return: never part of a person's text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** The dotted path of the first string (or key) holding a control character, or null. */
export function controlCharacterField(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? path || 'body' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = controlCharacterField(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  // Plain objects only: uploaded files (Buffers) and class instances are not request text.
  if (
    typeof value === 'object' &&
    value !== null &&
    (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
  ) {
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (CONTROL_CHARACTER.test(key)) return field;
      const found = controlCharacterField(item, field);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses a NUL byte or another C0 control character in any body, query or path value with a 400 naming the field,
 * before validation, and before PostgreSQL (which cannot store NUL in text and would answer with an error).
 */
@Injectable()
export class ControlCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param') return value;
    const field = controlCharacterField(value, metadata.data ?? '');
    if (field)
      throw validationFailed([
        {
          field,
          code: 'noControlCharacters',
          message: {
            vi: `Trường "${field}" chứa ký tự điều khiển không được phép`,
            en: `${field} contains a control character that is not allowed`,
          },
        },
      ]);
    return value;
  }
}
