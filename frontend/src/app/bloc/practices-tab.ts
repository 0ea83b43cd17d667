import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule, type NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { GOOD_PRACTICE_STATUS_LABELS, RECOGNITION_LEVEL_LABELS, type GoodPracticeDto, type TeamSummaryDto } from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { TeamsApi } from '../core/api/teams.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { BlocContext } from './bloc-context';

/** "Dân vận khéo": models nominated with their results, reviewed, recognised, followed up; the register is the result. */
@Component({
  selector: 'app-practices-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './practices-tab.html',
  styleUrl: './bloc.scss',
})
export class PracticesTab {
  protected readonly ctx = inject(BlocContext);
  private readonly api = inject(BlocApi);
  private readonly teamsApi = inject(TeamsApi);
  protected readonly statusLabels = GOOD_PRACTICE_STATUS_LABELS;
  protected readonly levelLabels = RECOGNITION_LEVEL_LABELS;
  protected readonly practices = signal<GoodPracticeDto[]>([]);
  protected readonly teams = signal<TeamSummaryDto[]>([]);
  protected year = Number(vietnamToday().slice(0, 4));
  protected draft = this.emptyDraft();
  /** What is typed on each model's card: the review note, the decision, the follow-up. */
  protected notes: Record<string, { note: string; decision: string; place: string; followNote: string }> = {};

  constructor() {
    effect(() => {
      this.ctx.communeId();
      untracked(() => void this.load());
    });
  }

  private emptyDraft() {
    return { title: '', owner: '', teamId: '', description: '', results: '' };
  }

  protected async load(): Promise<void> {
    const q = this.ctx.query();
    const [practices, teams] = await Promise.all([
      firstValueFrom(this.api.goodPractices(q, Number(this.year))).catch((): GoodPracticeDto[] => []),
      firstValueFrom(this.teamsApi.list(q)).catch((): TeamSummaryDto[] => []),
    ]);
    for (const p of practices)
      this.notes[p.id] ??= {
        note: '',
        decision: '',
        place: '',
        followNote: '',
      };
    this.practices.set(practices);
    this.teams.set(teams);
  }

  protected readonly canNominate = () => this.ctx.isHead() || this.ctx.isMember();

  protected async nominate(form: NgForm): Promise<void> {
    if (form.invalid) return;
    const { teamId, ...rest } = this.draft;
    const ok = await this.ctx.run('bloc.practice.nominated', () =>
      firstValueFrom(
        this.api.nominate({
          ...rest,
          communeId: this.ctx.query(),
          year: Number(this.year),
          ...(teamId ? { teamId } : {}),
        }),
      ),
    );
    if (ok) {
      this.draft = this.emptyDraft();
      form.resetForm(this.draft);
      await this.load();
    }
  }

  protected async review(p: GoodPracticeDto, outcome: 'endorse' | 'reject'): Promise<void> {
    await this.act('bloc.practice.reviewed', () =>
      this.api.reviewPractice(p.id, {
        outcome,
        note: this.notes[p.id].note || '—',
      }),
    );
  }

  protected async recognise(p: GoodPracticeDto, level: 'commune' | 'province'): Promise<void> {
    const decisionRef = this.notes[p.id].decision.trim();
    await this.act('bloc.practice.recognised', () =>
      this.api.recognise(p.id, {
        level,
        ...(decisionRef ? { decisionRef } : {}),
      }),
    );
  }

  protected async followUp(p: GoodPracticeDto): Promise<void> {
    const n = this.notes[p.id];
    await this.act('bloc.practice.followed', () =>
      this.api.followUp(p.id, {
        followedOn: vietnamToday(),
        place: n.place,
        note: n.followNote || '—',
      }),
    );
  }

  private async act(done: Parameters<BlocContext['run']>[0], call: () => ReturnType<BlocApi['followUp']>): Promise<void> {
    if (await this.ctx.run(done, () => firstValueFrom(call()))) await this.load();
  }
}
