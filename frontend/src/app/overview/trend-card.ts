import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { Router } from '@angular/router';
import type { OverviewDto } from '@tiep-dan/contracts';
import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { ScrollRegion } from '../shared/ui/scroll-region';
import { drillIn } from './overview-drill';
import { addDays, vnDayStartIso } from './overview-labels';

/**
 * The 12-week trend: cases received and resolved each week (a bar opens that week's cases) and those that became
 * overdue; the same figures as a table for screen readers.
 */
@Component({
  selector: 'app-trend-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, NgxEchartsDirective, ScrollRegion, TranslatePipe],
  templateUrl: './trend-card.html',
  styleUrl: './overview-card.scss',
})
export class TrendCard {
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);

  readonly weeks = input.required<OverviewDto['trend']>();
  /** The commune on screen ('' = the whole area): every list opened from here is narrowed to it. */
  readonly communeId = input('');

  /** A week's first day as the charts' axis shows it, dd/MM/yyyy. */
  protected readonly dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

  protected readonly trendOptions = computed<EChartsCoreOption>(() => {
    const trend = this.weeks();
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
        data: trend.map((w) => w.weekStart.slice(8, 10) + '/' + w.weekStart.slice(5, 7)),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('overview.received'),
          type: 'bar',
          barMaxWidth: 32,
          data: trend.map((w) => w.received),
          itemStyle: { color: '#3f7fc1' },
        },
        {
          name: t('overview.resolved'),
          type: 'bar',
          data: trend.map((w) => w.resolved),
          itemStyle: { color: '#3c9a5f' },
        },
        {
          name: t('overview.becameOverdue'),
          type: 'line',
          data: trend.map((w) => w.becameOverdue),
          itemStyle: { color: '#c62828' },
        },
      ],
    };
  });

  protected onTrendClick(event: ECElementEvent): void {
    const week = this.weeks()[event.dataIndex];
    if (!week || event.seriesIndex === 2) return;
    const from = vnDayStartIso(week.weekStart);
    const to = vnDayStartIso(addDays(week.weekStart, 7));
    void this.router.navigate(['/overview/cases'], {
      queryParams: drillIn(
        this.communeId(),
        event.seriesIndex === 0 ? { receivedFrom: from, receivedTo: to } : { closedFrom: from, closedTo: to },
      ),
    });
  }
}
