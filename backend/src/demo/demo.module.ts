import { Controller, Get, Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../platform/clock/clock';
import { APP_CONFIG, AppConfig } from '../platform/config/app-config';
import { AppError } from '../platform/errors/app-error';
import { Public } from '../platform/http/public.decorator';
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
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!isDemoMode(this.config)) return;
    const result = await seedDemoData(this.db, this.clock.now());
    if (result.loaded) this.logger.log('Demo data loaded into the empty database');
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

@Module({ controllers: [DemoController], providers: [DemoDataLoader] })
export class DemoModule {}
