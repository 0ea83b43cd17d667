import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { BlocWatchDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { MonthPipe } from './month.pipe';

/** For the leader's overview: the teams flagged for a missed monthly meeting and the focused villages of the area. */
@Component({
  selector: 'app-bloc-watch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatCardModule, MonthPipe, RouterLink, TranslatePipe],
  template: `
    @if (watch(); as w) {
      <mat-card appearance="outlined" class="wide" data-testid="bloc-watch">
        <mat-card-header>
          <mat-card-title>{{ 'bloc.watch.title' | t }}</mat-card-title>
          <mat-card-subtitle>{{ 'bloc.flags.about' | t: { month: (w.lastCompleteMonth | month) } }}</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          <h3>{{ 'bloc.flags' | t }}</h3>
          <ul data-testid="watch-flagged">
            @for (f of w.flagged; track f.teamId) {
              <li>
                <a routerLink="/bloc/oversight">{{ f.teamName }}</a>
                <span class="muted"> · {{ f.communeName }}</span> —
                <span class="late">{{ 'bloc.flags.missed' | t }}: {{ f.missedMonths | month }} </span>
                @if (f.lastInspection; as i) {
                  <span class="muted">
                    ·
                    {{
                      'bloc.flags.inspected'
                        | t
                          : {
                              date: (i.visitedOn | date: 'dd/MM/yyyy') ?? '',
                              name: i.inspectorName,
                            }
                    }}</span
                  >
                }
              </li>
            } @empty {
              <li class="muted">{{ 'bloc.flags.none' | t }}</li>
            }
          </ul>
          <h3>{{ 'bloc.focus' | t }}</h3>
          <ul data-testid="watch-focus">
            @for (v of w.focus; track v.id) {
              <li>
                {{ v.neighbourhoodName }}
                <span class="muted">· {{ v.communeName }}</span> —
                @if (v.month) {
                  {{ 'bloc.watch.score' | t: { month: (v.month | month), total: v.total ?? 0 } }}
                } @else {
                  <span class="muted">{{ 'bloc.watch.notScored' | t }}</span>
                }
              </li>
            } @empty {
              <li class="muted">{{ 'bloc.focus.none' | t }}</li>
            }
          </ul>
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    h3 {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .late {
      color: var(--mat-sys-error);
    }
  `,
})
export class BlocWatch {
  private readonly api = inject(BlocApi);
  /** The commune on screen; '' is the caller's whole area (a province user: the province). */
  readonly communeId = input('');
  protected readonly watch = signal<BlocWatchDto | null>(null);

  constructor() {
    effect(() => {
      const commune = this.communeId();
      untracked(
        () =>
          void firstValueFrom(this.api.watch(commune || undefined)).then(
            (w) => this.watch.set(w),
            () => this.watch.set(null),
          ),
      );
    });
  }
}
