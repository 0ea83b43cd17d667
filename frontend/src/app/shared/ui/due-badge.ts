import { ChangeDetectionStrategy, Component, InjectionToken, computed, inject, input } from '@angular/core';
import type { DeadlineStatus } from '@tiep-dan/contracts';
import { vnDayOf } from '@tiep-dan/workflows/vn-date';
import { ServerClock } from '../../core/health/server-clock';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/**
 * The current instant for "days left": the server's time (ServerClock), so a PC with a wrong clock still counts right;
 * a token so tests can pin it.
 */
export const NOW = new InjectionToken<() => Date>('NOW', {
  providedIn: 'root',
  factory: () => {
    const clock = inject(ServerClock);
    return () => clock.now();
  },
});

/** Whole days from today to the due day in Vietnam: positive ahead, 0 on the day, negative once past. */
export function daysUntilDue(dueAt: string, now: Date): number {
  return vnDayOf(new Date(dueAt)) - vnDayOf(now);
}

/** On time, due soon or overdue, with the days left or overdue said plainly ("còn 3 ngày", "quá hạn 2 ngày"). */
@Component({
  selector: 'app-due-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <span class="badge" [class]="'badge ' + status()" data-testid="due-badge" [attr.data-status]="status()">
      {{ statusKey() | t }}
      @if (days(); as d) {
        · {{ d.key | t: { n: d.n } }}
      }
    </span>
  `,
  styles: `
    .badge {
      display: inline-flex;
      align-items: center;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .on_time {
      background: #dff3e4;
      color: #0b5d1e;
    }
    .due_soon {
      background: #fff1c2;
      color: #6b4e00;
    }
    .overdue {
      background: #fde0dc;
      color: #8c1d18;
      font-weight: 600;
    }
    .suspended {
      background: #e6e6f0;
      color: #3b3b58;
    }
  `,
})
export class DueBadge {
  private readonly now = inject(NOW);
  readonly status = input.required<DeadlineStatus>();
  readonly dueAt = input<string | null>(null);

  protected readonly statusKey = computed(
    () =>
      `case.due.${this.status()}` as 'case.due.on_time' | 'case.due.due_soon' | 'case.due.overdue' | 'case.due.suspended' | 'case.due.none',
  );

  protected readonly days = computed(() => {
    const dueAt = this.dueAt();
    const status = this.status();
    if (!dueAt || status === 'none' || status === 'suspended') return null;
    const n = daysUntilDue(dueAt, this.now());
    if (status === 'overdue' || n < 0) return { key: 'case.due.daysOverdue' as const, n: Math.max(1, -n) };
    if (n === 0) return { key: 'case.due.today' as const, n };
    return { key: 'case.due.daysLeft' as const, n };
  });
}
