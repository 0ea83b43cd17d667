import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { REASSIGN_AGENCY_EVENT, type AgencyDto, type BilingualText, type CaseEventAnswerDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { AccessibleForm } from '../core/forms/accessible-form';
import { I18n } from '../core/i18n/i18n.service';
import { MESSAGES, type MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { agencyTargets } from '../shared/agency-targets';

const SERVER = 'server';
const MISSING: Record<'toAgencyId' | 'reason', MessageKey> = {
  toAgencyId: 'overview.reassign.agencyMissing',
  reason: 'overview.reassign.reasonMissing',
};
const notBlank = (control: AbstractControl): ValidationErrors | null =>
  typeof control.value === 'string' && !control.value.trim() ? { required: true } : null;

/**
 * A leader gives a case of the overdue list to another lead agency (giao lại): the new agency (the commune's own units
 * by name, then the province's departments; never the one leading it now) and the reason, both required. It goes
 * through the case's lifecycle (REASSIGN_AGENCY) with the version the list showed, so a case someone else moved
 * meanwhile is refused (409) rather than overwritten; the server checks the agency is within the leader's reach.
 */
@Component({
  selector: 'app-reassign-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AccessibleForm, ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <form
      appAccessibleForm
      #a11y="accessibleForm"
      class="reassign"
      data-testid="reassign-form"
      [formGroup]="form"
      (ngSubmit)="send()"
      [attr.aria-label]="'overview.reassign.about' | t: { code: code() }"
    >
      <p class="what">
        {{
          'overview.reassign.what'
            | t
              : {
                  code: code(),
                  agency: agencyName() ?? ('overview.reassign.none' | t),
                }
        }}
      </p>
      @if (error(); as e) {
        <p class="error" role="alert" data-testid="reassign-error">
          {{ e | t }}
        </p>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'overview.reassign.agency' | t }}</mat-label>
        <select matNativeControl required formControlName="toAgencyId" data-testid="reassign-agency">
          <option value=""></option>
          @if (units().length) {
            <optgroup [label]="'overview.reassign.units' | t">
              @for (a of units(); track a.id) {
                <option [value]="a.id">{{ a.name }}</option>
              }
            </optgroup>
          }
          @if (departments().length) {
            <optgroup [label]="'overview.reassign.departments' | t">
              @for (a of departments(); track a.id) {
                <option [value]="a.id">{{ a.name }}</option>
              }
            </optgroup>
          }
        </select>
        <mat-error>{{ errorOf('toAgencyId') }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'overview.reassign.reason' | t }}</mat-label>
        <textarea matInput rows="2" required maxlength="2000" formControlName="reason" data-testid="reassign-reason"></textarea>
        <mat-error>{{ errorOf('reason') }}</mat-error>
      </mat-form-field>
      <div class="buttons">
        <button mat-flat-button type="submit" data-testid="reassign-send" [disabled]="busy()">
          {{ 'overview.reassign.send' | t }}
        </button>
        <button mat-button type="button" data-testid="reassign-cancel" (click)="cancelled.emit()" [disabled]="busy()">
          {{ 'overview.reassign.cancel' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .reassign {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 12px;
      margin: 8px 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .what {
      margin: 0;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
  host: { '(keydown.escape)': 'escape()' },
})
export class ReassignForm {
  private readonly api = inject(CasesApi);
  private readonly i18n = inject(I18n);
  private readonly a11y = viewChild.required<AccessibleForm>('a11y');

  readonly caseId = input.required<string>();
  readonly code = input.required<string>();
  /** The version the list shows: the event is refused (409) if the case moved since. */
  readonly version = input.required<number>();
  readonly communeId = input.required<string>();
  readonly leadAgencyId = input<string | null>(null);
  readonly agencyName = input<string | null>(null);
  readonly agencies = input<readonly AgencyDto[]>([]);
  readonly reassigned = output<CaseEventAnswerDto>();
  /** Someone else moved the case: the list reloads it (the form stays open). */
  readonly stale = output<void>();
  readonly cancelled = output<void>();

  protected readonly targets = computed(() => agencyTargets(this.agencies(), this.communeId(), this.leadAgencyId()));
  protected readonly units = computed(() => this.targets().filter((a) => a.communeId === this.communeId()));
  protected readonly departments = computed(() => this.targets().filter((a) => a.communeId !== this.communeId()));
  protected readonly form = new FormGroup({
    toAgencyId: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, notBlank],
    }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<BilingualText | null>(null);
  /** One key per attempt: a double click or a retry after a lost answer is applied once. */
  private idempotencyKey = crypto.randomUUID();

  constructor() {
    // Opened from a row's button: the agency is what the leader picks first.
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => host.querySelector<HTMLElement>('[data-testid="reassign-agency"]')?.focus());
  }

  protected errorOf(name: 'toAgencyId' | 'reason'): string {
    const errors = this.form.controls[name].errors;
    if (!errors) return '';
    if (errors[SERVER]) return this.i18n.pick(errors[SERVER] as BilingualText);
    return this.i18n.t(MISSING[name]);
  }

  protected escape(): void {
    if (!this.busy()) this.cancelled.emit();
  }

  protected async send(): Promise<void> {
    if (this.busy()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return; // the form focuses the field to fix
    this.busy.set(true);
    this.error.set(null);
    const { toAgencyId, reason } = this.form.getRawValue();
    try {
      const updated = await firstValueFrom(
        this.api.applyEvent(
          this.caseId(),
          {
            type: REASSIGN_AGENCY_EVENT,
            payload: { toAgencyId, reason: reason.trim() },
            expectedVersion: this.version(),
          },
          this.idempotencyKey,
        ),
      );
      this.reassigned.emit(updated);
    } catch (error) {
      this.idempotencyKey = crypto.randomUUID();
      const problem = problemOf(error);
      if (problem.status === 409) {
        this.error.set(MESSAGES['overview.reassign.stale']);
        this.stale.emit();
        return;
      }
      // Each field's refusal under its field, in the server's words; anything else above the form.
      let marked = false;
      const other: BilingualText[] = [];
      for (const e of problem.errors ?? []) {
        const name = e.field.replace(/^payload\./, '');
        if (name === 'toAgencyId' || name === 'reason') {
          this.form.controls[name].setErrors({ [SERVER]: e.message });
          marked = true;
        } else other.push(e.message);
      }
      if (!marked || other.length) this.error.set(problem.message);
      if (marked) this.a11y().focusFirstInvalidAfterRender();
    } finally {
      this.busy.set(false);
    }
  }
}
