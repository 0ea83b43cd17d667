import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { readCitizensConfig, type CitizensConfig } from './citizens-config';
import { ConfigError, readBool, readInt, type Env } from './config-readers';
import { readHistoryConfig, type HistoryConfig } from './history-config';
import { readJobsConfig, type JobsConfig } from './jobs-config';

/** Where the app runs. `production` refuses to start without real secrets. */
export type AppMode = 'production' | 'development' | 'test';

export interface AppConfig {
  mode: AppMode;
  host: string;
  port: number;
  /** Folder for the embedded database, attachments and generated development secrets. */
  dataDir: string;
  /** Set: connect to this PostgreSQL. Unset: run the embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /** Connections in the TypeORM pool; the embedded socket server accepts as many. */
  dbPoolSize: number;
  /**
   * Streaming replicas of `databaseUrl` (DATABASE_REPLICA_URLS) that serve the overview, reports, registers, lists and
   * the public lookup; empty: every read goes to the primary, as with one server.
   */
  databaseReplicaUrls: string[];
  /** A replica further behind the primary than this (DATABASE_REPLICA_MAX_LAG_MS) is skipped until it catches up. */
  databaseReplicaMaxLagMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Built Angular app served at `/`; missing folder means API only. */
  frontendDir: string;
  secrets: {
    /** Signs access and refresh tokens. */
    authSecret: string;
    /** 32-byte AES-GCM key (base64) for the denouncer's identity at rest. */
    identityKey: Buffer;
  };
  /** The periodic jobs this instance runs (SCHEDULER_ENABLED, JOBS_DISABLED). */
  jobs: JobsConfig;
  /** Load demo data on the first start of an empty database. */
  demoData: boolean;
  /**
   * With demo data: also replay several weeks of demo cases through the services (DEMO_CASES; on by default in
   * development only, so tests and e2e journeys that count cases start from none).
   */
  demoCases: boolean;
  /**
   * Test runs only (e2e journeys, multi-process tests): the clock starts at this instant (or now) and can be moved
   * through `POST /api/testing/clock`. Refused in production.
   */
  testingClock: { enabled: false } | { enabled: true; startAt: Date | undefined };
  /**
   * Which proxies' X-Forwarded-For is believed (Express `trust proxy`): false (nobody, the default: the client address
   * is the socket's), a hop count, or addresses/CIDRs and the names `loopback`, `linklocal`, `uniquelocal`.
   */
  trustProxy: false | number | string[];
  /** The public petition form, the Open311 API and the notices to citizens (citizens-config.ts). */
  citizens: CitizensConfig;
  /** Monthly partitions of the append-only history and their retention (history-config.ts). */
  history: HistoryConfig;
}

export { ConfigError };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const MODES = ['production', 'development', 'test'] as const;
const DEV_SECRETS_FILE = 'secrets.dev.json';

function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

