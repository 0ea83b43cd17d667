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

export async function startTestApp(db: TestDatabase, env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-int-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, FRONTEND_DIR: join(dataDir, 'no-frontend'), LOG_LEVEL: 'silent', TRUST_PROXY: 'loopback', ...env });
  const database: DatabaseServer = await db.start();
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
