import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import type { BilingualText, HotSpotDto, HotSpotSettings } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../core/api/cases.api';
import { DashboardApi } from '../core/api/dashboard.api';
import { Session } from '../core/auth/session';
import { AccessibleForm } from '../core/forms/accessible-form';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { hotSpotDrill } from './overview-drill';
import { OVERVIEW_MESSAGES } from './overview.messages';

/**
 * Hot spots: many cases of one kind in one neighbourhood, or a group visit at the desk, each with its cases. Marked
 * like an alarm (and put first by the page) when there are any. Province leaders set the thresholds here.
 */
@Component({
  selector: 'app-hot-spots-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AccessibleForm,
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './hot-spots-card.html',
  styleUrl: './overview-card.scss',
  styles: `
    mat-card.alarm {
      border-left: 6px solid #c62828;
    }
    .hot-spots {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .hot-spots li {
      display: flex;
      gap: 8px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .flame {
      flex: none;
      width: 12px;
      height: 12px;
      margin-top: 4px;
      border-radius: 50%;
      background: #d84315;
    }
    .thresholds {
      margin-top: 12px;
    }
    .thresholds summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
    }
    .thresholds-form {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-top: 8px;
    }
  `,
})
export class HotSpotsCard {
  private readonly api = inject(DashboardApi);
  private readonly session = inject(Session);

  readonly hotSpots = input.required<readonly HotSpotDto[]>();
  /** The commune on screen ('' = the whole area): every list opened from here is narrowed to it. */
  readonly communeId = input('');

  /** Province leaders set the hot-spot thresholds for the whole installation. */
  protected readonly canEditThresholds = computed(() => !this.session.user()?.communeId && this.session.hasRole(['leader']));
  protected readonly thresholds = signal<HotSpotSettings | null>(null);
  protected readonly savingThresholds = signal(false);
  protected readonly thresholdsMessage = signal<BilingualText | null>(null);

  protected hotSpotDrill(h: HotSpotDto) {
    return hotSpotDrill(this.communeId(), h);
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
      this.thresholdsMessage.set(OVERVIEW_MESSAGES['overview.thresholds.saved']);
    } catch (error) {
      this.thresholdsMessage.set(problemOf(error).message);
    } finally {
      this.savingThresholds.set(false);
    }
  }
}
