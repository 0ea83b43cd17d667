import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { LettersModule } from '../letters/letters.module';
import { NOTICE_SENDERS } from '../notifications/channels/notice-channel';
import { noticeSenders } from '../notifications/channels/notice-senders';
import { NotificationsModule } from '../notifications/notifications.module';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { CaseRatingsService } from './case-ratings.service';
import { CitizenNoticesService } from './citizen-notices.service';
import { CitizenNoticesController, RatingsController } from './citizens.controller';
import { NoticeDelivery } from './notice-delivery';
import { OnlinePetitionsController } from './online-petitions.controller';
import { OnlineIntakeService } from './online-intake.service';
import { OnlinePetitionsService } from './online-petitions.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CITIZEN_ENTITIES } from './citizen.entities';

/**
 * The `citizens` bounded context: the public petition form, the citizens' contacts and the notices that reach them
 * outside the app (e-mail, SMS, Zalo), and their ratings of the answers.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CITIZEN_ENTITIES), CasesModule, LettersModule, NotificationsModule],
  controllers: [OnlinePetitionsController, CitizenNoticesController, RatingsController],
  providers: [
    OnlinePetitionsService,
    OnlineIntakeService,
    CitizenNoticesService,
    NoticeDelivery,
    CaseRatingsService,
    {
      provide: NOTICE_SENDERS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => noticeSenders(config.citizens),
    },
  ],
  exports: [OnlineIntakeService, CaseRatingsService],
})
export class CitizensModule {}
