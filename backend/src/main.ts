import { ConfigError, loadConfig } from './platform/config/app-config';
import { DataDirInUseError } from './platform/database/embedded-postgres';
import { createApp, RunningApp } from './bootstrap';

/** Problems a user can fix: one clear line, no stack trace. */
function fail(error: unknown): never {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof DataDirInUseError) console.error(`Configuration error: DATA_DIR: ${error.message}`);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error(`Configuration error: PORT: ${(error as Error).message}`);
  else console.error('Start-up failed:', error);
  process.exit(1);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const starting = createApp(config);
  let stopping = false;
  // A signal during start-up waits for the start to finish, then closes: the embedded database is never left open.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests, closing the database`);
    try {
      await (await starting).close();
      process.exit(0);
    } catch (error) {
      fail(error);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const running: RunningApp = await starting;
  if (stopping) return;
  await running.app.listen(config.port, config.host);
  const url = (await running.app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
  console.log(`Tiếp Dân is running on ${url} (database: ${running.database.mode})`);
}

main().catch(fail);
