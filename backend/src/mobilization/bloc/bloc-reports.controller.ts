import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { BlocReviewDto, MemberEvaluationDto, SentimentReportDto } from '@tiep-dan/contracts';
import type { Actor } from '../../access/actor';
import { Allow, CurrentActor } from '../../access/auth.guard';
import { uuidParam } from '../../platform/http/uuid-param.pipe';
import { download, PDF, XLSX } from './bloc-roles';
import { CreateReviewDto, EvaluationQueryDto, SentimentReportQueryDto, YearQueryDto } from './dto/bloc.dto';
import { EvaluationService } from './evaluation.service';
import { ReviewsService } from './reviews.service';
import { SentimentReportService } from './sentiment-report.service';

/** The bloc's reports: what people think (quarterly), member evaluation, mid-year and year-end reviews. */
@ApiTags('bloc')
@ApiBearerAuth()
@Controller('bloc')
export class BlocReportsController {
  constructor(
    private readonly sentiment: SentimentReportService,
    private readonly evaluation: EvaluationService,
    private readonly reviews: ReviewsService,
  ) {}

  @Get('sentiment-report')
  @Allow('bloc.read')
  sentimentReport(@CurrentActor() actor: Actor, @Query() query: SentimentReportQueryDto): Promise<SentimentReportDto> {
    return this.sentiment.report(actor, query);
  }

  @Get('sentiment-report.pdf')
  @Allow('bloc.read')
  @ApiProduces(PDF)
  async sentimentReportPdf(@CurrentActor() actor: Actor, @Query() query: SentimentReportQueryDto): Promise<StreamableFile> {
    return download(await this.sentiment.pdf(actor, query), PDF);
  }

  @Get('sentiment-report.xlsx')
  @Allow('bloc.read')
  @ApiProduces(XLSX)
  async sentimentReportXlsx(@CurrentActor() actor: Actor, @Query() query: SentimentReportQueryDto): Promise<StreamableFile> {
    return download(await this.sentiment.workbook(actor, query), XLSX);
  }

  @Get('evaluations')
  @Allow('bloc.read')
  evaluations(@CurrentActor() actor: Actor, @Query() query: EvaluationQueryDto): Promise<MemberEvaluationDto[]> {
    return this.evaluation.evaluations(actor, query);
  }

  @Get('reviews')
  @Allow('bloc.read')
  listReviews(@CurrentActor() actor: Actor, @Query() query: YearQueryDto): Promise<BlocReviewDto[]> {
    return this.reviews.reviews(actor, query.communeId, query.year);
  }

  @Post('reviews')
  @Allow('bloc.lead')
  createReview(@CurrentActor() actor: Actor, @Body() body: CreateReviewDto): Promise<BlocReviewDto> {
    return this.reviews.create(actor, body);
  }

  @Get('reviews/:id')
  @Allow('bloc.read')
  review(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<BlocReviewDto> {
    return this.reviews.review(actor, id);
  }

  @Get('reviews/:id/document.pdf')
  @Allow('bloc.read')
  @ApiProduces(PDF)
  async reviewPdf(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<StreamableFile> {
    return download(await this.reviews.pdf(actor, id), PDF);
  }

  @Get('reviews/:id/document.xlsx')
  @Allow('bloc.read')
  @ApiProduces(XLSX)
  async reviewXlsx(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<StreamableFile> {
    return download(await this.reviews.workbook(actor, id), XLSX);
  }
}
