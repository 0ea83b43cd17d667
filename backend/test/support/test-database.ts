import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DatabaseServer, startDatabaseServer } from '../../src/platform/database/database-server';

/** A database the integration tests own for one run: created fresh, dropped afterwards. */
export interface TestDatabase {
  /** Shown in test names: `pglite` or `postgres`. */
  kind: 'pglite' | 'postgres';
  start(): Promise<DatabaseServer>;
}

const pglite: TestDatabase = {
  kind: 'pglite',
  start: () => startDatabaseServer({ databaseUrl: undefined, dataDir: '', dbPoolSize: 10 }, { inMemory: true }),
};

/**
 * A new database on the real server named by TEST_DATABASE_URL. The server keeps whatever earlier runs left, so each
 * run works in its own database and drops it (WITH FORCE closes connections a failed test left open).
 */
function postgres(adminUrl: string): TestDatabase {
  return {
    kind: 'postgres',
    async start() {
      const name = `tiepdan_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        mode: 'external',
        url: url.toString(),
        async stop() {
          const drop = new Client({ connectionString: adminUrl });
          await drop.connect();
          await drop.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await drop.end();
        },
      };
    },
  };
}

/** Embedded PGlite always; the real PostgreSQL as well when TEST_DATABASE_URL is set (CI sets it). */
export function testDatabases(): TestDatabase[] {
  const url = process.env['TEST_DATABASE_URL'];
  return url ? [pglite, postgres(url)] : [pglite];
}
