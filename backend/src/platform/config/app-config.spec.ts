import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tiepdan-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: dir, ...env }, '/srv/app');

  it('defaults to port 3000, embedded database in the data folder, development mode', () => {
    const config = load({});
    expect(config).toMatchObject({
      port: 3000,
      mode: 'development',
      databaseUrl: undefined,
      dbPoolSize: 10,
      dataDir: dir,
    });
    expect(config.frontendDir).toBe('/srv/app/dist/frontend/browser');
  });

  it('generates development secrets once per data folder and reuses them', () => {
    const first = load({});
    const second = load({});
    expect(first.secrets.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.secrets.identityKey).toHaveLength(32);
    expect(second.secrets).toEqual(first.secrets);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a whole number, got "abc"'],
    [{ PORT: '70000' }, 'PORT: must be between 0 and 65535, got 70000'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL: is not a valid URL'],
    [{ DATABASE_URL: 'mysql://h/db' }, 'DATABASE_URL: must start with postgres:// or postgresql://'],
    [{ DATABASE_URL: 'postgres://host' }, 'DATABASE_URL: has no database name'],
    [{ DB_POOL_SIZE: '0' }, 'DB_POOL_SIZE: must be between 1 and 200'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV: must be one of production, development, test'],
    [{ SCHEDULER_ENABLED: 'maybe' }, 'SCHEDULER_ENABLED: must be true or false'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET: must be at least 32 characters long'],
    [{ IDENTITY_KEY: 'c2hvcnQ=' }, 'IDENTITY_KEY: must be 32 bytes encoded in base64'],
  ])('rejects %j with a message naming the setting', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });

  it('refuses to start in production without secrets', () => {
    expect(() => load({ NODE_ENV: 'production' })).toThrow('AUTH_SECRET: is required in production');
    expect(() => load({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) })).toThrow('IDENTITY_KEY: is required in production');
    const config = load({
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(40),
      IDENTITY_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(config.demoData).toBe(false);
  });

  it('replays demo cases by default in development only', () => {
    expect(load({ NODE_ENV: 'development' }).demoCases).toBe(true);
    expect(load({ NODE_ENV: 'test' }).demoCases).toBe(false);
    expect(load({ NODE_ENV: 'test', DEMO_CASES: 'true' }).demoCases).toBe(true);
    expect(load({ NODE_ENV: 'development', DEMO_CASES: 'false' }).demoCases).toBe(false);
  });

  it('names DATA_DIR when the data folder cannot be written', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    expect(() => load({ DATA_DIR: join(file, 'data') })).toThrow(/^DATA_DIR: the data folder .* is not writable \(ENOTDIR\)$/);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(load({ DATABASE_URL: 'postgresql://u:p@db.local:5432/tiepdan' }).databaseUrl).toBe('postgresql://u:p@db.local:5432/tiepdan');
  });

  it('reads the replica URLs and their lag limit, and names the setting when one is wrong', () => {
    const primary = 'postgres://app@db1.local:5432/tiepdan';
    expect(load({ DATABASE_URL: primary })).toMatchObject({
      databaseReplicaUrls: [],
      databaseReplicaMaxLagMs: 5000,
    });
    expect(
      load({
        DATABASE_URL: primary,
        DATABASE_REPLICA_URLS: ' postgres://app@db2.local:5432/tiepdan , postgresql://app@db3.local/tiepdan',
        DATABASE_REPLICA_MAX_LAG_MS: '2500',
      }),
    ).toMatchObject({
      databaseReplicaUrls: ['postgres://app@db2.local:5432/tiepdan', 'postgresql://app@db3.local/tiepdan'],
      databaseReplicaMaxLagMs: 2500,
    });
    expect(() => load({ DATABASE_REPLICA_URLS: 'postgres://app@db2.local/tiepdan' })).toThrow(
      'DATABASE_REPLICA_URLS: needs DATABASE_URL (the embedded database has no replicas)',
    );
    expect(() =>
      load({
        DATABASE_URL: primary,
        DATABASE_REPLICA_URLS: 'postgres://app@db2.local/tiepdan,,',
      }),
    ).toThrow('DATABASE_REPLICA_URLS: has an empty item');
    expect(() =>
      load({
        DATABASE_URL: primary,
        DATABASE_REPLICA_URLS: 'postgres://app@db2.local/tiepdan,mysql://x/y',
      }),
    ).toThrow('DATABASE_REPLICA_URLS: must start with postgres:// or postgresql://');
    expect(() => load({ DATABASE_URL: primary, DATABASE_REPLICA_MAX_LAG_MS: 'soon' })).toThrow(
      'DATABASE_REPLICA_MAX_LAG_MS: must be a whole number',
    );
  });

  it('trusts no proxy unless TRUST_PROXY says which, and names the setting when it is wrong', () => {
    expect(load({}).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(load({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(load({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    expect(load({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,::1,fd00::/8' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      '::1',
      'fd00::/8',
    ]);
    for (const bad of ['true', 'proxy.local', '10.0.0.0/33', '1.2.3', '99'])
      expect(() => load({ TRUST_PROXY: bad })).toThrow(/^TRUST_PROXY: /);
  });

  it('refuses a movable testing clock in production', () => {
    const production = {
      NODE_ENV: 'production',
      AUTH_SECRET: 'x'.repeat(40),
      IDENTITY_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    expect(() => load({ ...production, TESTING_CLOCK: 'true' })).toThrow('TESTING_CLOCK: a movable clock is never allowed in production');
    expect(load({ NODE_ENV: 'test', TESTING_CLOCK: 'true' }).testingClock).toEqual({
      enabled: true,
      startAt: undefined,
    });
  });
});