/** A PostgreSQL URL with a host and a database name, or a ConfigError naming the setting. */
function checkDatabaseUrl(setting: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(setting, 'is not a valid URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(setting, `must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (!url.hostname) throw new ConfigError(setting, 'has no host name');
  if (url.pathname.length <= 1) throw new ConfigError(setting, 'has no database name');
  return raw;
}

function readDatabaseUrl(env: Env): string | undefined {
  const raw = env['DATABASE_URL'];
  if (raw === undefined || raw.trim() === '') return undefined;
  return checkDatabaseUrl('DATABASE_URL', raw);
}

/** DATABASE_REPLICA_URLS: comma-separated replica URLs; they replicate DATABASE_URL, so they need it. */
function readReplicaUrls(env: Env, primary: string | undefined): string[] {
  const raw = env['DATABASE_REPLICA_URLS']?.trim();
  if (!raw) return [];
  if (!primary) throw new ConfigError('DATABASE_REPLICA_URLS', 'needs DATABASE_URL (the embedded database has no replicas)');
  const urls = raw.split(',').map((item) => item.trim());
  if (urls.some((url) => url === '')) throw new ConfigError('DATABASE_REPLICA_URLS', 'has an empty item');
  return urls.map((url) => checkDatabaseUrl('DATABASE_REPLICA_URLS', url));
}

/** Creates the folder when missing and proves it writable with a probe file. */
export function ensureWritableDir(setting: string, dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    const probe = join(dir, `.write-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(setting, `the data folder ${dir} is not writable (${reason})`);
  }
}

function readSecret(env: Env, name: string, mode: AppMode, dev: () => string): string {
  const raw = env[name];
  if (raw !== undefined && raw !== '') return raw;
  if (mode === 'production') throw new ConfigError(name, 'is required in production (set it in the environment, never in the repository)');
  return dev();
}

/**
 * Development and test runs get random secrets generated once per data folder, so a fresh clone starts with no
 * configuration and no secret is ever committed. Production must set them explicitly.
 */
function devSecrets(dataDir: string): {
  authSecret: string;
  identityKey: string;
} {
  const file = join(dataDir, DEV_SECRETS_FILE);
  if (existsSync(file))
    return JSON.parse(readFileSync(file, 'utf8')) as {
      authSecret: string;
      identityKey: string;
    };
  const secrets = {
    authSecret: randomBytes(48).toString('base64url'),
    identityKey: randomBytes(32).toString('base64'),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

function readTestingClock(env: Env, mode: AppMode): AppConfig['testingClock'] {
  if (!readBool(env, 'TESTING_CLOCK', false)) return { enabled: false };
  if (mode === 'production') throw new ConfigError('TESTING_CLOCK', 'a movable clock is never allowed in production');
  const raw = env['TESTING_CLOCK_AT'];
  if (!raw) return { enabled: true, startAt: undefined };
  const startAt = new Date(raw);
  if (Number.isNaN(startAt.getTime())) throw new ConfigError('TESTING_CLOCK_AT', `"${raw}" is not an ISO 8601 instant`);
  return { enabled: true, startAt };
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrCidr(item: string): boolean {
  const [address, prefix, ...rest] = item.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY: unset or `false` trusts no one; a hop count; or a comma-separated list of addresses, CIDRs, names. */
export function readTrustProxy(env: Env): AppConfig['trustProxy'] {
  const raw = env['TRUST_PROXY']?.trim();
  if (raw === undefined || raw === '' || /^(false|none)$/i.test(raw)) return false;
  if (/^\d+$/.test(raw)) return readInt(env, 'TRUST_PROXY', 0, 0, 10);
  const items = raw.split(',').map((item) => item.trim());
  const bad = items.find((item) => !PROXY_NAMES.includes(item) && !isAddressOrCidr(item));
  if (bad !== undefined)
    throw new ConfigError(
      'TRUST_PROXY',
      `must be a hop count, or addresses/CIDRs or ${PROXY_NAMES.join(', ')} separated by commas, got "${bad}"`,
    );
  return items;
}

/** Reads and validates every setting. Throws ConfigError naming the first bad one. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const mode = readEnum(env, 'NODE_ENV', MODES, 'development');
  const dataDir = resolve(cwd, env['DATA_DIR'] || 'data');
  ensureWritableDir('DATA_DIR', dataDir);
  let generated: { authSecret: string; identityKey: string } | undefined;
  const dev = () => (generated ??= devSecrets(dataDir));

  const authSecret = readSecret(env, 'AUTH_SECRET', mode, () => dev().authSecret);
  if (authSecret.length < 32) throw new ConfigError('AUTH_SECRET', 'must be at least 32 characters long');
  const identityKeyText = readSecret(env, 'IDENTITY_KEY', mode, () => dev().identityKey);
  const identityKey = Buffer.from(identityKeyText, 'base64');
  if (identityKey.length !== 32) throw new ConfigError('IDENTITY_KEY', 'must be 32 bytes encoded in base64 (openssl rand -base64 32)');

  const databaseUrl = readDatabaseUrl(env);
  return {
    mode,
    host: env['HOST'] || '0.0.0.0',
    port: readInt(env, 'PORT', 3000, 0, 65535),
    dataDir,
    databaseUrl,
    dbPoolSize: readInt(env, 'DB_POOL_SIZE', 10, 1, 200),
    databaseReplicaUrls: readReplicaUrls(env, databaseUrl),
    databaseReplicaMaxLagMs: readInt(env, 'DATABASE_REPLICA_MAX_LAG_MS', 5000, 0, 3_600_000),
    logLevel: readEnum(env, 'LOG_LEVEL', LOG_LEVELS, mode === 'test' ? 'warn' : 'info'),
    frontendDir: resolve(cwd, env['FRONTEND_DIR'] || 'dist/frontend/browser'),
    secrets: { authSecret, identityKey },
    jobs: readJobsConfig(env),
    demoData: readBool(env, 'DEMO_DATA', mode !== 'production'),
    demoCases: readBool(env, 'DEMO_CASES', mode === 'development'),
    testingClock: readTestingClock(env, mode),
    trustProxy: readTrustProxy(env),
    citizens: readCitizensConfig(env, readInt(env, 'PORT', 3000, 0, 65535)),
    history: readHistoryConfig(env),
  };
}

/** Nest injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
