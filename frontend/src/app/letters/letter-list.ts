import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import type { LetterDto } from '@tiep-dan/contracts';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { DueBadge } from '../shared/ui/due-badge';
import { CHANNEL_LABELS, MATTER_TYPE_LABELS } from './letter-labels';

/**
 * The letter register, newest first: channel, date, senders (never shown for a letter carrying a denunciation), the
 * summary and each matter's case with its step and deadline. "Not yet triaged" keeps the letters still awaiting an
 * outcome on some matter.
 */
@Component({
  selector: 'app-letter-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatCheckboxModule, RouterLink, TranslatePipe, DueBadge],
  template: `
    <section class="letters" aria-labelledby="letters-list-title" data-testid="letters-list">
      <div class="head">
        <h2 id="letters-list-title">{{ 'letters.list.title' | t }}</h2>
        <mat-checkbox [checked]="pending()" (change)="pending.set($event.checked)" data-testid="letters-pending">{{
          'letters.list.pending' | t
        }}</mat-checkbox>
      </div>
      @if (error(); as e) {
        <p class="muted" role="status">{{ e }}</p>
      } @else if (loading() && !letters().length) {
        <p class="muted" role="status">{{ 'letters.list.loading' | t }}</p>
      } @else if (!letters().length) {
        <p class="muted">{{ 'letters.list.empty' | t }}</p>
      }
      <ol class="list">
        @for (l of letters(); track l.id) {
          <li [attr.data-testid]="'letter-' + l.code">
            <div class="line">
              <strong class="code">{{ l.code }}</strong>
              <span class="chip">{{ channelLabels[l.channel] | t }}</span>
              <span>{{ l.receivedAt | date: 'dd/MM/yyyy' : '+0700' }}</span>
              @if (l.forwardedBy) {
                <span class="muted">{{
                  'letters.list.forwarded'
                    | t
                      : {
                          body: l.forwardedBy,
                          doc: l.documentNo ? ' (' + l.documentNo + ')' : '',
                        }
                }}</span>
              }
              <span class="triage" [class.done]="l.triaged">{{ (l.triaged ? 'letters.list.triaged' : 'letters.list.awaiting') | t }}</span>
            </div>
            <div class="line senders">
              @if (l.confidential) {
                <span class="sealed" data-testid="letter-senders-sealed">🔒 {{ 'letters.list.sealed' | t }}</span>
              } @else {
                <span data-testid="letter-senders">{{ names(l) }}</span>
              }
              @if (l.signatoryCount > 1) {
                <span class="muted">{{ 'letters.list.signatories' | t: { n: l.signatoryCount } }}</span>
              }
            </div>
            <div class="summary">{{ l.summary }}</div>
            <ul class="matters">
              @for (m of l.matters; track m.caseId) {
                <li class="line">
                  <a [routerLink]="['/cases', m.caseId]" class="code">{{ m.code }}</a>
                  <span class="chip">{{ typeLabels[m.type] | t }}</span>
                  <span class="state">{{ m.stateLabel | t }}</span>
                  @if (m.dueAt && m.deadlineStatus !== 'none') {
                    <app-due-badge [status]="m.deadlineStatus" [dueAt]="m.dueAt" />
                  }
                  <span class="muted">{{ m.summary }}</span>
                </li>
              }
            </ul>
          </li>
        }
      </ol>
    </section>
  `,
  styles: `
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      align-items: center;
      justify-content: space-between;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .list {
      margin: 8px 0 0;
      padding-left: 24px;
    }
    .list > li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      align-items: center;
    }
    .code {
      font-weight: 600;
      font-family: ui-monospace, monospace;
    }
    .chip {
      border-radius: 12px;
      padding: 0 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
    .triage {
      font: var(--mat-sys-label-medium);
      color: #6b4e00;
    }
    .triage.done {
      color: #0b5d1e;
    }
    .sealed {
      color: var(--mat-sys-tertiary);
      font-weight: 500;
    }
    .summary {
      margin: 2px 0;
    }
    .matters {
      margin: 0;
      padding-left: 20px;
    }
    .state {
      font: var(--mat-sys-label-large);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class LetterList {
  readonly letters = input<readonly LetterDto[]>([]);
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  /** "Chưa xử lý xong": only letters with a matter still awaiting its triage outcome. */
  readonly pending = model(false);

  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly typeLabels = MATTER_TYPE_LABELS;

  protected names(letter: LetterDto): string {
    return letter.senders.map((s) => s.fullName).join(', ');
  }
}
