import { DatePipe, NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type {
  BilingualText,
  CaseCategory,
  HotSpotDto,
  HotSpotSettings,
  OverviewAgencyRow,
  OverviewDto,
  OverviewAreaRow,
  OverviewParty,
} from '@tiep-dan/contracts';
import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { firstValueFrom } from 'rxjs';
import { BlocWatch } from '../bloc/bloc-watch';
import { problemOf } from '../core/api/cases.api';
import { DashboardApi } from '../core/api/dashboard.api';
import { Session } from '../core/auth/session';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PENDING_PARTY_LABEL } from '../shared/pending-party';
import { PageHeader } from '../shared/ui/page-header';
import { ScrollRegion } from '../shared/ui/scroll-region';
import {
  addDays,
  CATEGORY_LABEL,
  TYPE_LABEL,
  vnDayStartIso,
  type Drill,
} from './overview-labels';
import { OVERVIEW_MESSAGES } from './overview.messages';
import { ReportsPanel } from './reports-panel';
import { AccessibleForm } from '../core/forms/accessible-form';
import { RatingsCard } from './ratings-card';

/** The row of a party other than an agency (an agency row shows the agency's name); desks and leaders per commune. */
const PARTY_ROW_LABEL: Record<OverviewParty, MessageKey> = {
  agency: 'overview.agency',
  desk: 'overview.party.desk',
  leader: 'overview.party.leader',
  decider: 'overview.party.decider',
};

/** The overview reloads itself this often while it is on screen (and whenever the window gets the focus back). */
export const OVERVIEW_REFRESH_MS = 30_000;

/**
 * The leader overview: open, due-soon and overdue cases of the leader's commune or province, where and with whom,
 * the 12-week trend, hot spots and the periodic reports (reports-panel.ts). Every number opens the list behind it.
 */
@Component({
  selector: 'app-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    BlocWatch,
    RatingsCard,
    DatePipe,
    NgTemplateOutlet,
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    NgxEchartsDirective,
    RouterLink,
    TranslatePipe,
    PageHeader,
    ReportsPanel,
    ScrollRegion,
  ],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
})
export class OverviewPage {
  private readonly api = inject(DashboardApi);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly session = inject(Session);

