/** Prints the SQL that would bring a fresh, migrated embedded database in line with the entities (to write a migration). */
import { startDatabaseServer } from '../backend/src/platform/database/database-server';
import { pendingSchemaChanges, runMigrations } from '../backend/src/platform/database/migrate';

(async () => {
  const server = await startDatabaseServer({ databaseUrl: process.env['DATABASE_URL'], dataDir: '', dbPoolSize: 2 }, { inMemory: true });
  try {
    await runMigrations(server.url);
    for (const q of await pendingSchemaChanges(server.url)) console.log(`${q};`);
  } finally {
    await server.stop();
  }
})();
