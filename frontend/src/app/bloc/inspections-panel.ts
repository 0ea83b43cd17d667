import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule, type NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { BlocWatchDto, InspectionDto, TeamSummaryDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { TeamsApi } from '../core/api/teams.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { BlocContext } from './bloc-context';
import { MonthPipe } from './month.pipe';
import { ScrollRegion } from '../shared/ui/scroll-region';

/** Teams flagged for a missed monthly meeting, and the visits of the level above with what they found. */
@Component({
  selector: 'app-inspections-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ScrollRegion,
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MonthPipe,
    TranslatePipe,
  ],
  templateUrl: './inspections-panel.html',
  styleUrl: './bloc.scss',
})
export class InspectionsPanel {
  protected readonly ctx = inject(BlocContext);
  private readonly api = inject(BlocApi);
  private readonly teamsApi = inject(TeamsApi);
  protected readonly watch = signal<BlocWatchDto | null>(null);
  protected readonly inspections = signal<InspectionDto[]>([]);
  protected readonly teams = signal<TeamSummaryDto[]>([]);
  protected visit = this.emptyVisit();

  constructor() {
    effect(() => {
      const commune = this.ctx.communeId();
      untracked(() => void this.load(commune));
    });
  }

  private emptyVisit() {
    const today = vietnamToday();
    return {
      teamId: '',
      visitedOn: today,
      month: lastMonth(today),
      meetingHeld: false,
      rulesKept: true,
      findings: '',
      recommendations: '',
    };
  }

  private async load(commune: string): Promise<void> {
    const q = commune || undefined;
    const [watch, inspections, teams] = await Promise.all([
      firstValueFrom(this.api.watch(q)).catch(() => null),
      firstValueFrom(this.api.inspections(q)).catch((): InspectionDto[] => []),
      firstValueFrom(this.teamsApi.list(q)).catch((): TeamSummaryDto[] => []),
    ]);
    this.watch.set(watch);
    this.inspections.set(inspections);
    this.teams.set(teams);
  }

  /** Starts a visit to a flagged team: the form filled with the team and the month it missed. */
  protected inspect(teamId: string, month: string): void {
    this.visit = { ...this.emptyVisit(), teamId, month };
  }

  protected async record(form: NgForm): Promise<void> {
    if (form.invalid) return;
    const { recommendations, ...rest } = this.visit;
    const ok = await this.ctx.run('bloc.inspection.saved', () =>
      firstValueFrom(
        this.api.createInspection({
          ...rest,
          ...(recommendations.trim() ? { recommendations } : {}),
        }),
      ),
    );
    if (ok) {
      this.visit = this.emptyVisit();
      form.resetForm(this.visit);
      await this.load(this.ctx.communeId());
    }
  }
}

function lastMonth(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
