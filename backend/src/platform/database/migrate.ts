import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type EntityList } from './data-source-options';
import type { DatabaseServer } from './database-server';
import { withMigrationContext, type MigrationContext } from './migration-context';

/** Any fixed number: every instance takes the same PostgreSQL advisory lock so only one migrates at a time. */
const MIGRATION_LOCK_ID = 7_364_201;

/**
 * Runs pending migrations, each in its own transaction, and returns the names of those applied. On PostgreSQL the
 * instances starting together take turns: a transaction-scoped advisory lock, taken by a transaction kept open on a
 * connection of its own while the migrations run on another, and released by its COMMIT (or by PostgreSQL when the
 * process dies). Not a session lock: behind pgbouncer in transaction pooling a session lock stays on whichever server
 * connection took it and its unlock may land on another, while an open transaction keeps its server connection.
 * The embedded database is one process's (a lock file guards the folder) and one backend, where a connection waiting
 * beside an open transaction would wait forever (STACK.md): it takes no lock. `context` gives data migrations the app's
 * file store.
 */
export async function runMigrations(database: Pick<DatabaseServer, 'mode' | 'url'>, context: MigrationContext = {}): Promise<string[]> {
  const migrate = async () => {
    const dataSource = new DataSource(dataSourceOptions(database.url, 1));
    await dataSource.initialize();
    try {
      const applied = await withMigrationContext(context, () => dataSource.runMigrations({ transaction: 'each' }));
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  };
  if (database.mode === 'embedded') return migrate();
  const lock = new Client({ connectionString: database.url });
  await lock.connect();
  try {
    await lock.query('BEGIN');
    await lock.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
    return await migrate();
  } finally {
    await lock.query('COMMIT').catch(() => undefined);
    await lock.end();
  }
}

/**
 * SQL TypeORM would run to bring the schema in line with `entities` (every context's: `APP_ENTITIES`): empty when
 * migrations and entities agree.
 */
export async function pendingSchemaChanges(url: string, entities: EntityList): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, 1, [], entities));
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await dataSource.destroy();
  }
}