  protected readonly typeLabel = TYPE_LABEL;
  protected readonly categoryLabel = CATEGORY_LABEL;
  protected readonly partyLabel = PARTY_ROW_LABEL;
  protected readonly pendingLabel = PENDING_PARTY_LABEL;
  /** A week's first day as the charts' axis shows it, dd/MM/yyyy. */
  protected readonly dmy = (iso: string) =>
    `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

  protected readonly data = signal<OverviewDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<BilingualText | null>(null);
  /** Province users may narrow to one commune; '' is the whole province (kept when coming back from a list). */
  protected readonly communeId = signal(
    inject(ActivatedRoute).snapshot.queryParamMap.get('communeId') ?? '',
  );
  protected readonly communes = signal<{ id: string; name: string }[]>([]);
  protected readonly isProvinceUser = computed(
    () => !this.session.user()?.communeId,
  );

  /** Province leaders set the hot-spot thresholds for the whole installation. */
  protected readonly canEditThresholds = computed(
    () => this.isProvinceUser() && this.session.hasRole(['leader']),
  );
  protected readonly thresholds = signal<HotSpotSettings | null>(null);
  protected readonly savingThresholds = signal(false);
  protected readonly thresholdsMessage = signal<BilingualText | null>(null);

  protected readonly trendOptions = computed<EChartsCoreOption | null>(() => {
    const d = this.data();
    if (!d) return null;
    this.i18n.lang();
    const t = (key: Parameters<I18n['t']>[0]) => this.i18n.t(key);
    return {
      // No animation: the figures are read, not watched (and screenshots show the real bars).
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: {
        type: 'category',
        data: d.trend.map(
          (w) => w.weekStart.slice(8, 10) + '/' + w.weekStart.slice(5, 7),
        ),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('overview.received'),
          type: 'bar',
          barMaxWidth: 32,
          data: d.trend.map((w) => w.received),
          itemStyle: { color: '#3f7fc1' },
        },
        {
          name: t('overview.resolved'),
          type: 'bar',
          data: d.trend.map((w) => w.resolved),
          itemStyle: { color: '#3c9a5f' },
        },
        {
          name: t('overview.becameOverdue'),
          type: 'line',
          data: d.trend.map((w) => w.becameOverdue),
          itemStyle: { color: '#c62828' },
        },
      ],
    };
  });

  protected readonly categoryOptions = computed<EChartsCoreOption | null>(
    () => {
      const d = this.data();
      if (!d) return null;
      this.i18n.lang();
      const t = (key: Parameters<I18n['t']>[0]) => this.i18n.t(key);
      const rows = [...d.byCategory].reverse();
      return {
        animation: false,
        aria: { enabled: true },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { bottom: 0 },
        grid: { left: 140, right: 16, top: 8, bottom: 48 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category',
          data: rows.map((r) => t(CATEGORY_LABEL[r.category])),
        },
        series: [
          {
            name: t('overview.overdue'),
            type: 'bar',
            stack: 'all',
            barMaxWidth: 32,
            data: rows.map((r) => r.overdue),
            itemStyle: { color: '#c62828' },
          },
          {
            name: t('overview.dueSoon'),
            type: 'bar',
            stack: 'all',
            barMaxWidth: 32,
            data: rows.map((r) => r.dueSoon),
            itemStyle: { color: '#ef8f00' },
          },
          {
            name: t('overview.status.on_time'),
            type: 'bar',
            stack: 'all',
            barMaxWidth: 32,
            data: rows.map((r) => r.open - r.overdue - r.dueSoon),
            itemStyle: { color: '#8fa9c8' },
          },
        ],
      };
    },
  );

  constructor() {
    void this.load();
    // A hot spot raised at the desk reaches the leader without a click: a quiet reload every 30 s while the page is
    // visible, and at once when the leader comes back to the window.
    const refresh = () => {
      if (document.visibilityState === 'visible' && !this.loading())
        void this.load(true);
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
      const data = await firstValueFrom(
        this.api.overview(communeId ? { communeId } : {}),
      );
      this.data.set(data);
      if (data.area.kind === 'province')
        this.communes.set(
          [...data.byCommune]
            .map((c) => ({ id: c.communeId, name: c.communeName }))
            .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
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

  /** Query parameters of a drill-down (the filters of a row, and more), narrowed to the commune on screen. */
  protected drill(filters: Drill, more: Drill = {}): Drill {
    const communeId = this.communeId();
    return communeId
      ? { communeId, ...filters, ...more }
      : { ...filters, ...more };
  }

  /**
   * The list filters behind a row of "who must act": its party and the lead agency (or none yet), or the commune of a
   * desk or a leader.
   */
  protected partyDrill(row: OverviewAgencyRow): Drill {
    if (row.party === 'agency')
      return row.agencyId
        ? { pendingParty: 'agency', leadAgencyId: row.agencyId }
        : { pendingParty: 'agency', noLeadAgency: 'true' };
    return row.communeId
      ? { pendingParty: row.party, communeId: row.communeId }
      : { pendingParty: row.party };
  }

  /** The cases of a neighbourhood row, or of the row of cases whose neighbourhood is not known. */
  protected placeDrill(row: OverviewAreaRow): Drill {
    return row.neighbourhoodId
      ? { neighbourhoodId: row.neighbourhoodId }
      : { noNeighbourhood: 'true' };
  }

  protected hotSpotDrill(h: HotSpotDto): Drill | null {
    if (h.kind !== 'cluster' || !h.neighbourhoodId || !h.category) return null;
    return this.drill({
      neighbourhoodId: h.neighbourhoodId,
      category: h.category,
    });
  }

  protected onTrendClick(event: ECElementEvent): void {
    const week = this.data()?.trend[event.dataIndex];
    if (!week || event.seriesIndex === 2) return;
    const from = vnDayStartIso(week.weekStart);
    const to = vnDayStartIso(addDays(week.weekStart, 7));
    void this.router.navigate(['/overview/cases'], {
      queryParams: this.drill(
        event.seriesIndex === 0
          ? { receivedFrom: from, receivedTo: to }
          : { closedFrom: from, closedTo: to },
      ),
    });
  }

  protected onCategoryClick(event: ECElementEvent): void {
    const rows = [...(this.data()?.byCategory ?? [])].reverse();
    const category: CaseCategory | undefined = rows[event.dataIndex]?.category;
    if (!category) return;
    const filter: Drill =
      event.seriesIndex === 0
        ? { overdue: 'true' }
        : event.seriesIndex === 1
          ? { dueSoon: 'true' }
          : {};
    void this.router.navigate(['/overview/cases'], {
      queryParams: this.drill({ category, open: 'true', ...filter }),
    });
  }

  protected async loadThresholds(): Promise<void> {
    if (this.thresholds()) return;
    try {
      this.thresholds.set({
        ...(await firstValueFrom(this.api.hotSpotSettings())),
      });
    } catch (error) {
      this.thresholdsMessage.set(problemOf(error).message);
    }
  }

  protected async saveThresholds(): Promise<void> {
    const value = this.thresholds();
    if (!value) return;
    this.savingThresholds.set(true);
    this.thresholdsMessage.set(null);
    try {
      this.thresholds.set({
        ...(await firstValueFrom(
          this.api.updateHotSpotSettings({
            windowDays: Number(value.windowDays),
            clusterMinCases: Number(value.clusterMinCases),
            groupMinPeople: Number(value.groupMinPeople),
          }),
        )),
      });
      this.thresholdsMessage.set(
        OVERVIEW_MESSAGES['overview.thresholds.saved'],
      );
    } catch (error) {
      this.thresholdsMessage.set(problemOf(error).message);
    } finally {
      this.savingThresholds.set(false);
    }
  }
}
