import { Pipe, type PipeTransform, inject } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import type { BilingualText } from '@tiep-dan/contracts';
import type { ApiProblem } from '../api/cases.api';
import { I18n } from '../i18n/i18n.service';
import type { MessageKey } from '../i18n/messages';

/** The error key a control carries when the API refused its value (`errors[].field` of the problem document). */
const SERVER = 'server';

/**
 * Puts each field error of a refused request on the form control of the same name, so it shows beside the field;
 * returns the message to show above the form (the problem's own message, plus field errors no control matches).
 */
export function applyProblem(form: FormGroup, problem: ApiProblem): BilingualText {
  const unmatched: BilingualText[] = [];
  for (const error of problem.errors ?? []) {
    const control = form.get(error.field);
    if (control) {
      control.setErrors({ ...control.errors, [SERVER]: error.message });
      control.markAsTouched();
    } else unmatched.push(error.message);
  }
  return unmatched.length
    ? {
        vi: [problem.message.vi, ...unmatched.map((m) => m.vi)].join(' · '),
        en: [problem.message.en, ...unmatched.map((m) => m.en)].join(' · '),
      }
    : problem.message;
}

/**
 * `<mat-error>{{ form.controls.name | fieldError }}</mat-error>`: the server's message for the field, else the
 * client-side one. Impure because control errors change without a new reference.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(control: AbstractControl | null, hint?: MessageKey): string {
    const errors = control?.errors;
    if (!errors) return '';
    const server = errors[SERVER] as BilingualText | undefined;
    if (server) return this.i18n.pick(server);
    if (errors['required']) return this.i18n.t('admin.required');
    return hint ? this.i18n.t(hint) : '';
  }
}
