import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { BilingualText, LetterDto } from '@tiep-dan/contracts';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { MATTER_TYPE_LABELS } from './letter-labels';
import type { ScanUpload } from './scan-uploads';

/** The cases a letter just opened (their codes go on the paper letter) and how its scans are being attached. */
@Component({
  selector: 'app-letter-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatProgressBarModule, RouterLink, TranslatePipe],
  template: `
    @let l = letter();
    <section class="result" data-testid="letter-result">
      <h2 #title tabindex="-1">
        {{ 'letters.result.title' | t: { code: l.code, n: l.matters.length } }}
      </h2>
      @if (l.confidential) {
        <p class="sealed">{{ 'letters.result.sealed' | t }}</p>
      }
      <ul class="cases" data-testid="letter-created-cases">
        @for (m of l.matters; track m.caseId) {
          <li data-testid="letter-created-case">
            <a class="code" [routerLink]="['/cases', m.caseId]" data-testid="letter-case-link">{{ m.code }}</a>
            <span class="chip">{{ typeLabels[m.type] | t }}</span>
            <span class="state" data-testid="letter-case-state">{{ m.stateLabel | t }}</span>
            @if (m.dueAt) {
              <span class="due" data-testid="letter-case-due">
                @if (ruleName(m.deadlineRuleId); as rule) {
                  {{ rule | t }}:
                }
                {{ 'letters.result.due' | t: { date: (m.dueAt | date: 'dd/MM/yyyy' : '+0700') ?? '' } }}
              </span>
            }
            <span class="summary">{{ m.summary }}</span>
          </li>
        }
      </ul>
      @if (uploads().length) {
        <h3>{{ 'letters.upload.title' | t }}</h3>
        <ul class="uploads" data-testid="letter-uploads">
          @for (u of uploads(); track $index) {
            <li [class]="u.state">
              @switch (u.state) {
                @case ('uploading') {
                  {{ 'letters.upload.progress' | t: { name: u.name, percent: u.percent } }}
                  <mat-progress-bar mode="determinate" [value]="u.percent" />
                }
                @case ('done') {
                  {{ 'letters.upload.done' | t: { name: u.name, n: u.cases } }}
                }
                @case ('failed') {
                  <span role="alert">{{
                    'letters.upload.failed'
                      | t
                        : {
                            name: u.name,
                            message: u.error ? (u.error | t) : '',
                          }
                  }}</span>
                }
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .result {
      border: 2px solid var(--mat-sys-primary);
      border-radius: 12px;
      padding: 12px 16px;
      margin-bottom: 16px;
      background: var(--mat-sys-surface);
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-primary);
      outline: none;
    }
    h3 {
      margin: 8px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .cases,
    .uploads {
      margin: 0;
      padding-left: 20px;
    }
    .cases li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      align-items: center;
      padding: 2px 0;
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
    .state {
      font: var(--mat-sys-label-large);
    }
    .summary {
      color: var(--mat-sys-on-surface-variant);
    }
    .sealed {
      margin: 0 0 8px;
      color: var(--mat-sys-tertiary);
    }
    .failed {
      color: var(--mat-sys-error);
    }
  `,
})
export class LetterResult {
  readonly letter = input.required<LetterDto>();
  /** The deadline rules' names by id ("Xử lý đơn", "Thụ lý khiếu nại"). */
  readonly ruleNames = input<Partial<Record<string, BilingualText>>>({});
  readonly uploads = input<readonly ScanUpload[]>([]);

  private readonly title = viewChild<ElementRef<HTMLElement>>('title');
  protected readonly typeLabels = MATTER_TYPE_LABELS;

  protected ruleName(id: string | null): BilingualText | null {
    return id ? (this.ruleNames()[id] ?? null) : null;
  }

  /** Brings the new codes into view and to the screen reader; Tab then goes on to the next letter. */
  focus(): void {
    this.title()?.nativeElement.focus();
  }
}
