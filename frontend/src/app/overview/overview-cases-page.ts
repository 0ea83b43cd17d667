import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type {
  BilingualText,
  CaseListQuery,
  CasePage,
  CaseReminderDto,
  CaseSummaryDto,
} from '@tiep-dan/contracts';
import { formatVnDate, vnDayOf, vnTimeOf } from '@tiep-dan/workflows/vn-date';
import { firstValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PENDING_PARTY_LABEL } from '../shared/pending-party';
import { PageHeader } from '../shared/ui/page-header';
import { ScrollRegion } from '../shared/ui/scroll-region';
import { ReminderForm } from './reminder-form';
import { casesCsv } from './cases-csv';
import {
  CATEGORY_LABEL,
  listQueryOf,
  STATUS_LABEL,
  TYPE_LABEL,
} from './overview-labels';

interface Chip {
  key: MessageKey;
  params?: Record<string, string>;
  text?: string;
  /** A value that is itself a message (shown after the key, like `text`). */
  value?: MessageKey;
}

/** The cases behind a number of the overview: the same filters, straight from `GET /api/cases`. */
@Component({
  selector: 'app-overview-cases-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButtonModule,
    MatChipsModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    PageHeader,
    ReminderForm,
    ScrollRegion,
  ],
  templateUrl: './overview-cases-page.html',
  styleUrl: './overview-page.scss',
  styles: `
    .status,
    .sent {
      display: block;
      font: var(--mat-sys-body-small);
    }
    .toolbar {
      margin-bottom: 8px;
    }
    .actions {
      min-width: 180px;
    }
    .notice:empty {
      display: none;
    }
    /* A long filter (an agency's full name) wraps inside its chip on a phone instead of running off the screen. */
    :host ::ng-deep .mat-mdc-chip {
      height: auto;
      max-width: 100%;
    }
    :host ::ng-deep .mat-mdc-chip .mdc-evolution-chip__text-label {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    mat-chip-set {
      display: block;
      margin-bottom: 8px;
    }
  `,
})
export class OverviewCasesPage {
  private readonly api = inject(CasesApi);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  private readonly params = toSignal(inject(ActivatedRoute).queryParams, {
    initialValue: {},
  });

  protected readonly typeLabel = TYPE_LABEL;
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly query = computed<CaseListQuery>(() =>
    listQueryOf(this.params()),
  );
  protected readonly items = signal<CaseSummaryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<BilingualText | null>(null);
  /** Leaders urge the agency from here (đôn đốc); the case page is where a case is given to someone else. */
  protected readonly isLeader = computed(() =>
    this.session.hasRole(['leader']),
  );
  protected readonly reminding = signal<string | null>(null);
  protected readonly sent = signal<Record<string, CaseReminderDto>>({});
  /** The case whose reminder form is open (above the table, so a phone shows it whole). */
  protected readonly remindingCase = computed(() =>
    this.items().find((c) => c.id === this.reminding() && c.leadAgencyName),
  );
  protected readonly exporting = signal(false);
  /** The last confirmation, read out by the status line (one pattern for the screen's confirmations). */
  protected readonly notice = signal<{
    key: MessageKey;
    params: Record<string, string>;
  } | null>(null);

  protected readonly chips = computed<Chip[]>(() => {
    const q = this.query();
    const chips: Chip[] = [];
    const day = (iso: string) => formatVnDate(vnDayOf(new Date(iso)));
    if (q.overdue) chips.push({ key: 'overview.filter.overdue' });
    if (q.dueSoon) chips.push({ key: 'overview.filter.dueSoon' });
    if (q.open === true && !q.overdue && !q.dueSoon)
      chips.push({ key: 'overview.filter.open' });
    if (q.pendingParty)
      chips.push({
        key: 'case.header.pending',
        value: PENDING_PARTY_LABEL[q.pendingParty],
      });
    if (q.noLeadAgency) chips.push({ key: 'overview.noAgency' });
    if (q.noNeighbourhood) chips.push({ key: 'overview.noNeighbourhood' });
    if (q.type) chips.push({ key: TYPE_LABEL[q.type] });
    if (q.category) chips.push({ key: CATEGORY_LABEL[q.category] });
    if (q.receivedFrom && q.receivedTo)
      chips.push({
        key: 'overview.filter.received',
        params: { from: day(q.receivedFrom), to: day(q.receivedTo) },
      });
    if (q.closedFrom && q.closedTo)
      chips.push({
        key: 'overview.filter.resolved',
        params: { from: day(q.closedFrom), to: day(q.closedTo) },
      });
    const agency = this.items()[0]?.leadAgencyName;
    if (q.leadAgencyId && agency)
      chips.push({ key: 'overview.agency', text: agency });
    return chips;
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => void this.fetch(query, null));
    });
  }

  protected onSent(reminder: CaseReminderDto): void {
    this.sent.update((all) => ({ ...all, [reminder.caseId]: reminder }));
    this.reminding.set(null);
    const time = vnTimeOf(new Date(reminder.sentAt));
    this.notice.set({
      key: 'overview.remind.sent',
      params: { agency: reminder.agencyName, code: reminder.code, time },
    });
  }

  /** Every case of the list (all pages, not only those loaded) as CSV for Excel, with a BOM for the Vietnamese letters. */
  protected async export(): Promise<void> {
    this.exporting.set(true);
    this.error.set(null);
    try {
      const all: CaseSummaryDto[] = [];
      let cursor: string | null = null;
      do {
        const page: CasePage = await firstValueFrom(
          this.api.list({
            ...this.query(),
            ...(cursor ? { cursor } : {}),
            limit: 200,
          }),
        );
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const t = (key: MessageKey) => this.i18n.t(key);
      const csv = casesCsv(all, {
        header: [
          t('overview.code'),
          t('overview.cases.type'),
          t('overview.summary'),
          t('overview.agency'),
          t('overview.cases.state'),
          t('overview.cases.receivedAt'),
          t('overview.dueAt'),
          t('overview.cases.deadline'),
        ],
        type: (c) => t(TYPE_LABEL[c.type]),
        state: (label) => this.i18n.pick(label),
        status: (c) => t(STATUS_LABEL[c.deadlineStatus]),
        noAgency: t('overview.noAgency'),
      });
      const url = URL.createObjectURL(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `ho-so-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.notice.set({
        key: 'overview.cases.exported',
        params: { n: String(all.length) },
      });
    } catch (error) {
      this.error.set(problemOf(error).message);
    } finally {
      this.exporting.set(false);
    }
  }

  protected more(): void {
    void this.fetch(this.query(), this.nextCursor());
  }

  private async fetch(
    query: CaseListQuery,
    cursor: string | null,
  ): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(
        this.api.list({ ...query, ...(cursor ? { cursor } : {}), limit: 50 }),
      );
      this.items.update((items) =>
        cursor ? [...items, ...page.items] : page.items,
      );
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      this.error.set(problemOf(error).message);
    } finally {
      this.loading.set(false);
    }
  }
}
