import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink, type Params } from '@angular/router';
import type { PeriodReportQuery, ReportRow, ReportTable as ReportTableDto } from '@tiep-dan/contracts';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { headingRows } from './report-layout';

/**
 * One form as the circular lays it out: merged headings, the numbered row (MS), a row per unit and the total. Every
 * figure above zero opens the list of what it counts; "—" marks a column the system has no data for (its reason in
 * the title and the legend below).
 */
@Component({
  selector: 'app-report-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="scroll" role="region" tabindex="0" [attr.aria-label]="table().title | t">
      <table class="form" [attr.data-testid]="'report-table-' + table().slug">
        <thead>
          @for (row of headings(); track $index) {
            <tr>
              @for (cell of row; track $index) {
                <th
                  scope="col"
                  [attr.colspan]="cell.colspan > 1 ? cell.colspan : null"
                  [attr.rowspan]="cell.rowspan > 1 ? cell.rowspan : null"
                >
                  {{ cell.label | t }}
                </th>
              }
            </tr>
          }
          <tr class="ms">
            <th scope="row">MS</th>
            @for (c of table().columns; track c.key) {
              <th scope="col">{{ c.code }}</th>
            }
            <th scope="col">{{ table().notesNo }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.communeId) {
            <tr [class.total]="row.communeId === null" [attr.data-testid]="row.communeId === null ? 'report-total' : 'report-row'">
              <th scope="row">
                {{ row.communeId === null ? ('overview.report.total' | t) : row.communeName }}
              </th>
              @for (c of table().columns; track c.key) {
                <td class="num" [attr.data-column]="c.no">
                  @if (c.unavailable; as why) {
                    <span class="na" [title]="why | t">—</span>
                  } @else if (row.values[c.key]) {
                    <a
                      [routerLink]="['/overview/report-items']"
                      [queryParams]="link(c.key, row)"
                      [attr.aria-label]="'overview.report.cellLabel' | t: { no: c.no, unit: row.communeName }"
                      >{{ row.values[c.key] }}</a
                    >
                  } @else {
                    0
                  }
                </td>
              }
              <td class="notes">
                @for (n of table().notes; track n.key) {
                  @if (row.notes[n.key]) {
                    <a [routerLink]="['/overview/report-items']" [queryParams]="link('note:' + n.key, row)"
                      >{{ n.label | t }}: {{ row.notes[n.key] }} {{ n.unit | t }}</a
                    >
                  }
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (missing().length) {
      <ul class="legend" data-testid="report-missing">
        @for (m of missing(); track m.columns) {
          <li>
            {{ 'overview.report.missing' | t: { columns: m.columns } }}
            {{ m.reason | t }}
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .scroll {
      overflow-x: auto;
      max-width: 100%;
    }
    table.form {
      border-collapse: collapse;
      font: var(--mat-sys-body-small);
    }
    table.form th,
    table.form td {
      border: 1px solid var(--mat-sys-outline-variant);
      padding: 4px 6px;
      text-align: center;
      vertical-align: middle;
    }
    table.form thead th {
      font-weight: 600;
      min-width: 56px;
      background: var(--mat-sys-surface-container);
    }
    table.form tr.ms th {
      font-weight: 400;
      font-style: italic;
      overflow-wrap: anywhere;
    }
    table.form tbody th {
      text-align: left;
      min-width: 160px;
      font-weight: 500;
    }
    table.form tr.total {
      font-weight: 700;
      background: var(--mat-sys-surface-container-low);
    }
    .num {
      font-variant-numeric: tabular-nums;
    }
    .num a,
    .notes a {
      color: var(--mat-sys-primary);
      font-weight: 600;
    }
    .notes {
      text-align: left;
      min-width: 160px;
    }
    .notes a {
      display: block;
    }
    .na {
      color: var(--mat-sys-on-surface-variant);
      cursor: help;
    }
    .legend {
      margin: 8px 0 0;
      padding-left: 18px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ReportTable {
  readonly table = input.required<ReportTableDto>();
  /** The period and area every list opened from a figure keeps. */
  readonly query = input.required<PeriodReportQuery>();

  protected readonly headings = computed(() => headingRows(this.table()));
  protected readonly rows = computed(() => [...this.table().rows, this.table().total]);
  /** The columns the system cannot fill, grouped by the reason. */
  protected readonly missing = computed(() => {
    const byReason = new Map<
      string,
      {
        reason: ReportTableDto['columns'][number]['unavailable'];
        nos: number[];
      }
    >();
    for (const c of this.table().columns)
      if (c.unavailable) {
        const entry = byReason.get(c.unavailable.vi) ?? {
          reason: c.unavailable,
          nos: [],
        };
        entry.nos.push(c.no);
        byReason.set(c.unavailable.vi, entry);
      }
    return [...byReason.values()].map((e) => ({
      columns: e.nos.join(', '),
      reason: e.reason ?? { vi: '', en: '' },
    }));
  });

  protected link(column: string, row: ReportRow): Params {
    return {
      form: this.table().slug,
      column,
      ...this.query(),
      ...(row.communeId ? { row: row.communeId } : {}),
    };
  }
}
