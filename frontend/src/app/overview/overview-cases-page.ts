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
  CaseSummaryDto,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { CasesApi, problemOf } from '../core/api/cases.api';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PENDING_PARTY_LABEL } from '../shared/pending-party';
import { PageHeader } from '../shared/ui/page-header';
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
  ],
  template: `
    <app-page-header [title]="'overview.cases.title' | t">
      <a mat-button routerLink="/overview"
        ><span aria-hidden="true">←</span> {{ 'overview.cases.back' | t }}</a
      >
    </app-page-header>
    <mat-chip-set
      [attr.aria-label]="'overview.cases.title' | t"
      data-testid="drill-filters"
    >
      @for (chip of chips(); track $index) {
        <mat-chip
          >{{ chip.key | t: chip.params }}{{ chip.text ? ': ' + chip.text : ''
          }}{{ chip.value ? ': ' + (chip.value | t) : '' }}</mat-chip
        >
      }
    </mat-chip-set>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (error(); as e) {
      <p class="error" role="alert">{{ e | t }}</p>
    }
    <p class="muted" role="status" data-testid="drill-count">
      {{ 'overview.cases.count' | t: { n: items().length } }}
    </p>
    <table class="numbers" data-testid="drill-cases">
      <thead>
        <tr>
          <th scope="col">{{ 'overview.code' | t }}</th>
          <th scope="col">{{ 'overview.summary' | t }}</th>
          <th scope="col">{{ 'overview.agency' | t }}</th>
          <th scope="col">{{ 'overview.cases.state' | t }}</th>
          <th scope="col">{{ 'overview.cases.receivedAt' | t }}</th>
          <th scope="col">{{ 'overview.dueAt' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (c of items(); track c.id) {
          <tr data-testid="drill-row">
            <td class="code">
              <a [routerLink]="['/cases', c.id]">{{ c.code }}</a>
            </td>
            <td>{{ typeLabel[c.type] | t }} · {{ c.summary }}</td>
            <td>{{ c.leadAgencyName ?? ('overview.noAgency' | t) }}</td>
            <td>{{ c.stateLabel | t }}</td>
            <td>{{ c.receivedAt | date: 'dd/MM/yyyy' : '+0700' }}</td>
            <td [class.overdue-text]="c.deadlineStatus === 'overdue'">
              {{ c.dueAt ? (c.dueAt | date: 'dd/MM/yyyy' : '+0700') : '' }}
              <span class="status">{{
                statusLabel[c.deadlineStatus] | t
              }}</span>
            </td>
          </tr>
        } @empty {
          @if (!loading()) {
            <tr>
              <td colspan="6">{{ 'overview.empty' | t }}</td>
            </tr>
          }
        }
      </tbody>
    </table>
    @if (nextCursor()) {
      <button
        mat-stroked-button
        type="button"
        (click)="more()"
        [disabled]="loading()"
      >
        {{ 'overview.cases.more' | t }}
      </button>
    }
  `,
  styleUrl: './overview-page.scss',
  styles: `
    .status {
      display: block;
      font: var(--mat-sys-body-small);
    }
    mat-chip-set {
      display: block;
      margin-bottom: 8px;
    }
  `,
})
export class OverviewCasesPage {
  private readonly api = inject(CasesApi);
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

  protected readonly chips = computed<Chip[]>(() => {
    const q = this.query();
    const chips: Chip[] = [];
    const day = (iso: string) =>
      new Date(Date.parse(iso) + 7 * 3_600_000)
        .toISOString()
        .slice(0, 10)
        .split('-')
        .reverse()
        .join('/');
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
