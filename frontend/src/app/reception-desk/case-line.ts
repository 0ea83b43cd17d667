import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { RECEPTION_CONTENT_TYPE_LABELS, type VisitCaseDto } from '@tiep-dan/contracts';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { DueBadge } from '../shared/ui/due-badge';
import { vietnamDate } from '../shared/vietnam-date';
import { dmy } from './dates';

/** Which deadline a statutory case's due date is, by its rule ('complaint.accept' → "hạn thụ lý"). */
function dueKey(ruleId: string | null): MessageKey {
  const step = ruleId?.split('.')[1] ?? '';
  if (step === 'accept') return 'reception.statutory.due.accept';
  if (step === 'triage') return 'reception.statutory.due.triage';
  if (step.startsWith('resolve')) return 'reception.statutory.due.resolve';
  return 'reception.statutory.due';
}

/**
 * One case of a visit: code (link to the case page), type, summary, state, deadline, the complaint or denunciation case
 * its matter opened (which carries the statutory clock), direction and receipt button.
 */
@Component({
  selector: 'app-case-line',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, DueBadge],
  template: `
    <span class="line">
      <a [routerLink]="['/cases', item().id]" class="code" data-testid="case-link">{{ item().code }}</a>
      <span class="chip">{{ typeLabel() | t }}</span>
      @if (item().repeatOf; as r) {
        <a class="chip repeat" data-testid="repeat-marker" [routerLink]="['/cases', r.id]">{{
          'reception.case.repeat' | t: { code: r.code }
        }}</a>
      }
      <span class="summary">{{ item().summary }}</span>
      <span class="state" data-testid="case-state">{{ item().stateLabel | t }}</span>
      @if (item().dueAt && item().deadlineStatus !== 'none') {
        <app-due-badge [status]="item().deadlineStatus" [dueAt]="item().dueAt" />
      }
      @if (statutory(); as s) {
        <a class="statutory" [routerLink]="['/cases', s.id]" data-testid="statutory-case-link">{{ s.text }}</a>
      }
      @if (direction()) {
        <span class="direction" data-testid="case-direction">{{ direction() }}</span>
      }
      <button mat-button type="button" data-testid="print-receipt" (click)="print.emit(item())">
        {{ 'reception.case.print' | t }}
      </button>
      <button mat-button type="button" data-testid="receipt" (click)="receipt.emit(item())">
        {{ 'reception.case.receipt' | t }}
      </button>
    </span>
  `,
  styles: `
    .line {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
    }
    .code {
      font-weight: 600;
    }
    .chip {
      border-radius: 12px;
      padding: 0 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
    .chip.repeat {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      text-decoration: none;
    }
    .state {
      font: var(--mat-sys-label-large);
    }
    .direction,
    .statutory {
      width: 100%;
    }
    .direction {
      font-style: italic;
    }
  `,
})
export class CaseLine {
  readonly item = input.required<VisitCaseDto>();
  readonly receipt = output<VisitCaseDto>();
  readonly print = output<VisitCaseDto>();
  private readonly i18n = inject(I18n);

  protected readonly typeLabel = computed(() => RECEPTION_CONTENT_TYPE_LABELS[this.item().contentType]);
  protected readonly statutory = computed(() => {
    const s = this.item().statutoryCase;
    if (!s) return null;
    const text = this.i18n.t('reception.statutory', {
      type: this.i18n.t(`case.type.${s.type}`),
      code: s.code,
      state: this.i18n.pick(s.stateLabel),
    });
    const due = s.dueAt
      ? this.i18n.t(dueKey(s.deadlineRuleId), {
          date: dmy(vietnamDate(s.dueAt)),
        })
      : '';
    return { id: s.id, text: text + due };
  });
  protected readonly direction = computed(() => {
    const d = this.item().direction;
    if (!d) return '';
    if (d.kind === 'assign') {
      const until = d.dueDate ? this.i18n.t('reception.direction.until', { date: dmy(d.dueDate) }) : '';
      return `${this.i18n.t('reception.direction.assigned', { agency: d.agencyName ?? '' })}${until}${d.text ? ` — ${d.text}` : ''}`;
    }
    return `${this.i18n.t(`reception.direction.${d.kind}`)}: ${d.text}`;
  });
}
