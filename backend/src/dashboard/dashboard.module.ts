import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { DashboardController } from './dashboard.controller';
import { HotSpotsService } from './hot-spots.service';
import { OverviewService } from './overview.service';
import { ReportFactsReader } from './reports/report-facts.reader';
import { ReportsService } from './reports.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DASHBOARD_ENTITIES } from './hot-spot.entity';

/** The `dashboard` bounded context: the leader overview, hot spots with the weekly digest, and the periodic reports. */
@Module({
  imports: [TypeOrmModule.forFeature(DASHBOARD_ENTITIES), CasesModule, NotificationsModule],
  controllers: [DashboardController],
  providers: [OverviewService, ReportsService, ReportFactsReader, HotSpotsService],
  exports: [HotSpotsService],
})
export class DashboardModule {}
