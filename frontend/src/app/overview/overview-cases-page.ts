import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
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
  AgencyDto,
  BilingualText,
  CaseEventAnswerDto,
  CaseListQuery,
  CasePage,
  CaseReminderDto,
  CaseSummaryDto,
} from '@tiep-dan/contracts';
import { vnTimeOf } from '@tiep-dan/workflows/vn-date';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { CasesApi, problemOf } from '../core/api/cases.api';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { ScrollRegion } from '../shared/ui/scroll-region';
import { ReassignForm } from './reassign-form';
import { asReassigned } from './reassigned-row';
import { ReminderForm } from './reminder-form';
import { casesCsv } from './cases-csv';
import { filterChips } from './filter-chips';
import { listQueryOf, STATUS_LABEL, TYPE_LABEL } from './overview-labels';

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
    ReassignForm,
    ReminderForm,
    ScrollRegion,
  ],
  templateUrl: './overview-cases-page.html',
  styleUrls: ['./overview-page.scss', './overview-cases-page.scss'],
})
export class OverviewCasesPage {
  private readonly api = inject(CasesApi);
  private readonly admin = inject(AdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly session = inject(Session);
  private readonly params = toSignal(inject(ActivatedRoute).queryParams, {
    initialValue: {},
  });

  protected readonly typeLabel = TYPE_LABEL;
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly query = computed<CaseListQuery>(() => listQueryOf(this.params()));
  protected readonly items = signal<CaseSummaryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<BilingualText | null>(null);
  /** Leaders urge the agency from here (đôn đốc), or give the case to another lead agency (giao lại). */
  protected readonly isLeader = computed(() => this.session.hasRole(['leader']));
  protected readonly reminding = signal<string | null>(null);
  protected readonly sent = signal<Record<string, CaseReminderDto>>({});
  /** The case whose reminder form is open (above the table, so a phone shows it whole). */
  protected readonly remindingCase = computed(() => this.items().find((c) => c.id === this.reminding() && c.leadAgencyName));
  /** The case whose reassignment form is open (one form at a time, above the table). */
  protected readonly reassigning = signal<string | null>(null);
  protected readonly reassigningCase = computed(() => this.items().find((c) => c.id === this.reassigning() && c.reassignable));
  /** Where each case of this visit was reassigned to (the row says so). */
  protected readonly reassigned = signal<Record<string, string>>({});
  /** The name of the agency the list is filtered by (`leadAgencyId`), read with the list. */
  private readonly filterAgency = signal<{ id: string; name: string } | null>(null);
  /** The agencies a case can be given to, loaded when the first reassignment form opens. */
  protected readonly agencies = signal<AgencyDto[]>([]);
  protected readonly exporting = signal(false);
  /** The last confirmation, read out by the status line (one pattern for the screen's confirmations). */
  protected readonly notice = signal<{
    key: MessageKey;
    params: Record<string, string>;
  } | null>(null);

  protected readonly chips = computed(() => filterChips(this.query(), this.filterAgency()));

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => void this.fetch(query, null));
    });
  }

  protected remind(id: string): void {
    this.reassigning.set(null);
    this.reminding.set(id);
  }

  protected reassign(id: string): void {
    this.reminding.set(null);
    this.reassigning.set(id);
    if (!this.agencies().length)
      firstValueFrom(this.admin.agencies())
        .then((agencies) => this.agencies.set(agencies))
        .catch((error: unknown) => this.error.set(problemOf(error).message));
  }

  /** The row takes the case as the server left it: its new agency, version and state. */
  protected onReassigned(updated: CaseEventAnswerDto): void {
    const agency = updated.leadAgencyName ?? '';
    this.items.update((items) => items.map((c) => (c.id === updated.id ? asReassigned(c, updated) : c)));
    this.reassigned.update((all) => ({ ...all, [updated.id]: agency }));
    this.notice.set({
      key: 'overview.reassign.done',
      params: { code: updated.code, agency },
    });
    this.closeReassign(updated.id);
  }

  /** Closes the form; the keyboard goes on from the row's button it was opened with. */
  protected closeReassign(id: string): void {
    this.reassigning.set(null);
    afterNextRender(() => this.host.querySelector<HTMLElement>(`[data-testid="reassign"][data-case="${id}"]`)?.focus(), {
      injector: this.injector,
    });
  }

  /** The case moved since the list was read: read the list again (the open form follows the row's new version). */
  protected reload(): void {
    void this.fetch(this.query(), null);
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
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
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

  private async fetch(query: CaseListQuery, cursor: string | null): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.api.list({ ...query, ...(cursor ? { cursor } : {}), limit: 50 }));
      this.items.update((items) => (cursor ? [...items, ...page.items] : page.items));
      // The filter's agency, named by a case it leads as read (a row reassigned from here later leads no more).
      const named = page.items.find((c) => c.leadAgencyId === query.leadAgencyId)?.leadAgencyName;
      if (named && query.leadAgencyId) this.filterAgency.set({ id: query.leadAgencyId, name: named });
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      this.error.set(problemOf(error).message);
    } finally {
      this.loading.set(false);
    }
  }
}
