import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink, type Params } from '@angular/router';
import {
  REPORT_FORM_SLUGS,
  type BilingualText,
  type ReportFormSlug,
  type ReportItemKind,
  type ReportItemsDto,
  type ReportItemsQuery,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../core/api/cases.api';
import { DashboardApi } from '../core/api/dashboard.api';
import { I18n } from '../core/i18n/i18n.service';
import type { MessageKey } from '../core/i18n/messages';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { PageHeader } from '../shared/ui/page-header';
import { periodOf } from './report-layout';

const KIND_LABEL: Record<ReportItemKind, MessageKey> = {
  visit: 'overview.report.kind.visit',
  session: 'overview.report.kind.session',
  letter: 'overview.report.kind.letter',
  case: 'overview.report.kind.case',
};
const SLUGS: readonly string[] = Object.values(REPORT_FORM_SLUGS);

/** The query of a figure's list from the address; null when it lacks what the API needs. */
export function itemsQueryOf(params: Params): ReportItemsQuery | null {
  const text = (name: string): string | undefined =>
    typeof params[name] === 'string' && params[name] !== '' ? (params[name] as string) : undefined;
  const [form, column, from, to] = ['form', 'column', 'from', 'to'].map(text);
  if (!form || !SLUGS.includes(form) || !column || !from || !to) return null;
  const communeId = text('communeId');
  const row = text('row');
  return {
    form: form as ReportFormSlug,
    column,
    from,
    to,
    ...(communeId ? { communeId } : {}),
    ...(row ? { row } : {}),
  };
}

/** What one figure of a periodic form counts: the visits, sessions, petitions or cases behind it. */
@Component({
  selector: 'app-report-items-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, PageHeader],
  template: `
    <app-page-header [title]="'overview.report.items.title' | t" [subtitle]="subtitle()">
      <a mat-button [routerLink]="['/overview']" [queryParams]="back()"
        ><span aria-hidden="true">←</span> {{ 'overview.report.items.back' | t }}</a
      >
    </app-page-header>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (error(); as e) {
      <p class="error" role="alert">{{ e | t }}</p>
    }
    @if (data(); as d) {
      <p class="figure" data-testid="report-items-figure">
        <strong>{{ d.form }}</strong> ·
        {{ d.row.communeId ? d.row.communeName : ('overview.report.total' | t) }}
        ·
        {{ 'overview.report.items.column' | t: { no: d.column.no } }}
        {{ path(d) }}:
        <strong data-testid="report-items-value">{{ d.value }}</strong>
      </p>
      <div class="scroll">
        <table class="numbers" data-testid="report-items">
          <thead>
            <tr>
              <th scope="col">{{ 'overview.report.items.kind' | t }}</th>
              <th scope="col">{{ 'overview.code' | t }}</th>
              <th scope="col">{{ 'overview.report.items.date' | t }}</th>
              <th scope="col">{{ 'overview.summary' | t }}</th>
              <th scope="col" class="num">
                {{ 'overview.report.items.people' | t }}
              </th>
              @if (manyUnits()) {
                <th scope="col">{{ 'overview.report.items.unit' | t }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (i of d.items; track i.kind + i.id) {
              <tr data-testid="report-item">
                <td>{{ kindLabel[i.kind] | t }}</td>
                <td class="code">
                  @if (i.caseId) {
                    <a [routerLink]="['/cases', i.caseId]">{{ i.code }}</a>
                  } @else {
                    {{ i.code }}
                  }
                </td>
                <td>{{ i.at | date: 'dd/MM/yyyy' : '+0700' }}</td>
                <td>{{ i.summary }}</td>
                <td class="num">{{ i.people ?? '' }}</td>
                @if (manyUnits()) {
                  <td>{{ i.communeName }}</td>
                }
              </tr>
            } @empty {
              <tr>
                <td colspan="6">{{ 'overview.empty' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: './overview-page.scss',
  styles: `
    .figure {
      font: var(--mat-sys-body-large);
    }
    .scroll {
      overflow-x: auto;
    }
    table.numbers td:nth-child(4) {
      min-width: 220px;
    }
  `,
})
export class ReportItemsPage {
  private readonly api = inject(DashboardApi);
  private readonly i18n = inject(I18n);
  private readonly params = toSignal(inject(ActivatedRoute).queryParams, {
    initialValue: {},
  });

  protected readonly kindLabel = KIND_LABEL;
  protected readonly query = computed(() => itemsQueryOf(this.params()));
  protected readonly data = signal<ReportItemsDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<BilingualText | null>(null);
  /** The unit of each item, when the list spans several communes (a province's total). */
  protected readonly manyUnits = computed(() => new Set(this.data()?.items.map((i) => i.communeName)).size > 1);
  protected readonly subtitle = computed(() => {
    const d = this.data();
    return d ? `${d.form} – ${this.i18n.pick(d.title)}` : '';
  });

  /** Back to the overview with the same period, area and form open. */
  protected readonly back = computed<Params>(() => {
    const q = this.query();
    if (!q) return {};
    return {
      report: q.form,
      ...(periodOf(q.from, q.to) ?? {}),
      ...(q.communeId ? { communeId: q.communeId } : {}),
    };
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => void this.fetch(query));
    });
  }

  protected path(d: ReportItemsDto): string {
    return d.column.path.map((p) => this.i18n.pick(p)).join(' › ');
  }

  private async fetch(query: ReportItemsQuery | null): Promise<void> {
    this.data.set(null);
    if (!query) return;
    this.loading.set(true);
    this.error.set(null);
    try {
      this.data.set(await firstValueFrom(this.api.reportItems(query)));
    } catch (error) {
      this.error.set(problemOf(error).message);
    } finally {
      this.loading.set(false);
    }
  }
}
