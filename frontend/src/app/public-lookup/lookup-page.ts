import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { BilingualText, PublicLookupResponse } from '@tiep-dan/contracts';
import { lastValueFrom } from 'rxjs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { problemOf } from '../core/api/cases.api';
import { LookupApi } from '../core/api/lookup.api';
import { AccessibleForm } from '../core/forms/accessible-form';
import { markFieldProblems } from '../core/forms/field-problems';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { LOOKUP_MESSAGES } from './lookup.messages';
import { RatingForm } from './rating-form';

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The form's controls by the API field they fill, with the label the citizen sees. */
const FIELDS: Record<string, { control: string; label: BilingualText }> = {
  code: { control: 'code', label: LOOKUP_MESSAGES['lookup.code'] },
  phoneLast4: { control: 'phone', label: LOOKUP_MESSAGES['lookup.phone'] },
};

/** The citizen's lookup (no sign-in): status, next due date and outcome for a code and the phone's last 4 digits. */
@Component({
  selector: 'app-lookup-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    PageHeader,
    RatingForm,
    RouterLink,
  ],
  template: `
    <app-page-header [title]="'lookup.title' | t" [subtitle]="'lookup.intro' | t">
      <a class="petition-link" routerLink="/gui-don" data-testid="lookup-petition-link">{{ 'lookup.petition' | t }}</a>
    </app-page-header>
    <mat-card appearance="outlined" class="card">
      <form appAccessibleForm (ngSubmit)="submit()" #form="ngForm" #a11y="accessibleForm">
        <mat-card-content class="fields">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'lookup.code' | t }}</mat-label>
            <input matInput name="code" data-testid="lookup-code" required autocomplete="off" [(ngModel)]="code" #codeModel="ngModel" />
            <mat-error>{{ errorOf(codeModel.errors, 'lookup.code.required') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'lookup.phone' | t }}</mat-label>
            <input
              matInput
              name="phone"
              data-testid="lookup-phone"
              required
              inputmode="numeric"
              maxlength="4"
              pattern="[0-9]{4}"
              [(ngModel)]="phone"
              #phoneModel="ngModel"
            />
            <mat-error>{{ errorOf(phoneModel.errors, 'lookup.phone.required') }}</mat-error>
          </mat-form-field>
        </mat-card-content>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'lookup.searching' | t" />
        }
        <mat-card-actions>
          <button mat-flat-button type="submit" data-testid="lookup-submit" [disabled]="busy()">
            {{ 'lookup.submit' | t }}
          </button>
        </mat-card-actions>
      </form>
    </mat-card>
    @if (error()) {
      <p class="error" role="alert" data-testid="lookup-error">{{ error() }}</p>
    }
    <!-- The result appears without a navigation: a live region reads it out. -->
    <div role="status" data-testid="lookup-live">
      @if (result(); as r) {
        <mat-card appearance="outlined" class="card result" data-testid="lookup-result">
          <mat-card-header>
            <h2 class="result-title">
              {{ 'lookup.resultTitle' | t: { code: r.code } }}
            </h2>
          </mat-card-header>
          <mat-card-content>
            <dl>
              <dt>{{ 'lookup.received' | t }}</dt>
              <dd>{{ dmy(r.receivedOn) }}</dd>
              <dt>{{ 'lookup.status' | t }}</dt>
              <dd data-testid="lookup-status">
                {{ r.status | t }}
                @if (r.closed) {
                  ({{ 'lookup.closed' | t }})
                }
              </dd>
              @if (r.nextDueDate) {
                <dt>{{ 'lookup.due' | t }}</dt>
                <dd data-testid="lookup-due">{{ dmy(r.nextDueDate) }}</dd>
              }
              @if (r.outcome) {
                <dt>{{ 'lookup.outcome' | t }}</dt>
                <dd data-testid="lookup-outcome">{{ r.outcome | t }}</dd>
              }
              @if (r.decidedOn) {
                <dt>{{ 'lookup.decidedOn' | t }}</dt>
                <dd data-testid="lookup-decided-on">{{ dmy(r.decidedOn) }}</dd>
              }
              @if (r.secondComplaint; as second) {
                <dt>{{ 'lookup.secondComplaint' | t }}</dt>
                <dd data-testid="lookup-second-complaint">
                  {{
                    (second.basis === 'decision' ? 'lookup.secondComplaint.decision' : 'lookup.secondComplaint.unresolved')
                      | t: { date: dmy(second.until) }
                  }}
                </dd>
              }
            </dl>
            @if (r.rating; as rating) {
              <p class="rated" data-testid="lookup-rated">
                {{ 'lookup.rated' | t: { stars: rating.stars } }}
              </p>
            } @else if (r.answered) {
              <app-rating-form [code]="r.code" [phoneLast4]="phone.trim()" (rated)="result.set({ ...r, rating: $event })" />
            }
          </mat-card-content>
        </mat-card>
      }
    </div>
  `,
  styles: `
    .card {
      max-width: 560px;
      margin-bottom: 16px;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .result-title {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .petition-link {
      display: inline-block;
      margin-top: 8px;
    }
    .rated {
      font-weight: 500;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
  `,
})
export class LookupPage {
  private readonly api = inject(LookupApi);
  private readonly i18n = inject(I18n);
  private readonly form = viewChild.required<NgForm>('form');
  private readonly a11y = viewChild.required<AccessibleForm>('a11y');
  protected readonly dmy = dmy;
  /** A link from a notice or the petition form brings the code along (`/lookup?code=…`). */
  protected code = inject(ActivatedRoute).snapshot.queryParamMap.get('code')?.slice(0, 40) ?? '';
  protected phone = '';
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<PublicLookupResponse | null>(null);

  /** The message under a field: what is missing or wrong, or the server's word on it. */
  protected errorOf(errors: Record<string, unknown> | null, required: MessageKey): string {
    if (!errors) return '';
    const server = errors['server'] as BilingualText | undefined;
    if (server) return this.i18n.pick(server);
    if (errors['required']) return this.i18n.t(required);
    return this.i18n.t('lookup.phone.format');
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const form = this.form();
    // The server's marks go with the next attempt; the fields' own checks stay.
    for (const control of Object.values(form.controls)) control.updateValueAndValidity();
    this.error.set(null);
    if (form.invalid) return; // the form focuses the first field to fix
    this.busy.set(true);
    this.result.set(null);
    try {
      this.result.set(
        await lastValueFrom(
          this.api.lookup({
            code: this.code.trim(),
            phoneLast4: this.phone.trim(),
          }),
        ),
      );
    } catch (error) {
      this.showProblem(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** A refusal: each field error beside its field (by its label, in the citizen's language), the rest above. */
  private showProblem(error: unknown): void {
    const controls = this.form().controls;
    const { message, marked } = markFieldProblems(problemOf(error), (path) => {
      const field = FIELDS[path];
      const control = field && controls[field.control];
      return field && control ? { control, label: field.label } : null;
    });
    this.error.set(this.i18n.t('lookup.failed', { message: this.i18n.pick(message) }));
    if (marked) this.a11y().focusFirstInvalidAfterRender();
  }
}
