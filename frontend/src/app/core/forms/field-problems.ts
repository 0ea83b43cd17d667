import type { BilingualText } from '@tiep-dan/contracts';
import type { ApiFieldError } from '../api/cases.api';
import { fillMessage } from '../i18n/i18n.service';
import { MESSAGES, type MessageKey } from '../i18n/messages';

/** What the user is told about one field the server refused, by the check that failed (class-validator's code). */
const REASONS: Record<string, MessageKey> = {
  isNotEmpty: 'form.field.missing',
  isDefined: 'form.field.missing',
  matches: 'form.field.format',
  maxLength: 'form.field.tooLong',
  minLength: 'form.field.tooShort',
  min: 'form.field.tooSmall',
  max: 'form.field.tooLarge',
};

/**
 * A server's field error said with the field's label as the user sees it ("Mã hồ sơ: chưa nhập."), never the API's
 * property name ("code"), in both languages.
 */
export function fieldProblem(
  error: ApiFieldError,
  label: BilingualText,
): BilingualText {
  const reason = MESSAGES[REASONS[error.code] ?? 'form.field.invalid'];
  return {
    vi: fillMessage(reason.vi, 'vi', { label: label.vi }),
    en: fillMessage(reason.en, 'en', { label: label.en }),
  };
}

/** The sentence above a form that the server refused: which fields, by their labels. */
export function checkFields(labels: readonly BilingualText[]): BilingualText {
  return {
    vi: fillMessage(MESSAGES['form.checkFields'].vi, 'vi', {
      labels: labels.map((l) => l.vi).join(', '),
    }),
    en: fillMessage(MESSAGES['form.checkFields'].en, 'en', {
      labels: labels.map((l) => l.en).join(', '),
    }),
  };
}
