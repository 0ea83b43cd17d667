import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BlocReviewDto, MemberEvaluationDto, ReviewFiguresDto, ReviewKind } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { agencyNameSql, agencyProvinceSql } from '../../organisation/organisation-read-model';
import { Clock } from '../../platform/clock/clock';
import { renderPdf } from '../../platform/documents/pdf-document';
import { inReach, type BlocArea } from './bloc-access';
import { reviewPdf, reviewWorkbook, type BlocFile } from './bloc-documents';
import { BlocErrors } from './bloc.errors';
import { BlocService } from './bloc.service';
import type { CreateReviewDto } from './dto/bloc.dto';
import { EvaluationService } from './evaluation.service';
import { addMonths, compliance } from './meeting-compliance';
import { quarterPeriod } from './bloc-periods';
import { SentimentReportService } from './sentiment-report.service';

interface ReviewRow {
  id: string;
  commune_id: string;
  commune_name: string;
  province_id: string;
  year: number;
  kind: ReviewKind;
  held_on: string;
  summary: string;
  shortcomings: string | null;
  directions: string | null;
  figures: ReviewFiguresDto;
  evaluations: MemberEvaluationDto[];
}

const REVIEW_SQL = `SELECT r.id, r.commune_id, ${agencyNameSql('r.commune_id')} AS commune_name, ${agencyProvinceSql('r.commune_id')} AS province_id,
    r.year, r.kind, r.held_on::text AS held_on, r.summary, r.shortcomings, r.directions, r.figures, r.evaluations
  FROM bloc_reviews r`;

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
    const rows: ReviewRow[] = await this.db.query(
      `${REVIEW_SQL} WHERE r.commune_id = $1 AND ($2::int IS NULL OR r.year = $2) ORDER BY r.year DESC, r.kind DESC`,
      [area.communeId, year ?? null],
    );
    return rows.map(toDto);
  }

  async create(actor: Actor, body: CreateReviewDto): Promise<BlocReviewDto> {
    const area = await this.bloc.headArea(actor, body.communeId);
    if (body.heldOn > this.bloc.today())
      throw BlocErrors.invalid('heldOn', 'Ngày hội nghị không được ở tương lai', 'The review cannot be in the future');
    const [figures, evaluations] = await Promise.all([
      this.figures(area, body.year, body.kind),
      this.evaluation.evaluate(area.communeId, body.year, body.kind),
    ]);
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO bloc_reviews (commune_id, year, kind, held_on, summary, shortcomings, directions, figures, evaluations, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (commune_id, year, kind) DO NOTHING RETURNING id`,
      [
        area.communeId,
        body.year,
        body.kind,
        body.heldOn,
        body.summary.trim(),
        body.shortcomings?.trim() || null,
        body.directions?.trim() || null,
        JSON.stringify(figures),
        JSON.stringify(evaluations),
        actor.userId,
        this.clock.now(),
      ],
    );
    if (!rows[0]) throw BlocErrors.conflict('Khối đã có báo cáo của kỳ này', 'The bloc already reviewed this period');
    return this.review(actor, rows[0].id);
  }

  async review(actor: Actor, id: string): Promise<BlocReviewDto> {
    const rows: ReviewRow[] = await this.db.query(`${REVIEW_SQL} WHERE r.id = $1`, [id]);
    const row = rows[0];
    if (
      !row ||
      !inReach(actor, {
        communeId: row.commune_id,
        provinceId: row.province_id,
      })
    )
      throw BlocErrors.notFound();
    return toDto(row);
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
    const [[counts], teams] = await Promise.all([
      this.db.query(
        `SELECT
           (SELECT count(*)::int FROM bloc_members WHERE commune_id = $1 AND term_start <= $4::date AND (term_end IS NULL OR term_end >= $4::date)) AS members,
           (SELECT count(*)::int FROM bloc_briefings WHERE commune_id = $1 AND held_on BETWEEN $2::date AND $4::date) AS briefings,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $3::date) AS tasks,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $4::date) AS due,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $3::date AND k.status = 'done') AS done,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $3::date AND k.status = 'done' AND k.done_on <= k.due_date) AS on_time,
           (SELECT count(*)::int FROM bloc_plan_tasks k JOIN bloc_plans p ON p.id = k.plan_id WHERE p.commune_id = $1 AND k.due_date BETWEEN $2::date AND $4::date AND k.status <> 'done' AND k.due_date < $5::date) AS overdue,
           (SELECT count(*)::int FROM team_meetings m JOIN mobilization_teams t ON t.id = m.team_id WHERE t.commune_id = $1 AND m.held_on BETWEEN $2::date AND $4::date) AS meetings,
           (SELECT count(*)::int FROM team_inspections WHERE commune_id = $1 AND month BETWEEN $6 AND $7) AS inspections,
           (SELECT count(*)::int FROM good_practices WHERE commune_id = $1 AND year = $8) AS nominated,
           (SELECT count(*)::int FROM good_practices WHERE commune_id = $1 AND year = $8 AND status = 'recognised') AS recognised`,
        [c, from, to, upTo, this.bloc.today(), from.slice(0, 7), upTo.slice(0, 7), year],
      ) as Promise<Record<string, number>[]>,
      this.db.query(
        `SELECT t.term_start::text AS term_start, t.term_end::text AS term_end,
           ARRAY(SELECT m.held_on::text FROM team_meetings m WHERE m.team_id = t.id) AS meetings
         FROM mobilization_teams t WHERE t.commune_id = $1`,
        [c],
      ) as Promise<{ term_start: string; term_end: string | null; meetings: string[] }[]>,
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

function toDto(r: ReviewRow): BlocReviewDto {
  return {
    id: r.id,
    communeId: r.commune_id,
    communeName: r.commune_name,
    year: r.year,
    kind: r.kind,
    heldOn: r.held_on,
    summary: r.summary,
    shortcomings: r.shortcomings,
    directions: r.directions,
    figures: r.figures,
    evaluations: r.evaluations,
  };
}
