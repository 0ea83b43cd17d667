import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CITIZEN_NOTICE_LABELS, type CitizenNoticeDto, type NoticeChannel, type NoticeDeliveryStatus } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { CitizensApi } from '../core/api/citizens.api';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';

const CHANNEL: Record<NoticeChannel, MessageKey> = {
  email: 'case.citizenNotices.email',
  sms: 'case.citizenNotices.sms',
  zalo: 'case.citizenNotices.zalo',
};
const STATUS: Record<NoticeDeliveryStatus, MessageKey> = {
  pending: 'case.citizenNotices.pending',
  sending: 'case.citizenNotices.sending',
  sent: 'case.citizenNotices.sent',
  failed: 'case.citizenNotices.failed',
  dead: 'case.citizenNotices.dead',
};

/**
 * The notices the citizen was sent outside the app (acceptance, forwarding, extension, answer…) and how each was
 * delivered: sent, retrying, or given up. Shown for cases that came in online; a denouncer's address is never shown.
 */
@Component({
  selector: 'app-citizen-notices-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, TranslatePipe],
  template: `
    @if (notices().length) {
      <section class="card" aria-labelledby="citizen-notices-title" data-testid="citizen-notices">
        <h2 id="citizen-notices-title">
          {{ 'case.citizenNotices.title' | t }}
        </h2>
        <ul>
          @for (n of notices(); track n.id) {
            <li [attr.data-status]="n.status">
              <span class="what"
                >{{ labels[n.kind] | t }} · {{ channel[n.channel] | t }}
                @if (n.recipient) {
                  · {{ n.recipient }}
                }
              </span>
              <span class="status" [class]="'status ' + n.status">
                {{ status[n.status] | t }}
                @if (n.sentAt) {
                  {{ n.sentAt | date: 'HH:mm dd/MM/yyyy' }}
                } @else if (n.nextAttemptAt) {
                  ·
                  {{
                    'case.citizenNotices.retry'
                      | t
                        : {
                            at: (n.nextAttemptAt | date: 'HH:mm dd/MM') ?? '',
                          }
                  }}
                }
                @if (n.lastError && n.status !== 'sent') {
                  ({{ n.lastError }})
                }
              </span>
            </li>
          }
        </ul>
        <button mat-button type="button" (click)="load()">
          {{ 'case.citizenNotices.refresh' | t }}
        </button>
      </section>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .card {
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    h2 {
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-direction: column;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .status {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .status.failed,
    .status.dead {
      color: var(--mat-sys-error);
    }
  `,
})
export class CitizenNoticesPanel {
  private readonly api = inject(CitizensApi);
  readonly caseId = input.required<string>();
  /** The case's version: a new one (an event was applied) reloads the list. */
  readonly version = input<number>(0);
  protected readonly labels = CITIZEN_NOTICE_LABELS;
  protected readonly channel = CHANNEL;
  protected readonly status = STATUS;
  protected readonly notices = signal<CitizenNoticeDto[]>([]);

  constructor() {
    effect(() => {
      this.version();
      void this.load();
    });
  }

  protected async load(): Promise<void> {
    try {
      this.notices.set(await firstValueFrom(this.api.notices(this.caseId())));
    } catch {
      // The panel is secondary: the case page says if the case itself cannot be read.
      this.notices.set([]);
    }
  }
}
