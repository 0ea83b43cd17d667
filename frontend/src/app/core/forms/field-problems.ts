import type { AbstractControl } from '@angular/forms';
import type { BilingualText } from '@tiep-dan/contracts';
import type { ApiFieldError, ApiProblem } from '../api/cases.api';
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
  isIn: 'form.field.choice',
  isEnum: 'form.field.choice',
  isUUID: 'form.field.choice',
};

/**
 * A server's field error said with the field's label as the user sees it ("Mã hồ sơ: chưa nhập."), never the API's
 * property name ("code"), in both languages.
 */
export function fieldProblem(error: ApiFieldError, label: BilingualText): BilingualText {
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

/** A field of a form as the server names it: its control and the label the user sees. */
export interface ProblemField {
  control: AbstractControl;
  label: BilingualText;
}

/**
 * Puts each field error of a refusal on the control `fieldOf` finds for its path (as the control's `server` error,
 * said with the field's label), and returns the message for above the form: the fields to check by label, then
 * whatever no field shows; the problem's own message when no field matched. `marked` says whether a field was marked
 * (the form then focuses the first one).
 */
export function markFieldProblems(
  problem: ApiProblem,
  fieldOf: (path: string) => ProblemField | null,
): { message: BilingualText; marked: boolean } {
  const labels: BilingualText[] = [];
  const other: BilingualText[] = [];
  for (const error of problem.errors ?? []) {
    const field = fieldOf(error.field);
    if (!field) {
      other.push(error.message);
      continue;
    }
    field.control.setErrors({ server: fieldProblem(error, field.label) });
    field.control.markAsTouched();
    labels.push(field.label);
  }
  const first = labels.length ? checkFields(labels) : problem.message;
  const join = (lang: 'vi' | 'en') => [first[lang], ...other.map((m) => m[lang])].join(' — ');
  return {
    message: { vi: join('vi'), en: join('en') },
    marked: labels.length > 0,
  };
}
