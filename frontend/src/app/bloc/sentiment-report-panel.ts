import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  CASE_CATEGORY_LABELS,
  type BilingualText,
  SENTIMENT_CHANNEL_LABELS,
  TENSION_LEVEL_LABELS,
  type CaseCategory,
  type SentimentChannelRow,
  type SentimentReportDto,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { I18n } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { BlocContext, quarterOf, saveBlob } from './bloc-context';
import { ScrollRegion } from '../shared/ui/scroll-region';

/** The quarterly report on what people think: what came in through each channel, and the tensions it forecasts. */
@Component({
  selector: 'app-sentiment-report-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegion, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <section class="card" aria-labelledby="report-title">
      <div class="toolbar">
        <h2 id="report-title">{{ 'bloc.report' | t }}</h2>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'bloc.year' | t }}</mat-label>
          <input matInput type="number" name="year" [(ngModel)]="year" (change)="load()" data-testid="report-year" />
        </mat-form-field>
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'bloc.quarter' | t }}</mat-label>
          <select
            matNativeControl
            name="quarter"
            [ngModel]="quarter"
            (ngModelChange)="quarter = $event; load()"
            data-testid="report-quarter"
          >
            @for (q of [1, 2, 3, 4]; track q) {
              <option [ngValue]="q">{{ q }}</option>
            }
          </select>
        </mat-form-field>
        <button mat-stroked-button type="button" (click)="download('pdf')" data-testid="report-pdf">PDF</button>
        <button mat-stroked-button type="button" (click)="download('xlsx')" data-testid="report-xlsx">Excel</button>
      </div>
      @if (report(); as r) {
        <p class="muted">{{ 'bloc.report.total' | t: { n: r.totalItems } }}</p>
        <div class="scroll" [appScrollRegion]="'bloc.report.total' | t">
          <table class="list" data-testid="report-channels">
            <thead>
              <tr>
                <th>{{ 'bloc.report.channel' | t }}</th>
                <th class="num">{{ 'bloc.report.events' | t }}</th>
                <th class="num">{{ 'bloc.report.items' | t }}</th>
                <th>{{ 'bloc.report.heard' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of r.channels; track c.channel) {
                <tr [attr.data-channel]="c.channel">
                  <td>{{ channelLabels[c.channel] | t }}</td>
                  <td class="num">{{ c.events }}</td>
                  <td class="num">{{ c.items }}</td>
                  <td>
                    <span class="muted">{{ categories(c) }}</span>
                    @for (e of c.examples; track $index) {
                      <div>– {{ e }}</div>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <h3>{{ 'bloc.report.tensions' | t }}</h3>
        <ul class="plain" data-testid="report-tensions">
          @for (x of r.tensions; track $index) {
            <li>
              <span class="badge" [class.likely]="x.level === 'likely'">{{ tensionLabels[x.level] | t }}</span>
              <strong> {{ x.neighbourhoodName ?? ('bloc.report.wholeCommune' | t) }} · {{ categoryLabels[x.category] | t }}</strong>
              <div class="muted">
                {{ reasons(x.reasons) }}
              </div>
            </li>
          } @empty {
            <li class="muted">{{ 'bloc.report.noTension' | t }}</li>
          }
        </ul>
        @if (r.hotSpots.length) {
          <h3>{{ 'bloc.report.hotSpots' | t }}</h3>
          <ul>
            @for (h of r.hotSpots; track $index) {
              <li>{{ h.title | t }}</li>
            }
          </ul>
        }
      }
    </section>
  `,
  styleUrl: './bloc.scss',
})
export class SentimentReportPanel {
  protected readonly ctx = inject(BlocContext);
  private readonly api = inject(BlocApi);
  private readonly i18n = inject(I18n);
  protected readonly channelLabels = SENTIMENT_CHANNEL_LABELS;
  protected readonly tensionLabels = TENSION_LEVEL_LABELS;
  protected readonly categoryLabels = CASE_CATEGORY_LABELS;
  protected readonly report = signal<SentimentReportDto | null>(null);
  protected year = quarterOf(vietnamToday()).year;
  protected quarter = quarterOf(vietnamToday()).quarter;

  constructor() {
    effect(() => {
      this.ctx.communeId();
      untracked(() => void this.load());
    });
  }

  /** Reloads after something was noted elsewhere on the screen. */
  async load(): Promise<void> {
    this.report.set(await firstValueFrom(this.api.sentimentReport(this.queryOf())).catch(() => null));
  }

  protected reasons(reasons: readonly BilingualText[]): string {
    return reasons.map((r) => this.i18n.pick(r)).join('; ');
  }

  protected categories(c: SentimentChannelRow): string {
    return Object.entries(c.byCategory)
      .map(([k, n]) => `${this.i18n.pick(CASE_CATEGORY_LABELS[k as CaseCategory])}: ${n}`)
      .join('; ');
  }

  protected async download(kind: 'pdf' | 'xlsx'): Promise<void> {
    await this.ctx.run(null, async () =>
      saveBlob(
        await firstValueFrom(this.api.sentimentReportFile(this.queryOf(), kind)),
        `bao-cao-tinh-hinh-nhan-dan-quy-${this.quarter}-${this.year}.${kind}`,
      ),
    );
  }

  private queryOf() {
    return {
      communeId: this.ctx.query(),
      year: Number(this.year),
      quarter: Number(this.quarter),
    };
  }
}
