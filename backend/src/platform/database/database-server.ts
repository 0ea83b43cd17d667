import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig, ConfigError } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';

/** Where the database lives for this process: the one code path for embedded and real PostgreSQL. */
export interface DatabaseServer {
  mode: 'embedded' | 'external';
  url: string;
  /** Embedded: flushes and closes PGlite. External: nothing to do (the pool is closed by TypeORM). */
  stop(): Promise<void>;
}

export const DATABASE_SERVER = Symbol('DATABASE_SERVER');

/** Embedded database files live here, below the data folder. */
export function embeddedDataDir(config: Pick<AppConfig, 'dataDir'>): string {
  return join(config.dataDir, 'pgdata');
}

/** Connects once to fail fast with one clear line when the server is unreachable or refuses us. */
async function probe(url: string): Promise<void> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const safe = new URL(url);
    safe.password = safe.password ? '***' : '';
    throw new ConfigError('DATABASE_URL', `cannot connect to ${safe.toString()} (${e.code ?? e.message})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startDatabaseServer(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'dbPoolSize'>,
  options: { inMemory?: boolean } = {},
): Promise<DatabaseServer> {
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    await probe(url);
    return { mode: 'external', url, stop: async () => undefined };
  }
  // Headroom over the pool for the migration runner and health checks that open their own connection.
  const embedded = await EmbeddedPostgres.start(options.inMemory ? undefined : embeddedDataDir(config), config.dbPoolSize + 4);
  return { mode: 'embedded', url: embedded.url, stop: () => embedded.stop() };
}
