import type { DataSourceOptions, EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations-list';

/** Entity classes (or schemas) a data source maps. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = readonly (Function | EntitySchema)[];

/** node-postgres pool settings, the same for the primary and every replica. */
export function poolOptions(poolSize: number): {
  max: number;
  connectionTimeoutMillis: number;
} {
  return { max: poolSize, connectionTimeoutMillis: 10_000 };
}

/**
 * One set of options for the app, the migration command and the tests: only the URL differs. With replicas, TypeORM's
 * replication keeps a pool per replica beside the primary's; `defaultMode: 'master'` keeps every query TypeORM issues
 * (repositories, query builders, transactions) on the primary, and only the reads that ask for a replica
 * (read-database.ts) go there. `entities` is empty for the app, whose modules register their own (`autoLoadEntities`),
 * and for migrations; the schema check and the command-line seed pass `APP_ENTITIES`.
 */
export function dataSourceOptions(
  url: string,
  poolSize: number,
  replicaUrls: readonly string[] = [],
  entities: EntityList = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    ...(replicaUrls.length
      ? {
          replication: {
            master: { url },
            slaves: replicaUrls.map((replica) => ({ url: replica })),
            defaultMode: 'master' as const,
          },
        }
      : { url }),
    entities: [...entities],
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
    extra: poolOptions(poolSize),
  };
}
