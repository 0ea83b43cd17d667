import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule, type NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  EVALUATION_GRADE_LABELS,
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
  type BlocReviewDto,
  type MemberEvaluationDto,
  type ReviewKind,
} from '@tiep-dan/contracts';
import { firstValueFrom } from 'rxjs';
import { BlocApi } from '../core/api/bloc.api';
import { TranslatePipe } from '../core/i18n/translate.pipe';
import { vietnamToday } from '../dialogues/dialogue-labels';
import { BlocContext, saveBlob } from './bloc-context';
import { ScrollRegion } from '../shared/ui/scroll-region';

/** Each member evaluated against the criteria, and the mid-year and year-end reviews (PDF, Excel). */
@Component({
  selector: 'app-reviews-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollRegion, DatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  templateUrl: './reviews-tab.html',
  styleUrl: './bloc.scss',
})
export class ReviewsTab {
  protected readonly ctx = inject(BlocContext);
  private readonly api = inject(BlocApi);
  protected readonly kinds = REVIEW_KINDS;
  protected readonly kindLabels = REVIEW_KIND_LABELS;
  protected readonly gradeLabels = EVALUATION_GRADE_LABELS;
  protected readonly evaluations = signal<MemberEvaluationDto[]>([]);
  protected readonly reviews = signal<BlocReviewDto[]>([]);
  protected year = Number(vietnamToday().slice(0, 4));
  protected kind: ReviewKind = Number(vietnamToday().slice(5, 7)) > 6 ? 'year_end' : 'mid_year';
  protected draft = {
    heldOn: vietnamToday(),
    summary: '',
    shortcomings: '',
    directions: '',
  };

  constructor() {
    effect(() => {
      this.ctx.communeId();
      untracked(() => void this.load());
    });
  }

  protected async load(): Promise<void> {
    const q = this.ctx.query();
    const [evaluations, reviews] = await Promise.all([
      firstValueFrom(this.api.evaluations(Number(this.year), this.kind, q)).catch((): MemberEvaluationDto[] => []),
      firstValueFrom(this.api.reviews(q)).catch((): BlocReviewDto[] => []),
    ]);
    this.evaluations.set(evaluations);
    this.reviews.set(reviews);
  }

  protected async create(form: NgForm): Promise<void> {
    if (form.invalid) return;
    const d = this.draft;
    const ok = await this.ctx.run('bloc.review.saved', () =>
      firstValueFrom(
        this.api.createReview({
          communeId: this.ctx.query(),
          year: Number(this.year),
          kind: this.kind,
          heldOn: d.heldOn,
          summary: d.summary,
          ...(d.shortcomings.trim() ? { shortcomings: d.shortcomings } : {}),
          ...(d.directions.trim() ? { directions: d.directions } : {}),
        }),
      ),
    );
    if (ok) {
      this.draft = {
        heldOn: vietnamToday(),
        summary: '',
        shortcomings: '',
        directions: '',
      };
      form.resetForm(this.draft);
      await this.load();
    }
  }

  protected async download(review: BlocReviewDto, kind: 'pdf' | 'xlsx'): Promise<void> {
    await this.ctx.run(null, async () =>
      saveBlob(
        await firstValueFrom(this.api.reviewFile(review.id, kind)),
        `${review.kind === 'mid_year' ? 'so-ket-6-thang' : 'tong-ket-nam'}-${review.year}.${kind}`,
      ),
    );
  }
}
