import { DataSourceOptions } from 'typeorm';
import { ENTITIES, MIGRATIONS } from './schema';

/** One set of options for the app, the migration command and the tests: only the URL differs. */
export function dataSourceOptions(
  url: string,
  poolSize: number,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // Schema changes go through migrations only (STYLE.md habit 7).
    synchronize: false,
    // TypeORM's logger prints failed queries with their parameters (names, ID numbers, phones): never turn it on.
    logging: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  };
}
