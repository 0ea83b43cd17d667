import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { IdentityCipher } from '../platform/crypto/identity-cipher';
import { registerHistoryTable } from '../platform/history/history-partitions';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { CaseEngine } from './case-engine';
import { CASE_EVENTS_HISTORY } from './case-events-history';
import { CaseEventsService } from './case-events.service';
import { CaseReader } from './case-reader';
import { HandoffService } from './handoffs.service';
import { IdentityRevealService } from './identity-reveal.service';
import { CaseNoticesController } from './case-notices.controller';
import { CaseNoticesService } from './case-notices.service';
import { CasesController } from './cases.controller';
import { CaseStatistics } from './case-statistics';
import { CasesService } from './cases.service';
import { DeadlineRulesController } from './deadline-rules.controller';
import { DeadlineSweeper } from './deadline-sweeper';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';
import { RemindersService } from './reminders.service';
import { IntakeService } from './intake.service';
import { OpinionIntakeService } from './opinion-intake.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CASES_ENTITIES } from './cases.entities';

@Module({
  imports: [TypeOrmModule.forFeature(CASES_ENTITIES), AccessModule, NotificationsModule, OrganisationModule],
  controllers: [CasesController, AttachmentsController, DeadlineRulesController, InboxController, CaseNoticesController],
  providers: [
    CaseEngine,
    IntakeService,
    OpinionIntakeService,
    HandoffService,
    CaseReader,
    CaseEventsService,
    IdentityRevealService,
    CasesService,
    AttachmentsService,
    DeadlineSweeper,
    InboxService,
    CaseNoticesService,
    CaseStatistics,
    RemindersService,
    { provide: IdentityCipher, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new IdentityCipher(config.secrets.identityKey) },
  ],
  exports: [
    CasesService,
    IntakeService,
    OpinionIntakeService,
    HandoffService,
    CaseEngine,
    DeadlineSweeper,
    AttachmentsService,
    CaseStatistics,
  ],
})
export class CasesModule {
  constructor() {
    // The case history is partitioned by month: the platform's history job keeps its partitions.
    registerHistoryTable(CASE_EVENTS_HISTORY);
  }
}
