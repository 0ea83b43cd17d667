import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BlocReviewDto, ReviewFiguresDto, ReviewKind } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { Clock } from '../../platform/clock/clock';
import { renderPdf } from '../../platform/documents/pdf-document';
import { inReach, type BlocArea } from './bloc-access';
import { reviewPdf, reviewWorkbook, type BlocFile } from './bloc-documents';
import { BlocErrors } from './bloc.errors';
import { reviewById, reviewCounts, reviewsOf, teamMeetingDays } from './bloc-reports.read-model';
import { insertReview } from './bloc.repository';
import { BlocService } from './bloc.service';
import type { CreateReviewDto } from './dto/bloc.dto';
import { EvaluationService } from './evaluation.service';
import { addMonths, compliance } from './meeting-compliance';
import { quarterPeriod } from './bloc-periods';
import { SentimentReportService } from './sentiment-report.service';

/**
 * Mid-year and year-end reviews (sơ kết, tổng kết) of the bloc's work: the head writes the results, shortcomings and
 * directions; the period's figures and the member evaluations are computed from the records and frozen with it.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly bloc: BlocService,
    private readonly evaluation: EvaluationService,
    private readonly sentiment: SentimentReportService,
  ) {}

  async reviews(actor: Actor, communeId?: string, year?: number): Promise<BlocReviewDto[]> {
    const area = await this.bloc.area(actor, communeId);
    return reviewsOf(this.db.manager, area.communeId, year ?? null);
  }

  async create(actor: Actor, body: CreateReviewDto): Promise<BlocReviewDto> {
    const area = await this.bloc.headArea(actor, body.communeId);
    if (body.heldOn > this.bloc.today())
      throw BlocErrors.invalid('heldOn', 'Ngày hội nghị không được ở tương lai', 'The review cannot be in the future');
    const [figures, evaluations] = await Promise.all([
      this.figures(area, body.year, body.kind),
      this.evaluation.evaluate(area.communeId, body.year, body.kind),
    ]);
    const id = await insertReview(this.db.manager, {
      communeId: area.communeId,
      year: body.year,
      kind: body.kind,
      heldOn: body.heldOn,
      summary: body.summary.trim(),
      shortcomings: body.shortcomings?.trim() || null,
      directions: body.directions?.trim() || null,
      figures: JSON.stringify(figures),
      evaluations: JSON.stringify(evaluations),
      createdBy: actor.userId,
      createdAt: this.clock.now(),
    });
    if (!id) throw BlocErrors.conflict('Khối đã có báo cáo của kỳ này', 'The bloc already reviewed this period');
    return this.review(actor, id);
  }

  async review(actor: Actor, id: string): Promise<BlocReviewDto> {
    const found = await reviewById(this.db.manager, id);
    if (
      !found ||
      !inReach(actor, {
        communeId: found.review.communeId,
        provinceId: found.provinceId,
      })
    )
      throw BlocErrors.notFound();
    return found.review;
  }

  async pdf(actor: Actor, id: string): Promise<BlocFile> {
    const review = await this.review(actor, id);
    return {
      fileName: fileName(review, 'pdf'),
      content: await renderPdf(reviewPdf(review)),
    };
  }

  async workbook(actor: Actor, id: string): Promise<BlocFile> {
    const review = await this.review(actor, id);
    return {
      fileName: fileName(review, 'xlsx'),
      content: await reviewWorkbook(review),
    };
  }

  /** The period's figures, from the records, as of today. */
  private async figures(area: BlocArea, year: number, kind: ReviewKind): Promise<ReviewFiguresDto> {
    const { from, to, upTo } = this.evaluation.judged(year, kind);
    const c = area.communeId;
    const lastComplete = addMonths(this.bloc.today().slice(0, 7), -1);
    const [counts, teams] = await Promise.all([
      reviewCounts(this.db.manager, c, {
        from,
        to,
        upTo,
        today: this.bloc.today(),
        fromMonth: from.slice(0, 7),
        upToMonth: upTo.slice(0, 7),
        year,
      }),
      teamMeetingDays(this.db.manager, c),
    ]);
    const monthsMissed = teams
      .flatMap(
        (t) =>
          compliance(
            {
              termStart: t.term_start,
              termEnd: t.term_end,
              meetings: t.meetings,
            },
            lastComplete,
          ).missed,
      )
      .filter((m) => m >= from.slice(0, 7) && m <= upTo.slice(0, 7)).length;
    let sentimentItems = 0;
    let tensions = 0;
    for (let quarter = 1; quarter <= 4; quarter++) {
      const q = quarterPeriod(year, quarter);
      if (q.to > to || q.from > upTo) continue;
      const report = await this.sentiment.build(area, { year, quarter });
      sentimentItems += report.totalItems;
      tensions += report.tensions.length;
    }
    return {
      from,
      to,
      members: counts.members,
      briefings: counts.briefings,
      planTasks: {
        total: counts.tasks,
        due: counts.due,
        done: counts.done,
        onTime: counts.on_time,
        overdue: counts.overdue,
      },
      teams: {
        count: teams.length,
        meetings: counts.meetings,
        monthsMissed,
        inspections: counts.inspections,
      },
      sentimentItems,
      tensions,
      goodPractices: {
        nominated: counts.nominated,
        recognised: counts.recognised,
      },
    };
  }
}

const fileName = (r: BlocReviewDto, ext: string) => `${r.kind === 'mid_year' ? 'so-ket-6-thang' : 'tong-ket-nam'}-${r.year}.${ext}`;
