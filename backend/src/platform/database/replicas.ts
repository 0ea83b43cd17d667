import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { poolOptions } from './data-source-options';

export type ReplicaStatus = 'up' | 'lagging' | 'down';

/** What health says of one replica. Never its URL: it may carry a password. */
export interface ReplicaHealth {
  /** `replica 1` is the first of DATABASE_REPLICA_URLS. */
  name: string;
  status: ReplicaStatus;
  /** How far its replay is behind the primary, when it answered. */
  lagMs: number | null;
  checkedAt: string | null;
  /** Why it is down: an error code or `not a standby`, never a message that could quote data. */
  reason: string | null;
}

/** How often each replica's lag is measured; a failed read marks it down at once. */
export const REPLICA_CHECK_INTERVAL_MS = 2000;
/** A check that takes longer counts as down. */
export const REPLICA_CHECK_TIMEOUT_MS = 2000;
const STARTUP_PROBE_TIMEOUT_MS = 3000;

/**
 * The replica's own view of its lag. With a WAL receiver streaming and everything received replayed it is 0 (an idle
 * primary sends nothing, so the last replayed transaction may be old); otherwise the age of the last replayed
 * transaction. With no WAL receiver (replication broken) the replica cannot know what it misses: the same age, which
 * grows until it is skipped. A server that is not in recovery is no replica (a promoted one has its own history).
 */
const LAG_SQL = `SELECT pg_is_in_recovery() AS standby,
  CASE WHEN EXISTS (SELECT 1 FROM pg_stat_wal_receiver) AND pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
       ELSE floor(extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000) END::float8 AS lag_ms`;

