/**
 * `npm run db:seed`: applies migrations, then loads the demo data into an empty database.
 * `npm run db:migrate`: applies pending migrations to the configured database (embedded in DATA_DIR, or DATABASE_URL).
 * `npm run db:check`: fails when the entities and the migrations disagree (prints the SQL that is missing).
 * It sits beside `main.ts`: like the app, it is a composition root that knows every context (`APP_ENTITIES`).
 */
import { DataSource } from 'typeorm';
import { APP_ENTITIES } from './app.entities';
import { seedDemoData } from './demo/demo-data';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { dataSourceOptions } from './platform/database/data-source-options';
import { startDatabaseServer } from './platform/database/database-server';
import { DataDirInUseError } from './platform/database/embedded-postgres';
import { pendingSchemaChanges, runMigrations } from './platform/database/migrate';
import { fileStoreOf } from './platform/storage/file-store';

async function main(command: string | undefined): Promise<number> {
  if (command !== 'migrate' && command !== 'check' && command !== 'seed') {
    console.error('Usage: db.cli.ts migrate|check|seed');
    return 2;
  }
  const config = loadConfig();
  const server = await startDatabaseServer(config);
  try {
    const applied = await runMigrations(server, {
      files: fileStoreOf(config.dataDir),
    });
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
    if (command === 'check') {
      const missing = await pendingSchemaChanges(server.url, APP_ENTITIES);
      if (missing.length) {
        console.error(`Entities and migrations disagree; a migration is missing for:\n${missing.join(';\n')}`);
        return 1;
      }
      console.log('Entities and migrations agree.');
    }
    if (command === 'seed') {
      const db = new DataSource(dataSourceOptions(server.url, 2, [], APP_ENTITIES));
      await db.initialize();
      try {
        const result = await seedDemoData(db, new Date());
        console.log(
          result.loaded
            ? 'Demo data loaded (the demo cases are replayed through the services at the next start).'
            : `Demo data not loaded: ${result.reason}.`,
        );
      } finally {
        await db.destroy();
      }
    }
    return 0;
  } finally {
    await server.stop();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DataDirInUseError) console.error(`Configuration error: ${error.message}`);
    else console.error(error);
    process.exit(1);
  },
);
