import { Controller, Get, Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../platform/clock/clock';
import { APP_CONFIG, AppConfig } from '../platform/config/app-config';
import { AppError } from '../platform/errors/app-error';
import { Public } from '../platform/http/public.decorator';
import { AccessModule } from '../access/access.module';
import { CasesModule } from '../cases/cases.module';
import { DialoguesModule } from '../dialogues/dialogues.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { ReceptionModule } from '../reception/reception.module';
import { LettersModule } from '../letters/letters.module';
import { DemoCaseReplay } from './demo-cases';
import { seedDemoData } from './demo-data';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-organisation';

export interface DemoAccountsResponse {
  password: string;
  accounts: { username: string; fullName: string; role: Role; purpose: { vi: string; en: string } }[];
}

/** Demo mode: DEMO_DATA on (the default outside production). Production never loads or shows demo accounts. */
export function isDemoMode(config: AppConfig): boolean {
  return config.demoData && config.mode !== 'production';
}

@Injectable()
export class DemoDataLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cases: DemoCaseReplay,
  ) {}

  /**
   * The organisation and accounts first (one transaction of plain inserts), then, once that has committed, the weeks of
   * demo cases replayed through the services (DEMO_CASES), so they are recorded exactly as users' work would be.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!isDemoMode(this.config)) return;
    const result = await seedDemoData(this.db, this.clock.now());
    if (result.loaded) this.logger.log('Demo data loaded into the empty database');
    if (!this.config.demoCases) return;
    const replayed = await this.cases.load();
    if (replayed.loaded) this.logger.log(`Demo cases replayed: ${replayed.cases} cases, ${replayed.steps} steps in ${replayed.ms} ms`);
  }
}

@ApiTags('demo')
@Controller('demo')
export class DemoController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The login page lists these in demo mode only; otherwise the route does not exist (404). */
  @Get('accounts')
  @Public()
  @ApiOkResponse({ description: 'Demo accounts and their shared password (demo mode only)' })
  accounts(): DemoAccountsResponse {
    if (!isDemoMode(this.config)) throw new AppError('NOT_FOUND', 404, { vi: 'Không tìm thấy', en: 'Not found' });
    return {
      password: DEMO_PASSWORD,
      accounts: DEMO_USERS.map((u) => ({ username: u.username, fullName: u.fullName, role: u.role, purpose: u.purpose })),
    };
  }
}

@Module({
  imports: [AccessModule, OrganisationModule, NotificationsModule, CasesModule, ReceptionModule, DialoguesModule, LettersModule],
  controllers: [DemoController],
  providers: [DemoDataLoader, DemoCaseReplay],
})
export class DemoModule {}
