import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  RECEPTION_CONTENT_TYPE_LABELS,
  type VisitCaseDto,
} from '@tiep-dan/contracts';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { DueBadge } from '../shared/ui/due-badge';
import { dmy } from './dates';

/** One case of a visit: code (link to the case page), type, summary, state, deadline, direction and receipt button. */
@Component({
  selector: 'app-case-line',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, DueBadge],
  template: `
    <span class="line">
      <a
        [routerLink]="['/cases', item().id]"
        class="code"
        data-testid="case-link"
        >{{ item().code }}</a
      >
      <span class="chip">{{ typeLabel() | t }}</span>
      <span class="summary">{{ item().summary }}</span>
      <span class="state" data-testid="case-state">{{
        item().stateLabel | t
      }}</span>
      @if (item().dueAt && item().deadlineStatus !== 'none') {
        <app-due-badge
          [status]="item().deadlineStatus"
          [dueAt]="item().dueAt"
        />
      }
      @if (direction()) {
        <span class="direction" data-testid="case-direction">{{
          direction()
        }}</span>
      }
      <button
        mat-button
        type="button"
        data-testid="receipt"
        (click)="receipt.emit(item())"
      >
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
    .state {
      font: var(--mat-sys-label-large);
    }
    .direction {
      width: 100%;
      font-style: italic;
    }
  `,
})
export class CaseLine {
  readonly item = input.required<VisitCaseDto>();
  readonly receipt = output<VisitCaseDto>();
  private readonly i18n = inject(I18n);

  protected readonly typeLabel = computed(
    () => RECEPTION_CONTENT_TYPE_LABELS[this.item().contentType],
  );
  protected readonly direction = computed(() => {
    const d = this.item().direction;
    if (!d) return '';
    if (d.kind === 'assign') {
      const until = d.dueDate
        ? this.i18n.t('reception.direction.until', { date: dmy(d.dueDate) })
        : '';
      return `${this.i18n.t('reception.direction.assigned', { agency: d.agencyName ?? '' })}${until}${d.text ? ` — ${d.text}` : ''}`;
    }
    return `${this.i18n.t(`reception.direction.${d.kind}`)}: ${d.text}`;
  });
}
