import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import { createApp, RunningApp } from '../../src/bootstrap';
import { ManualClock } from '../../src/platform/clock/clock';
import { AppConfig, loadConfig } from '../../src/platform/config/app-config';
import { DatabaseServer } from '../../src/platform/database/database-server';
import { TestDatabase } from './test-database';

export interface TestApp extends RunningApp {
  config: AppConfig;
  clock: ManualClock;
  /** Stops the app, drops the test database and removes the temporary data folder. */
  dispose(): Promise<void>;
}

/** The whole Nest app, as `npm start` builds it, on a fresh test database and a clock the test controls. */
export interface TestAppOptions {
  /** Where the app's log lines go (tests that read the logs); LOG_LEVEL in `env` decides how much is written. */
  logStream?: DestinationStream;
}

/** `env` may depend on the database the run got (its URL, for settings that name it: DATABASE_REPLICA_URLS). */
export async function startTestApp(
  db: TestDatabase,
  env: Record<string, string> | ((database: DatabaseServer) => Record<string, string>) = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-int-'));
  const database: DatabaseServer = await db.start();
  const settings = typeof env === 'function' ? env(database) : env;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    FRONTEND_DIR: join(dataDir, 'no-frontend'),
    LOG_LEVEL: 'silent',
    TRUST_PROXY: 'loopback',
    ...settings,
  });
  const clock = new ManualClock();
  const running = await createApp(config, { clock, database, logStream: options.logStream });
  return {
    ...running,
    config,
    clock,
    async dispose() {
      await running.close();
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
