import type { PayloadFieldDescription } from '@tiep-dan/contracts';
import type { FieldError } from '../platform/errors/app-error';

const MAX_TEXT = 10_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function error(field: string, code: string, vi: string, en: string): FieldError {
  return { field: `payload.${field}`, code, message: { vi, en } };
}

/**
 * Checks an event's payload against the fields the machine declares for that event (the same description the UI
 * draws its forms from): required fields present, types right, no unknown fields. Field names come back as
 * `payload.<name>` so the client can point at the input.
 */
export function validatePayload(fields: readonly PayloadFieldDescription[], payload: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(fields.map((f) => f.name));
  for (const name of Object.keys(payload)) {
    if (!known.has(name)) errors.push(error(name, 'whitelist', 'Trường không được chấp nhận', 'Unknown field'));
  }
  for (const f of fields) {
    const value = payload[f.name];
    if (value === undefined || value === null || value === '') {
      if (f.required) errors.push(error(f.name, 'isNotEmpty', 'Không được để trống', 'Required'));
      continue;
    }
    switch (f.type) {
      case 'string':
        if (typeof value !== 'string' || !value.trim()) errors.push(error(f.name, 'isString', 'Phải là chuỗi ký tự', 'Must be text'));
        else if (value.length > MAX_TEXT)
          errors.push(error(f.name, 'maxLength', `Tối đa ${MAX_TEXT} ký tự`, `At most ${MAX_TEXT} characters`));
        break;
      case 'boolean':
        if (typeof value !== 'boolean') errors.push(error(f.name, 'isBoolean', 'Phải là đúng/sai', 'Must be true or false'));
        break;
      case 'date':
        if (
          typeof value !== 'string' ||
          !ISO_DATE.test(value) ||
          Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value))
        )
          errors.push(error(f.name, 'isDate', 'Ngày không hợp lệ (YYYY-MM-DD)', 'Invalid date (YYYY-MM-DD)'));
        break;
      case 'string[]':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string') || value.length > 200)
          errors.push(error(f.name, 'isArray', 'Phải là danh sách chuỗi ký tự', 'Must be a list of texts'));
        break;
      case 'enum':
        if (typeof value !== 'string' || !(f.values ?? []).includes(value))
          errors.push(
            error(
              f.name,
              'isIn',
              `Giá trị phải là một trong: ${(f.values ?? []).join(', ')}`,
              `Must be one of: ${(f.values ?? []).join(', ')}`,
            ),
          );
        break;
    }
  }
  return errors;
}