/** Where a replica is, for logs: host, port and database, never the user or password. */
function describe(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

/** A SQLSTATE, a Node network code or `timeout`: what may be said of a failure without quoting any data. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code) return code;
  return (error as Error).message === 'timeout' ? 'timeout' : 'error';
}

/**
 * The replicas that answer now. TypeORM's replication connects to every replica when the data source starts and fails
 * the start when one does not answer; a replica that is down must not stop the app, so only these are given to TypeORM
 * and the others get a pool of their own (ReplicaSet), used once their checks say they are up.
 */
export async function reachableReplicas(urls: readonly string[]): Promise<string[]> {
  const logger = new Logger('Replicas');
  const answers = await Promise.all(
    urls.map(async (url, i) => {
      const client = new Client({
        connectionString: url,
        connectionTimeoutMillis: STARTUP_PROBE_TIMEOUT_MS,
      });
      try {
        await withTimeout(
          client.connect().then(() => client.query('SELECT 1')),
          STARTUP_PROBE_TIMEOUT_MS,
        );
        return true;
      } catch (error) {
        logger.warn(
          `replica ${i + 1} (${describe(url)}) does not answer at start-up (${errorCode(error)}): reads go to the primary until it does`,
        );
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    }),
  );
  return urls.filter((_, i) => answers[i]);
}

export class Replica {
  status: ReplicaStatus = 'down';
  lagMs: number | null = null;
  checkedAt: Date | null = null;
  reason: string | null = 'not checked yet';

  constructor(
    readonly name: string,
    readonly pool: Pool,
    /** Created here (the replica was down at start-up), so closed here; TypeORM closes the pools it made. */
    readonly ownPool: boolean,
  ) {}
}

/**
 * The streaming replicas of DATABASE_REPLICA_URLS and how each one is: up, lagging past DATABASE_REPLICA_MAX_LAG_MS,
 * or down. Checked every REPLICA_CHECK_INTERVAL_MS on an unref'd timer, and at every health request; a read that
 * fails for a reason of the connection marks its replica down at once (read-database.ts falls back to the primary).
 */
@Injectable()
export class ReplicaSet implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Replicas');
  private readonly replicas: Replica[];
  private readonly maxLagMs: number;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private next = 0;

  constructor(@InjectDataSource() db: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    this.maxLagMs = config.databaseReplicaMaxLagMs;
    const driver = db.driver as PostgresDriver;
    const typeormUrls = (driver.options.replication?.slaves ?? []).map((slave) => slave.url);
    this.replicas = config.databaseReplicaUrls.map((url, i) => {
      const name = `replica ${i + 1}`;
      const j = typeormUrls.indexOf(url);
      if (j >= 0) return new Replica(name, driver.slaves[j] as Pool, false);
      // pg pools connect on first use: this one costs nothing while the replica is down.
      const pool = new Pool({
        connectionString: url,
        ...poolOptions(config.dbPoolSize),
      });
      pool.on('error', () => undefined); // an idle connection dropped by the server: the next check says so
      return new Replica(name, pool, true);
    });
  }

  /** Any replica configured: without one, every read goes to the primary and nothing here runs. */
  get configured(): boolean {
    return this.replicas.length > 0;
  }

  /**
   * The longest a replica in use can be behind: its lag limit, plus the time until its next check and that check's
   * own. A writer's reads go to the primary that long after a write (read-database.ts).
   */
  get staleBoundMs(): number {
    return this.maxLagMs + REPLICA_CHECK_INTERVAL_MS + REPLICA_CHECK_TIMEOUT_MS;
  }

  async onModuleInit(): Promise<void> {
    if (!this.configured) return;
    await this.check();
    this.timer = setInterval(() => void this.check(), REPLICA_CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.checking;
    await Promise.all(this.replicas.filter((r) => r.ownPool).map((r) => r.pool.end().catch(() => undefined)));
  }

  /** The next replica that is up, in turn; undefined when none is (read from the primary). */
  pick(): Replica | undefined {
    for (let i = 0; i < this.replicas.length; i++) {
      const replica = this.replicas[(this.next + i) % this.replicas.length];
      if (replica.status === 'up') {
        this.next = (this.next + i + 1) % this.replicas.length;
        return replica;
      }
    }
    return undefined;
  }

  /** A read failed on this replica for a reason of the connection or the server: skip it until a check finds it up. */
  markDown(replica: Replica, error: unknown): void {
    if (replica.status !== 'down') this.logger.warn(`${replica.name} failed a read (${errorCode(error)}): reading from the primary`);
    replica.status = 'down';
    replica.reason = errorCode(error);
    replica.checkedAt = new Date();
  }

  health(): ReplicaHealth[] {
    return this.replicas.map((r) => ({
      name: r.name,
      status: r.status,
      lagMs: r.lagMs,
      checkedAt: r.checkedAt?.toISOString() ?? null,
      reason: r.reason,
    }));
  }

  /** Measures every replica now (a check already running is joined, not repeated). */
  check(): Promise<void> {
    this.checking ??= Promise.all(this.replicas.map((r) => this.checkOne(r)))
      .then(() => undefined)
      .finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async checkOne(replica: Replica): Promise<void> {
    const first = replica.checkedAt === null;
    const before = replica.status;
    try {
      const result = await withTimeout(replica.pool.query<{ standby: boolean; lag_ms: number | null }>(LAG_SQL), REPLICA_CHECK_TIMEOUT_MS);
      const row = result.rows[0];
      replica.lagMs = row.standby ? row.lag_ms : null;
      if (!row.standby) {
        replica.status = 'down';
        replica.reason = 'not a standby';
      } else if (row.lag_ms === null || row.lag_ms > this.maxLagMs) {
        replica.status = 'lagging';
        replica.reason = null;
      } else {
        replica.status = 'up';
        replica.reason = null;
      }
    } catch (error) {
      replica.status = 'down';
      replica.lagMs = null;
      replica.reason = errorCode(error);
    }
    replica.checkedAt = new Date();
    if (first || replica.status !== before)
      this.logger.log(`${replica.name} is ${replica.status}${replica.reason ? ` (${replica.reason})` : ''}`);
  }
}
