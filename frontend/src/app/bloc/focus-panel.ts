import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { FocusCriterionInput, FocusProgrammeDto, FocusVillageDto, NeighbourhoodDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { AdminApi } from '../core/api/admin.api';
import { BlocApi } from '../core/api/bloc.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { BlocContext } from './bloc-context';
import { MonthPipe } from './month.pipe';
import { ScrollRegion } from '../shared/ui/scroll-region';

/** The focused quality programme: up to 20% of the villages, each scored monthly on criteria of its own. */
@Component({
  selector: 'app-focus-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegion, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MonthPipe, TranslatePipe],
  templateUrl: './focus-panel.html',
  styleUrl: './bloc.scss',
})
export class FocusPanel {
  protected readonly ctx = inject(BlocContext);
  private readonly api = inject(BlocApi);
  private readonly admin = inject(AdminApi);
  protected readonly programme = signal<FocusProgrammeDto | null>(null);
  protected readonly neighbourhoods = signal<NeighbourhoodDto[]>([]);
  protected draft = this.emptyDraft();
  /** Values typed for the month being scored, per village and criterion. */
  protected scores: Record<string, { month: string; values: Record<string, number> }> = {};

  constructor() {
    effect(() => {
      const commune = this.ctx.communeId();
      untracked(() => void this.load(commune));
    });
  }

  private emptyDraft() {
    return {
      neighbourhoodId: '',
      criteria: [{ label: '', weight: 50, target: 1 }] as FocusCriterionInput[],
    };
  }

  private async load(commune: string): Promise<void> {
    const q = commune || undefined;
    const [programme, neighbourhoods] = await Promise.all([
      firstValueFrom(this.api.focus(q)).catch(() => null),
      firstValueFrom(this.admin.neighbourhoods(q)).catch((): NeighbourhoodDto[] => []),
    ]);
    for (const v of programme?.villages ?? []) this.scores[v.id] ??= { month: vietnamToday().slice(0, 7), values: {} };
    this.programme.set(programme);
    this.neighbourhoods.set(neighbourhoods.filter((n) => n.active));
  }

  protected addCriterion(): void {
    this.draft.criteria = [...this.draft.criteria, { label: '', weight: 50, target: 1 }];
  }

  protected async select(): Promise<void> {
    const programme = this.programme();
    if (!programme) return;
    const ok = await this.ctx.run('bloc.focus.saved', () =>
      firstValueFrom(
        this.api.selectFocus({
          communeId: this.ctx.query(),
          year: programme.year,
          neighbourhoodId: this.draft.neighbourhoodId,
          criteria: this.draft.criteria.map((c) => ({
            label: c.label,
            weight: Number(c.weight),
            target: Number(c.target),
          })),
        }),
      ),
    );
    if (ok) {
      this.draft = this.emptyDraft();
      await this.load(this.ctx.communeId());
    }
  }

  protected async score(village: FocusVillageDto): Promise<void> {
    const draft = this.scores[village.id];
    const ok = await this.ctx.run('bloc.focus.scored', () =>
      firstValueFrom(
        this.api.recordFocusScores(village.id, {
          month: draft.month,
          values: village.criteria.map((c) => ({
            criterionId: c.id,
            value: Number(draft.values[c.id] ?? 0),
          })),
        }),
      ),
    );
    if (ok) await this.load(this.ctx.communeId());
  }
}
