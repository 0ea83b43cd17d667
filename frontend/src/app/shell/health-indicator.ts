import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { HealthMonitor } from '../core/health/health.service';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';

/** A dot and a sentence in the toolbar: is the server up and does its database answer. */
@Component({
  selector: 'app-health-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="health" [class]="'health ' + state().status" data-testid="health-status" role="status" [attr.title]="detail()">
      <span class="dot" aria-hidden="true"></span>
      <span class="text">{{ text() }}</span>
    </span>
  `,
  styles: `
    .health {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font: var(--mat-sys-label-medium);
    }
    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: #9e9e9e;
    }
    .up .dot {
      background: #2e7d32;
    }
    .down .dot,
    .unreachable .dot {
      background: #c62828;
    }
    @media (max-width: 720px) {
      .text {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
    }
  `,
})
export class HealthIndicator {
  private readonly i18n = inject(I18n);
  protected readonly state = inject(HealthMonitor).state;

  protected readonly text = computed(() => {
    const keys: Record<string, MessageKey> = {
      checking: 'health.checking',
      up: 'health.up',
      down: 'health.down',
      unreachable: 'health.unreachable',
    };
    return this.i18n.t(keys[this.state().status] ?? 'health.checking');
  });

  protected readonly detail = computed(() => {
    const state = this.state();
    return state.status === 'up' ? this.i18n.t(state.mode === 'embedded' ? 'health.embedded' : 'health.external') : '';
  });
}
