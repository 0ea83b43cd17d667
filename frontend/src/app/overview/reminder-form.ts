import { ChangeDetectionStrategy, Component, ElementRef, afterNextRender, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { BilingualText, CaseReminderDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { AccessibleForm } from '../core/forms/accessible-form';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/**
 * A leader's reminder (đôn đốc) to the agency of one case of the overdue list: an optional note, then sent. The
 * server records it in the case's history and tells the agency; a second one the same day is refused with its time.
 */
@Component({
  selector: 'app-reminder-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AccessibleForm, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <form
      appAccessibleForm
      class="reminder"
      data-testid="reminder-form"
      (ngSubmit)="send()"
      [attr.aria-label]="'overview.remind.title' | t: { code: code() }"
    >
      <p class="what">
        {{ 'overview.remind.about' | t: { agency: agencyName(), code: code() } }}
      </p>
      @if (error(); as e) {
        <p class="error" role="alert" data-testid="reminder-error">
          {{ e | t }}
        </p>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'overview.remind.note' | t }}</mat-label>
        <textarea matInput rows="2" name="note" maxlength="1000" data-testid="reminder-note" [(ngModel)]="note"></textarea>
      </mat-form-field>
      <div class="buttons">
        <button mat-flat-button type="submit" data-testid="reminder-send" [disabled]="busy()">
          {{ 'overview.remind.send' | t }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()" [disabled]="busy()">
          {{ 'overview.remind.cancel' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .reminder {
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
})
export class ReminderForm {
  private readonly api = inject(CasesApi);
  readonly caseId = input.required<string>();
  readonly code = input.required<string>();
  readonly agencyName = input.required<string>();
  readonly sent = output<CaseReminderDto>();
  readonly cancelled = output<void>();

  protected note = '';
  protected readonly busy = signal(false);
  protected readonly error = signal<BilingualText | null>(null);

  constructor() {
    // Opened from a row's button: the note is where the leader types next.
    const host = inject(ElementRef<HTMLElement>);
    afterNextRender(() => (host.nativeElement as HTMLElement).querySelector<HTMLElement>('textarea')?.focus());
  }

  protected async send(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.sent.emit(await firstValueFrom(this.api.remind(this.caseId(), this.note.trim() || undefined)));
    } catch (error) {
      this.error.set(problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
