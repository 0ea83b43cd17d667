import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { CasesModule } from './cases/cases.module';
import { NotificationsModule } from './notifications/notifications.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DialoguesModule } from './dialogues/dialogues.module';
import { MobilizationModule } from './mobilization/mobilization.module';
import { ReceptionModule } from './reception/reception.module';
import { LettersModule } from './letters/letters.module';
import { CitizensModule } from './citizens/citizens.module';
import { Open311Module } from './open311/open311.module';
import { DemoModule } from './demo/demo.module';
import { OrganisationModule } from './organisation/organisation.module';
import { HistoryModule } from './platform/history/history.module';
import { PlatformModule, PlatformOptions } from './platform/platform.module';

@Module({})
export class AppModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(options),
        OrganisationModule,
        AccessModule,
        NotificationsModule,
        CasesModule,
        ReceptionModule,
        LettersModule,
        CitizensModule,
        Open311Module,
        DashboardModule,
        DialoguesModule,
        MobilizationModule,
        DemoModule,
        HistoryModule,
      ],
    };
  }
}
