import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { DeadlineExplanation } from '@tiep-dan/contracts';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** "Why this date": the rule, its legal basis and every day counted or skipped, so anyone can check a due date by hand. */
@Component({
  selector: 'app-deadline-why',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, DatePipe],
  template: `
    @let e = explanation();
    <div class="why" data-testid="why-this-date">
      <p class="summary">{{ e.summary | t }}</p>
      <dl>
        <dt>{{ 'case.why.step' | t }}</dt>
        <dd>{{ e.step | t }}</dd>
        <dt>{{ 'case.why.basis' | t }}</dt>
        <dd data-testid="legal-basis">
          <strong>{{ e.legalBasis.document }}</strong> —
          {{ e.legalBasis.article }}
          <span class="basis-text">{{ e.legalBasis | t }}</span>
        </dd>
        <dt>{{ 'case.why.start' | t }}</dt>
        <dd>{{ e.startDate | date: 'dd/MM/yyyy' }}</dd>
        <dt>{{ 'case.why.length' | t }}</dt>
        <dd>{{ unitKey() | t: { n: e.countedDays } }} ({{ variantKey() | t }}{{ extra() }})</dd>
        @if (e.extensions.length) {
          <dt>{{ 'case.why.extensions' | t }}</dt>
          <dd>
            <ul data-testid="why-extensions">
              @for (x of e.extensions; track $index) {
                <li>+{{ unitKey() | t: { n: x.days } }} · {{ x.at | date: 'dd/MM/yyyy' }} · {{ x.reason }}</li>
              }
            </ul>
          </dd>
        }
        @if (e.suspensions.length) {
          <dt>{{ 'case.why.suspensions' | t }}</dt>
          <dd>
            <ul>
              @for (s of e.suspensions; track $index) {
                <li>
                  {{ s.from | date: 'dd/MM/yyyy' }} –
                  @if (s.to) {
                    {{ s.to | date: 'dd/MM/yyyy' }} ({{ unitKey() | t: { n: s.days } }})
                  } @else {
                    {{ 'case.why.open' | t }}
                  }
                </li>
              }
            </ul>
          </dd>
        }
        @if (e.rolledForwardFrom) {
          <dt></dt>
          <dd>
            {{ 'case.why.rolled' | t: { date: (e.rolledForwardFrom | date: 'dd/MM/yyyy') ?? '' } }}
          </dd>
        }
        <dt>{{ 'case.why.dueDate' | t }}</dt>
        <dd class="due" data-testid="why-due-date">
          @if (e.dueDate) {
            {{ e.dueDate | date: 'dd/MM/yyyy' }}
          } @else {
            {{ 'case.why.open' | t }}
          }
        </dd>
      </dl>
      @if (e.skippedDays.length) {
        <details>
          <summary>{{ 'case.why.skipped' | t }} ({{ e.skippedDays.length }})</summary>
          <ul class="skipped">
            @for (d of e.skippedDays; track d.date) {
              <li>{{ d.date | date: 'dd/MM/yyyy' }} · {{ d.reason | t }}</li>
            }
          </ul>
        </details>
      }
    </div>
  `,
  styles: `
    .summary {
      margin: 0 0 12px;
      font: var(--mat-sys-body-large);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .basis-text {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
    .due {
      font-weight: 600;
    }
    ul {
      margin: 0;
      padding-left: 18px;
    }
    details {
      margin-top: 12px;
    }
    .skipped {
      columns: 2;
    }
  `,
})
export class DeadlineWhy {
  readonly explanation = input.required<DeadlineExplanation>();

  protected unitKey() {
    return this.explanation().unit === 'working' ? ('case.why.unit.working' as const) : ('case.why.unit.calendar' as const);
  }

  /** The days extensions added, after the variant ("vụ việc phức tạp, +30"). */
  protected extra(): string {
    const e = this.explanation();
    return e.extensions.length ? `, +${e.countedDays - e.length}` : '';
  }

  protected variantKey() {
    return `case.why.variant.${this.explanation().variant}` as const;
  }
}
