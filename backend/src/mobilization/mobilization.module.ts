import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { DialoguesModule } from '../dialogues/dialogues.module';
import { BlocBriefingsService } from './bloc/bloc-briefings.service';
import { BlocOversightController } from './bloc/bloc-oversight.controller';
import { BlocPlansService } from './bloc/bloc-plans.service';
import { BlocReportsController } from './bloc/bloc-reports.controller';
import { BlocController } from './bloc/bloc.controller';
import { BlocService } from './bloc/bloc.service';
import { EvaluationService } from './bloc/evaluation.service';
import { FocusService } from './bloc/focus.service';
import { GoodPracticesService } from './bloc/good-practices.service';
import { OversightService } from './bloc/oversight.service';
import { ReviewsService } from './bloc/reviews.service';
import { SentimentReportService } from './bloc/sentiment-report.service';
import { MobilizationController } from './mobilization.controller';
import { MobilizationService } from './mobilization.service';
import { ScorecardService } from './scorecard.service';
import { TeamMeetingsService } from './team-meetings.service';
import { TeamOpinionsService } from './team-opinions.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BLOC_ENTITIES } from './bloc/bloc.entity';
import { OVERSIGHT_ENTITIES } from './bloc/oversight.entity';
import { MOBILIZATION_ENTITIES } from './team.entity';

/**
 * The `mobilization` bounded context: neighbourhood mobilization teams (meetings, scorecards, ranking) and, in
 * `bloc/`, the commune's mobilization bloc around them (plan, briefings, what people think, inspection, focused
 * villages, member evaluation, reviews, "Dân vận khéo").
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([...MOBILIZATION_ENTITIES, ...BLOC_ENTITIES, ...OVERSIGHT_ENTITIES]),
    CasesModule,
    DialoguesModule,
    DashboardModule,
  ],
  controllers: [MobilizationController, BlocController, BlocReportsController, BlocOversightController],
  providers: [
    MobilizationService,
    TeamMeetingsService,
    TeamOpinionsService,
    ScorecardService,
    BlocService,
    BlocPlansService,
    BlocBriefingsService,
    SentimentReportService,
    EvaluationService,
    ReviewsService,
    OversightService,
    FocusService,
    GoodPracticesService,
  ],
  exports: [MobilizationService],
})
export class MobilizationModule {}
