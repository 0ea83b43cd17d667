import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule, type NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  PLAN_TASK_STATUS_LABELS,
  RESOLUTION_KIND_LABELS,
  RESOLUTION_KINDS,
  type BlocPlanDto,
  type ResolutionInput,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { BlocContext } from './bloc-context';
import { ScrollRegion } from '../shared/ui/scroll-region';

/** The year's programme and plan: tasks tied to a resolution, owned by a member, reported on by their owner. */
@Component({
  selector: 'app-bloc-plan',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegion, DatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './bloc-plan.html',
  styleUrl: './bloc.scss',
})
export class BlocPlan {
  protected readonly ctx = inject(BlocContext);
  private readonly api = inject(BlocApi);
  protected readonly resolutionKinds = RESOLUTION_KINDS;
  protected readonly resolutionLabels = RESOLUTION_KIND_LABELS;
  protected readonly statusLabels = PLAN_TASK_STATUS_LABELS;

  protected readonly plan = signal<BlocPlanDto | null>(null);
  protected readonly loaded = signal(false);
  protected year = Number(vietnamToday().slice(0, 4));
  protected draft = this.emptyDraft();
  protected task = {
    content: '',
    resolutionId: '',
    ownerMemberId: '',
    dueDate: '',
  };

  constructor() {
    effect(() => {
      this.ctx.communeId();
      untracked(() => void this.load());
    });
  }

  private emptyDraft() {
    return {
      title: `Chương trình, kế hoạch công tác dân vận năm ${this.year}`,
      resolutions: [
        {
          kind: 'party_committee',
          reference: '',
          title: '',
        } as ResolutionInput,
      ],
    };
  }

  private loads = 0;

  /**
   * The year's plan. An answer for an earlier request is dropped (the year was changed again meanwhile), and a draft
   * the user has started is kept: only its default title follows the year.
   */
  protected async load(): Promise<void> {
    const request = ++this.loads;
    const plans = await firstValueFrom(this.api.plans(this.ctx.query(), this.year)).catch(() => []);
    if (request !== this.loads) return;
    this.plan.set(plans[0] ?? null);
    this.loaded.set(true);
    if (plans[0]) return;
    const fresh = this.emptyDraft();
    const started = this.draft.resolutions.some((r) => r.reference.trim() || r.title.trim()) || this.draft.resolutions.length > 1;
    if (!started) this.draft = fresh;
    else if (/^Chương trình, kế hoạch công tác dân vận năm \d+$/.test(this.draft.title)) this.draft.title = fresh.title;
  }

  protected addResolution(): void {
    this.draft.resolutions = [...this.draft.resolutions, { kind: 'peoples_council', reference: '', title: '' }];
  }

  protected async createPlan(): Promise<void> {
    await this.ctx.run('bloc.plan.created', async () =>
      this.plan.set(
        await firstValueFrom(
          this.api.createPlan({
            communeId: this.ctx.query(),
            year: Number(this.year),
            title: this.draft.title,
            resolutions: this.draft.resolutions,
          }),
        ),
      ),
    );
  }

  protected async addTask(form: NgForm): Promise<void> {
    const plan = this.plan();
    if (!plan || form.invalid) return;
    const ok = await this.ctx.run('bloc.task.added', async () => this.plan.set(await firstValueFrom(this.api.addTask(plan.id, this.task))));
    if (ok) {
      this.task = {
        content: '',
        resolutionId: this.task.resolutionId,
        ownerMemberId: '',
        dueDate: '',
      };
      form.resetForm(this.task);
    }
  }

  protected async report(taskId: string, status: 'in_progress' | 'done'): Promise<void> {
    const plan = this.plan();
    if (!plan) return;
    await this.ctx.run('bloc.task.reported', async () =>
      this.plan.set(await firstValueFrom(this.api.reportTask(plan.id, taskId, { status }))),
    );
  }
}
