import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { AgencyDto, BilingualText, CaseType, MachineEventDescription, PayloadFieldDescription } from '@tiep-dan/contracts';
import { formatIsoDate, vnDayOf } from '@tiep-dan/workflows/vn-date';
import type { ApiFieldError } from '../core/api/cases.api';
import { AccessibleForm, focusTarget } from '../core/forms/accessible-form';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { NOW } from '../shared/ui/due-badge';
import { AGENCY_FIELDS, LONG_TEXT_FIELDS, fieldLabel, valueLabel } from './payload-labels';

/** The complainant is invited at least 5 calendar days before a dialogue (ND 155/2026; the machine's guard `hasDialogueNotice`). */
export const DIALOGUE_NOTICE_MIN_DAYS = 5;

const SERVER = 'server';

export interface EventSubmission {
  type: string;
  payload: Record<string, unknown>;
}

interface FieldView {
  field: PayloadFieldDescription;
  label: BilingualText;
  kind: 'text' | 'textarea' | 'lines' | 'boolean' | 'date' | 'enum' | 'agency';
  options: { value: string; label: BilingualText }[];
  minDate: string | null;
}

/** The Vietnam civil date `days` after `now`, as YYYY-MM-DD. */
export function vietnamDatePlus(now: Date, days: number): string {
  return formatIsoDate(vnDayOf(now) + days);
}

const notBlank: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && !control.value.trim() ? { required: true } : null;

const minDate =
  (min: string): ValidatorFn =>
  (control: AbstractControl): ValidationErrors | null =>
    typeof control.value === 'string' && control.value && control.value < min ? { minDate: min } : null;

/**
 * The form of one lifecycle event, generated from the payload the machine declares for it (`lifecycle.events[].payload`):
 * exactly those fields, required where the machine requires them. The server validates the same description again.
 */
@Component({
  selector: 'app-event-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  templateUrl: './event-form.html',
  styleUrl: './event-form.css',
})
export class EventForm {
  private readonly i18n = inject(I18n);
  private readonly now = inject(NOW);
  protected readonly noticeDays = DIALOGUE_NOTICE_MIN_DAYS;

  readonly event = input.required<MachineEventDescription>();
  readonly caseType = input.required<CaseType>();
  readonly agencies = input<readonly AgencyDto[]>([]);
  /** Prefills for fields (e.g. the lead agency for an acceptance). */
  readonly defaults = input<Record<string, unknown>>({});
  readonly busy = input(false);
  /** Field errors of the last refusal (`payload.<name>`), shown beside their field. */
  readonly serverErrors = input<readonly ApiFieldError[]>([]);
  readonly submitted = output<EventSubmission>();
  private readonly a11y = viewChild.required<AccessibleForm>('a11y');
  readonly cancelled = output<void>();

  protected readonly fields = computed<FieldView[]>(() => this.event().payload.map((field) => this.viewOf(field)));

  protected readonly form = computed(() => {
    const defaults = this.defaults();
    const group = new FormGroup<Record<string, FormControl<unknown>>>({});
    for (const f of this.fields()) {
      const validators: ValidatorFn[] = [];
      if (f.field.required && f.kind !== 'boolean') validators.push(Validators.required, notBlank);
      if (f.minDate) validators.push(minDate(f.minDate));
      const initial = f.kind === 'boolean' ? false : (defaults[f.field.name] ?? '');
      group.addControl(f.field.name, new FormControl<unknown>(initial, validators));
    }
    return group;
  });

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    // Opened from its action button: the keyboard goes on in the form's first field.
    afterNextRender(() => {
      const first = host.querySelector('form :is(.ng-valid, .ng-invalid)');
      const target = (first && focusTarget(first)) ?? host.querySelector<HTMLElement>('[data-testid="event-submit"]');
      target?.focus();
    });
    effect(() => {
      const form = this.form();
      let marked = false;
      for (const error of this.serverErrors()) {
        const control = form.get(error.field.replace(/^payload\./, ''));
        if (!control) continue;
        control.setErrors({ ...control.errors, [SERVER]: error.message });
        control.markAsTouched();
        marked = true;
      }
      if (marked) untracked(() => this.a11y().focusFirstInvalidAfterRender());
    });
  }

  protected errorOf(name: string): string {
    const errors = this.form().get(name)?.errors;
    if (!errors) return '';
    if (errors[SERVER]) return this.i18n.pick(errors[SERVER] as BilingualText);
    if (errors['minDate']) return this.i18n.t('case.form.tooEarly', { n: DIALOGUE_NOTICE_MIN_DAYS });
    return this.i18n.t('case.form.required');
  }

  protected submit(): void {
    const form = this.form();
    form.markAllAsTouched();
    if (form.invalid || this.busy()) return;
    const payload: Record<string, unknown> = {};
    for (const f of this.fields()) {
      const value = form.get(f.field.name)?.value;
      if (f.kind === 'boolean') payload[f.field.name] = value === true;
      else if (f.kind === 'lines') {
        const lines = String(value ?? '')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        if (lines.length || f.field.required) payload[f.field.name] = lines;
      } else if (typeof value === 'string' && value.trim()) payload[f.field.name] = value.trim();
    }
    this.submitted.emit({ type: this.event().type, payload });
  }

  private viewOf(field: PayloadFieldDescription): FieldView {
    const label = fieldLabel(field.name);
    const base = { field, label, options: [], minDate: null };
    if (AGENCY_FIELDS.has(field.name))
      return {
        ...base,
        kind: 'agency',
        options: this.agencies()
          .filter((a) => a.active)
          .map((a) => ({ value: a.id, label: { vi: a.name, en: a.name } })),
      };
    switch (field.type) {
      case 'boolean':
        return { ...base, kind: 'boolean' };
      case 'enum':
        return {
          ...base,
          kind: 'enum',
          options: (field.values ?? []).map((v) => ({
            value: v,
            label: valueLabel(v),
          })),
        };
      case 'date':
        return {
          ...base,
          kind: 'date',
          minDate:
            this.event().type === 'SCHEDULE_DIALOGUE' && this.caseType() === 'complaint'
              ? vietnamDatePlus(this.now(), DIALOGUE_NOTICE_MIN_DAYS)
              : null,
        };
      case 'string[]':
        return { ...base, kind: 'lines' };
      case 'string':
        return {
          ...base,
          kind: LONG_TEXT_FIELDS.has(field.name) ? 'textarea' : 'text',
        };
    }
  }
}
