import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute } from '@angular/router';
import type { BilingualText, PeriodReportDto, PeriodReportQuery, ReportFormSlug } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../core/api/cases.api';
import { DashboardApi } from '../core/api/dashboard.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { REPORT_PERIODS, periodDays, type ReportPeriod } from './overview-labels';
import { ReportTable } from './report-table';

const PERIOD_LABEL: Record<ReportPeriod, `overview.period.${ReportPeriod}`> = {
  q1: 'overview.period.q1',
  q2: 'overview.period.q2',
  q3: 'overview.period.q3',
  q4: 'overview.period.q4',
  m6: 'overview.period.m6',
  m9: 'overview.period.m9',
  m12: 'overview.period.m12',
};

/**
 * The periodic reports of Thông tư 02/2021/TT-TTCP for a year's quarter, half, nine months or year: one tab per form in
 * the form's layout, every figure opening its list, and the form as an Excel file to sign. The period and form come
 * from the address (`?year=&period=&report=`) so "back" from a list returns to the same table.
 */
@Component({
  selector: 'app-reports-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    TranslatePipe,
    ReportTable,
  ],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title>{{ 'overview.reports' | t }}</mat-card-title>
        <mat-card-subtitle>{{ 'overview.reportsAbout' | t }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <div class="report-form">
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'overview.year' | t }}</mat-label>
            <mat-select [ngModel]="year()" (ngModelChange)="year.set($event)" data-testid="report-year">
              @for (y of years; track y) {
                <mat-option [value]="y">{{ y }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>{{ 'overview.period' | t }}</mat-label>
            <mat-select [ngModel]="period()" (ngModelChange)="period.set($event)" data-testid="report-period">
              @for (p of periods; track p) {
                <mat-option [value]="p">{{ periodLabel[p] | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>
        @if (loading() || exporting()) {
          <mat-progress-bar mode="indeterminate" />
        }
        @if (error(); as e) {
          <p class="error" role="alert">{{ e | t }}</p>
        }
        @if (report(); as r) {
          <mat-tab-group [selectedIndex]="tab()" (selectedIndexChange)="tab.set($event)" mat-stretch-tabs="false" data-testid="report-tabs">
            @for (table of r.tables; track table.slug) {
              <mat-tab [label]="table.form">
                <div class="form-head">
                  <h3 data-testid="report-title">{{ table.title | t }}</h3>
                  <button
                    mat-flat-button
                    type="button"
                    (click)="exportForm(table.slug)"
                    [disabled]="exporting()"
                    [attr.data-testid]="'report-export-' + table.slug"
                  >
                    <span aria-hidden="true">⤓</span>
                    {{ 'overview.exportForm' | t: { form: table.form } }}
                  </button>
                </div>
                <p class="muted">
                  {{
                    'overview.report.period'
                      | t
                        : {
                            from: dmy(r.from),
                            to: dmy(r.to),
                            area: r.area.name,
                          }
                  }}
                </p>
                <app-report-table [table]="table" [query]="query()" />
              </mat-tab>
            }
          </mat-tab-group>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    mat-tab-group {
      max-width: 100%;
    }
    .report-form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin: 8px 0;
    }
    .form-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-top: 12px;
    }
    .form-head h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ReportsPanel {
  private readonly api = inject(DashboardApi);
  private readonly params = inject(ActivatedRoute).snapshot.queryParamMap;

  /** Province users' narrowing to one commune ('' is the whole province). */
  readonly communeId = input('');

  protected readonly periods = REPORT_PERIODS;
  protected readonly periodLabel = PERIOD_LABEL;
  protected readonly years = Array.from({ length: 4 }, (_, i) => new Date().getFullYear() - i);
  protected readonly year = signal(Number(this.params.get('year')) || new Date().getFullYear());
  protected readonly period = signal<ReportPeriod>(
    REPORT_PERIODS.find((p) => p === this.params.get('period')) ?? (`q${Math.floor(new Date().getMonth() / 3) + 1}` as ReportPeriod),
  );
  protected readonly tab = signal(0);
  protected readonly report = signal<PeriodReportDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly error = signal<BilingualText | null>(null);

  protected readonly query = computed<PeriodReportQuery>(() => {
    const communeId = this.communeId();
    return {
      ...periodDays(this.year(), this.period()),
      ...(communeId ? { communeId } : {}),
    };
  });

  constructor() {
    const wanted = this.params.get('report');
    effect(() => {
      const query = this.query();
      untracked(() => void this.load(query, wanted));
    });
  }

  protected dmy(day: string): string {
    return day.split('-').reverse().join('/');
  }

  private async load(query: PeriodReportQuery, wanted: string | null): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const report = await firstValueFrom(this.api.report(query));
      this.report.set(report);
      const index = report.tables.findIndex((t) => t.slug === wanted);
      if (index >= 0 && this.tab() === 0) this.tab.set(index);
    } catch (error) {
      this.error.set(problemOf(error).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected async exportForm(form: ReportFormSlug): Promise<void> {
    this.exporting.set(true);
    this.error.set(null);
    const query = this.query();
    try {
      const blob = await firstValueFrom(this.api.reportWorkbook({ ...query, form }));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `bieu-${form}-${query.from}-${query.to}.xlsx`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      this.error.set(problemOf(error).message);
    } finally {
      this.exporting.set(false);
    }
  }
}
