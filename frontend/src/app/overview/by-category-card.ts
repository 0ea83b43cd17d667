import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { Router } from '@angular/router';
import type { CaseCategory, OverviewDto } from '@tiep-dan/contracts';
import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { ScrollRegion } from '../shared/ui/scroll-region';
import { drillIn } from './overview-drill';
import { CATEGORY_LABEL, type Drill } from './overview-labels';

/**
 * Open cases by field (land, environment…), overdue, due soon and on time stacked; a bar opens its cases, and the
 * same figures are a table for screen readers.
 */
@Component({
  selector: 'app-by-category-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, NgxEchartsDirective, ScrollRegion, TranslatePipe],
  templateUrl: './by-category-card.html',
  styleUrl: './overview-card.scss',
})
export class ByCategoryCard {
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);

  readonly rows = input.required<OverviewDto['byCategory']>();
  /** The commune on screen ('' = the whole area): every list opened from here is narrowed to it. */
  readonly communeId = input('');

  protected readonly categoryLabel = CATEGORY_LABEL;

  protected readonly categoryOptions = computed<EChartsCoreOption>(() => {
    this.i18n.lang();
    const t = (key: Parameters<I18n['t']>[0]) => this.i18n.t(key);
    const rows = [...this.rows()].reverse();
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
  });

  protected onCategoryClick(event: ECElementEvent): void {
    const rows = [...this.rows()].reverse();
    const category: CaseCategory | undefined = rows[event.dataIndex]?.category;
    if (!category) return;
    const filter: Drill = event.seriesIndex === 0 ? { overdue: 'true' } : event.seriesIndex === 1 ? { dueSoon: 'true' } : {};
    void this.router.navigate(['/overview/cases'], {
      queryParams: drillIn(this.communeId(), {
        category,
        open: 'true',
        ...filter,
      }),
    });
  }
}
