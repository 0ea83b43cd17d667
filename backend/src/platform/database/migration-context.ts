import type { FileStore } from '../storage/file-store';

/**
 * What a data migration may need beyond the database: the app's file store (moving files in or out of tables). Set by
 * `runMigrations` for the duration of one run; a migration that finds it missing while it has files to move stops
 * with a clear error instead of guessing where the files go.
 */
export interface MigrationContext {
  files?: FileStore;
}

let current: MigrationContext = {};

export function migrationContext(): MigrationContext {
  return current;
}

export async function withMigrationContext<T>(context: MigrationContext, run: () => Promise<T>): Promise<T> {
  const previous = current;
  current = context;
  try {
    return await run();
  } finally {
    current = previous;
  }
}

export function migrationFiles(migration: string): FileStore {
  const files = current.files;
  if (!files) throw new Error(`${migration} moves files: run it through runMigrations with the app's file store (DATA_DIR)`);
  return files;
}
