import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import type { AgencyRatingDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { CitizensApi } from '../core/api/citizens.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';

/** What citizens think of the answers: each agency's average rating (1–5 stars) over the cases of the leader's area. */
@Component({
  selector: 'app-ratings-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, MatCardModule, TranslatePipe],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title>{{ 'overview.ratings' | t }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <table data-testid="ratings-by-agency">
          <thead>
            <tr>
              <th scope="col">{{ 'overview.agency' | t }}</th>
              <th scope="col" class="num">
                {{ 'overview.ratings.average' | t }}
              </th>
              <th scope="col" class="num">
                {{ 'overview.ratings.count' | t }}
              </th>
            </tr>
          </thead>
          <tbody>
            @for (r of ratings(); track r.agencyId) {
              <tr data-testid="rating-row">
                <th scope="row">{{ r.agencyName }}</th>
                <td class="num">
                  <span aria-hidden="true">★</span>
                  {{ r.average | number: '1.1-2' }}
                </td>
                <td class="num">{{ r.count }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="3">{{ 'overview.ratings.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host {
      display: contents;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      font-weight: normal;
    }
    thead th {
      font-weight: 500;
    }
    .num {
      text-align: right;
      white-space: nowrap;
    }
    span {
      color: #b07800;
    }
  `,
})
export class RatingsCard {
  private readonly api = inject(CitizensApi);
  protected readonly ratings = signal<AgencyRatingDto[]>([]);

  constructor() {
    void firstValueFrom(this.api.ratingsByAgency()).then(
      (ratings) => this.ratings.set(ratings),
      () => this.ratings.set([]),
    );
  }
}
