import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_TYPES,
  INBOX_TABS,
  type CaseCategory,
  type CaseType,
  type HandlerLoadDto,
  type InboxFilters,
  type InboxItemDto,
  type InboxSummaryDto,
  type InboxTab,
  type NeighbourhoodDto,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { CasesApi } from '../core/api/cases.api';
import { Session } from '../core/auth/session';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { DueBadge } from '../shared/ui/due-badge';
import { ScrollRegion } from '../shared/ui/scroll-region';
import { AccessibleForm } from '../core/forms/accessible-form';

const PAGE_SIZE = 50;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * The agency inbox: the agency's cases in tabs (new, in progress, due soon, overdue, awaiting the head, closed) with
 * counts, the most urgent first, filters and search kept in the address so a view can be shared or reloaded.
 */
@Component({
  selector: 'app-inbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTabsModule,
    RouterLink,
    TranslatePipe,
    DueBadge,
    ScrollRegion,
  ],
  templateUrl: './inbox-page.html',
  styleUrl: './inbox-page.scss',
})
export class InboxPage {
  private readonly api = inject(CasesApi);
  private readonly admin = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);

  // Query parameters (`withComponentInputBinding`): the view is the address.
  readonly tab = input<string>();
  readonly type = input<string>();
  readonly category = input<string>();
  readonly neighbourhoodId = input<string>();
  readonly q = input<string>();
  readonly mine = input<string>();

  protected readonly tabs = INBOX_TABS;
  protected readonly types = CASE_TYPES;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly categoryLabels = CASE_CATEGORY_LABELS;

  protected readonly activeTab = computed<InboxTab>(() => oneOf(INBOX_TABS, this.tab()) ?? 'new');
  protected readonly filters = computed<InboxFilters>(() => {
    const type = oneOf<CaseType>(CASE_TYPES, this.type());
    const category = oneOf<CaseCategory>(CASE_CATEGORIES, this.category());
    const q = this.q()?.trim();
    return {
      ...(type ? { type } : {}),
      ...(category ? { category } : {}),
      ...(this.neighbourhoodId() ? { neighbourhoodId: this.neighbourhoodId() } : {}),
      ...(q ? { q } : {}),
      ...(this.mine() === 'true' ? { mine: true } : {}),
    };
  });

  protected readonly counts = signal<InboxSummaryDto['counts'] | null>(null);
  protected readonly items = signal<InboxItemDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly neighbourhoods = signal<NeighbourhoodDto[]>([]);
  protected readonly loads = signal<HandlerLoadDto[]>([]);
  protected readonly isHead = computed(() => this.session.user()?.role === 'agency_head');
  protected search = '';
  private generation = 0;

  constructor() {
    effect(() => {
      const tab = this.activeTab();
      const filters = this.filters();
      untracked(() => {
        this.search = filters.q ?? '';
        void this.reload(tab, filters);
      });
    });
    const communeId = this.session.user()?.communeId;
    if (communeId)
      firstValueFrom(this.admin.neighbourhoods(communeId))
        .then((list) => this.neighbourhoods.set(list.filter((n) => n.active)))
        .catch(() => this.neighbourhoods.set([]));
    if (this.isHead())
      firstValueFrom(this.api.handlerLoads())
        .then((loads) => this.loads.set(loads))
        .catch(() => this.loads.set([]));
  }

  protected typeKey(type: CaseType) {
    return `case.type.${type}` as const;
  }

  protected tabKey(tab: InboxTab) {
    return `inbox.tab.${tab}` as const;
  }

  /** Changes the address; the effect above reloads from it. */
  protected setParams(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      queryParams: params,
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected clearFilters(): void {
    this.setParams({
      type: null,
      category: null,
      neighbourhoodId: null,
      q: null,
      mine: null,
    });
  }

  protected async more(): Promise<void> {
    const cursor = this.nextCursor();
    if (!cursor) return;
    this.loading.set(true);
    try {
      const page = await firstValueFrom(
        this.api.inbox({
          ...this.filters(),
          tab: this.activeTab(),
          cursor,
          limit: PAGE_SIZE,
        }),
      );
      this.items.update((items) => [...items, ...page.items]);
      this.nextCursor.set(page.nextCursor);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  private async reload(tab: InboxTab, filters: InboxFilters): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const [page, summary] = await Promise.all([
        firstValueFrom(this.api.inbox({ ...filters, tab, limit: PAGE_SIZE })),
        firstValueFrom(this.api.inboxSummary(filters)),
      ]);
      if (generation !== this.generation) return;
      this.items.set(page.items);
      this.nextCursor.set(page.nextCursor);
      this.counts.set(summary.counts);
    } catch {
      if (generation === this.generation) this.failed.set(true);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }
}
