import { DynamicModule, Global, Module, ValidationPipe, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DestinationStream } from 'pino';
import { WORKING_CALENDAR, workingCalendarProvider } from './calendar/working-calendar';
import { Clock, ShiftableClock, SystemClock } from './clock/clock';
import { TestingClockController } from './clock/testing-clock.controller';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { closePdfWorkers } from './documents/pdf-document';
import { PLATFORM_ENTITIES } from './database/platform.entities';
import { DATABASE_SERVER, DatabaseServer } from './database/database-server';
import { ReadDatabase, ReadRoutingInterceptor } from './database/read-database';
import { reachableReplicas, ReplicaSet } from './database/replicas';
import { validationExceptionFactory } from './errors/validation-messages';
import { ProblemFilter } from './errors/problem.filter';
import { HealthController } from './health/health.controller';
import { ControlCharactersPipe } from './http/control-characters.pipe';
import { loggingModule } from './logging/logging.module';
import { JobRunner } from './jobs/job-runner';
import { FILE_STORE, fileStoreOf } from './storage/file-store';
import { RateLimiter } from './throttle/rate-limiter';

export interface PlatformOptions {
  config: AppConfig;
  database: DatabaseServer;
  /** Tests pass a ManualClock. */
  clock?: Clock;
  /** Tests: where log lines go (default: stdout). */
  logStream?: DestinationStream;
}

/** Configuration, database, clock, working calendar, logging, validation and errors: what every context relies on. */
@Global()
@Module({})
export class PlatformModule implements OnApplicationShutdown {
  /** The PDF worker threads end with the app (a later start makes a new pool). */
  async onApplicationShutdown(): Promise<void> {
    await closePdfWorkers();
  }

  static forRoot({ config, database, clock, logStream }: PlatformOptions): DynamicModule {
    const testing = config.testingClock;
    const appClock = clock ?? (testing.enabled ? new ShiftableClock(testing.startAt) : new SystemClock());
    return {
      module: PlatformModule,
      imports: [
        ScheduleModule.forRoot(),
        loggingModule(config, logStream),
        // PGlite is one backend: connections beside an open transaction can queue behind it and deadlock (STACK.md), so
        // the embedded database gets one connection and requests take turns; PostgreSQL gets the configured pool.
        TypeOrmModule.forFeature(PLATFORM_ENTITIES),
        TypeOrmModule.forRootAsync({
          useFactory: async () => ({
            ...dataSourceOptions(
              database.url,
              database.mode === 'embedded' ? 1 : config.dbPoolSize,
              await reachableReplicas(config.databaseReplicaUrls),
            ),
            // Each context's module registers its own tables (TypeOrmModule.forFeature); the platform names none of them.
            autoLoadEntities: true,
          }),
        }),
      ],
      controllers: [HealthController, ...(testing.enabled && appClock instanceof ShiftableClock ? [TestingClockController] : [])],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_SERVER, useValue: database },
        { provide: Clock, useValue: appClock },
        { provide: FILE_STORE, useValue: fileStoreOf(config.dataDir) },
        workingCalendarProvider,
        RateLimiter,
        JobRunner,
        ReplicaSet,
        ReadDatabase,
        { provide: APP_INTERCEPTOR, useClass: ReadRoutingInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Before validation: a control character is refused as such, whatever else is wrong with the value.
        { provide: APP_PIPE, useClass: ControlCharactersPipe },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            exceptionFactory: validationExceptionFactory,
          }),
        },
      ],
      exports: [APP_CONFIG, DATABASE_SERVER, Clock, FILE_STORE, WORKING_CALENDAR, RateLimiter, JobRunner, ReplicaSet, ReadDatabase],
    };
  }
}
