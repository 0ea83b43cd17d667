import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { CaseRatingDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../core/api/cases.api';
import { LookupApi } from '../core/api/lookup.api';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** The citizen rates the answer to their case, once: 1–5 stars and a comment. */
@Component({
  selector: 'app-rating-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <form (ngSubmit)="send()" data-testid="rating-form">
      <fieldset class="stars">
        <legend>{{ 'lookup.rate.title' | t }}</legend>
        @for (n of scale; track n) {
          <label [class.on]="n <= stars()">
            <input
              type="radio"
              name="stars"
              [value]="n"
              [checked]="n === stars()"
              (change)="stars.set(n)"
              [attr.data-testid]="'rating-star-' + n"
              [attr.aria-label]="'lookup.rate.stars' | t: { n }"
            />
            <span aria-hidden="true">★</span>
          </label>
        }
      </fieldset>
      <mat-form-field appearance="outline" class="comment">
        <mat-label>{{ 'lookup.rate.comment' | t }}</mat-label>
        <textarea matInput rows="3" name="comment" maxlength="2000" data-testid="rating-comment" [(ngModel)]="comment"></textarea>
      </mat-form-field>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <button mat-flat-button type="submit" data-testid="rating-submit" [disabled]="!stars() || busy()">
        {{ 'lookup.rate.submit' | t }}
      </button>
    </form>
  `,
  styles: `
    .stars {
      display: flex;
      gap: 4px;
      margin: 0 0 8px;
      padding: 0;
      border: 0;
    }
    legend {
      margin-bottom: 4px;
      font-weight: 500;
    }
    label {
      position: relative;
      font-size: 32px;
      line-height: 1;
      color: var(--mat-sys-outline-variant);
      cursor: pointer;
    }
    label.on {
      color: #e6a100;
    }
    input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
      cursor: pointer;
    }
    label:focus-within {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .comment {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class RatingForm {
  private readonly api = inject(LookupApi);
  private readonly i18n = inject(I18n);
  readonly code = input.required<string>();
  readonly phoneLast4 = input.required<string>();
  readonly rated = output<CaseRatingDto>();
  protected readonly scale = [1, 2, 3, 4, 5];
  protected readonly stars = signal(0);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected comment = '';

  protected async send(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      this.rated.emit(
        await firstValueFrom(
          this.api.rate({
            code: this.code(),
            phoneLast4: this.phoneLast4(),
            stars: this.stars(),
            ...(this.comment.trim() ? { comment: this.comment.trim() } : {}),
          }),
        ),
      );
    } catch (error) {
      this.error.set(this.i18n.pick(problemOf(error).message));
    } finally {
      this.busy.set(false);
    }
  }
}
