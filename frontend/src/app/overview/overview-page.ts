import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { BilingualText, OverviewDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocWatch } from '../bloc/bloc-watch';
import { problemOf } from '../core/api/cases.api';
import { DashboardApi } from '../core/api/dashboard.api';
import { Session } from '../core/auth/session';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { ByAgencyCard } from './by-agency-card';
import { ByAreaCard } from './by-area-card';
import { ByCategoryCard } from './by-category-card';
import { ByTypeCard } from './by-type-card';
import { HotSpotsCard } from './hot-spots-card';
import { drillIn } from './overview-drill';
import type { Drill } from './overview-labels';
import { RatingsCard } from './ratings-card';
import { ReportsPanel } from './reports-panel';
import { TrendCard } from './trend-card';
import { WorstOverdueCard } from './worst-overdue-card';

/** The overview reloads itself this often while it is on screen (and whenever the window gets the focus back). */
export const OVERVIEW_REFRESH_MS = 30_000;

/**
 * The leader overview: open, due-soon and overdue cases of the leader's commune or province, where and with whom,
 * the 12-week trend, hot spots and the periodic reports (reports-panel.ts). Every number opens the list behind it;
 * each card is its own component (`*-card.ts`), fed from the one overview this page loads and refreshes.
 */
@Component({
  selector: 'app-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    BlocWatch,
    ByAgencyCard,
    ByAreaCard,
    ByCategoryCard,
    ByTypeCard,
    DatePipe,
    FormsModule,
    HotSpotsCard,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeader,
    RatingsCard,
    ReportsPanel,
    RouterLink,
    TranslatePipe,
    TrendCard,
    WorstOverdueCard,
  ],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
})
export class OverviewPage {
  private readonly api = inject(DashboardApi);
  private readonly session = inject(Session);

  protected readonly data = signal<OverviewDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<BilingualText | null>(null);
  /** Province users may narrow to one commune; '' is the whole province (kept when coming back from a list). */
  protected readonly communeId = signal(inject(ActivatedRoute).snapshot.queryParamMap.get('communeId') ?? '');
  protected readonly communes = signal<{ id: string; name: string }[]>([]);
  protected readonly isProvinceUser = computed(() => !this.session.user()?.communeId);

  constructor() {
    void this.load();
    // A hot spot raised at the desk reaches the leader without a click: a quiet reload every 30 s while the page is
    // visible, and at once when the leader comes back to the window.
    const refresh = () => {
      if (document.visibilityState === 'visible' && !this.loading()) void this.load(true);
    };
    const timer = setInterval(refresh, OVERVIEW_REFRESH_MS);
    window.addEventListener('focus', refresh);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
    });
  }

  /** Loads the figures; `quiet` (the automatic refresh) shows no progress bar and keeps the figures on a failure. */
  protected async load(quiet = false): Promise<void> {
    if (!quiet) {
      this.loading.set(true);
      this.loadError.set(null);
    }
    try {
      const communeId = this.communeId();
      const data = await firstValueFrom(this.api.overview(communeId ? { communeId } : {}));
      this.data.set(data);
      if (data.area.kind === 'province')
        this.communes.set(
          [...data.byCommune].map((c) => ({ id: c.communeId, name: c.communeName })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
        );
    } catch (error) {
      if (!quiet) this.loadError.set(problemOf(error).message);
    } finally {
      if (!quiet) this.loading.set(false);
    }
  }

  protected selectCommune(id: string): void {
    this.communeId.set(id);
    void this.load();
  }

  /** Query parameters of a drill-down from the totals, narrowed to the commune on screen. */
  protected drill(filters: Drill): Drill {
    return drillIn(this.communeId(), filters);
  }
}
