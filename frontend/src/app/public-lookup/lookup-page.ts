import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { PublicLookupResponse } from '@tiep-dan/contracts';
import { lastValueFrom } from 'rxjs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { problemOf } from '../core/api/cases.api';
import { LookupApi } from '../core/api/lookup.api';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { RatingForm } from './rating-form';

const dmy = (iso: string) =>
  `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The citizen's lookup (no sign-in): status, next due date and outcome for a code and the phone's last 4 digits. */
@Component({
  selector: 'app-lookup-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
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
    <app-page-header
      [title]="'lookup.title' | t"
      [subtitle]="'lookup.intro' | t"
    >
      <a
        class="petition-link"
        routerLink="/gui-don"
        data-testid="lookup-petition-link"
        >{{ 'lookup.petition' | t }}</a
      >
    </app-page-header>
    <mat-card appearance="outlined" class="card">
      <form (ngSubmit)="submit()">
        <mat-card-content class="fields">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'lookup.code' | t }}</mat-label>
            <input
              matInput
              name="code"
              data-testid="lookup-code"
              required
              autocomplete="off"
              [(ngModel)]="code"
            />
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
            />
          </mat-form-field>
        </mat-card-content>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
        <mat-card-actions>
          <button
            mat-flat-button
            type="submit"
            data-testid="lookup-submit"
            [disabled]="busy()"
          >
            {{ 'lookup.submit' | t }}
          </button>
        </mat-card-actions>
      </form>
    </mat-card>
    @if (error()) {
      <p class="error" role="alert" data-testid="lookup-error">{{ error() }}</p>
    }
    @if (result(); as r) {
      <mat-card
        appearance="outlined"
        class="card result"
        data-testid="lookup-result"
      >
        <mat-card-header>
          <mat-card-title>{{ r.code }}</mat-card-title>
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
          </dl>
          @if (r.rating; as rating) {
            <p class="rated" data-testid="lookup-rated">
              {{ 'lookup.rated' | t: { stars: rating.stars } }}
            </p>
          } @else if (r.answered) {
            <app-rating-form
              [code]="r.code"
              [phoneLast4]="phone.trim()"
              (rated)="result.set({ ...r, rating: $event })"
            />
          }
        </mat-card-content>
      </mat-card>
    }
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
  protected readonly dmy = dmy;
  /** A link from a notice or the petition form brings the code along (`/lookup?code=…`). */
  protected code =
    inject(ActivatedRoute).snapshot.queryParamMap.get('code')?.slice(0, 40) ??
    '';
  protected phone = '';
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly result = signal<PublicLookupResponse | null>(null);

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
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
      this.error.set(
        this.i18n.t('lookup.failed', {
          message: this.i18n.pick(problemOf(error).message),
        }),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
