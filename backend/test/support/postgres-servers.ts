import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, sleep } from './backend-processes';

/**
 * Real PostgreSQL machinery beside the test server of TEST_DATABASE_URL, for the replica and pgbouncer tests: a
 * streaming replica made with pg_basebackup, and a pgbouncer in transaction pooling. Both run as the `postgres` user
 * (PostgreSQL and pgbouncer refuse root) in a temporary folder of their own, removed afterwards.
 */

/** The PostgreSQL programs of the test server's major version (Debian's layout), or PG_BINDIR. */
export function postgresBinDir(): string {
  return process.env['PG_BINDIR'] ?? '/usr/lib/postgresql/15/bin';
}

export function pgbouncerPath(): string | undefined {
  if (process.env['PGBOUNCER']) return process.env['PGBOUNCER'];
  const found = spawnSync('sh', ['-c', 'command -v pgbouncer'], {
    encoding: 'utf8',
  }).stdout.trim();
  if (found) return found;
  return existsSync('/usr/sbin/pgbouncer') ? '/usr/sbin/pgbouncer' : undefined;
}

const isRoot = () => process.getuid?.() === 0;

/** `cmd args` as the postgres user: through runuser when the tests run as root (as on CI), as is otherwise. */
function asPostgres(cmd: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

function run(cmd: string, args: string[], timeout = 60_000): string {
  const [file, argv] = asPostgres(cmd, args);
  const result = spawnSync(file, argv, { encoding: 'utf8', timeout });
  if (result.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}`);
  return result.stdout;
}

/** A folder the postgres user owns, mode 0700 (PostgreSQL refuses a data folder others can read). */
function privateDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tiepdan-${label}-`));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  return dir;
}

function writeAsPostgres(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(file, uid, gid);
  }
}

/**
 * Why a streaming replica of the server at `primaryUrl` cannot be made here, or undefined when it can: the programs,
 * and a replication connection (pg_hba.conf needs `host replication all 127.0.0.1/32 trust`; .ci/run adds it).
 */
export function replicationProblem(primaryUrl: string): string | undefined {
  const bin = postgresBinDir();
  for (const program of ['pg_basebackup', 'pg_ctl', 'psql'])
    if (!existsSync(join(bin, program))) return `${join(bin, program)} is missing (set PG_BINDIR)`;
  if (!isRoot() && process.env['USER'] !== 'postgres')
    return 'the tests must run as root or as the postgres user to start a PostgreSQL server';
  const url = new URL(primaryUrl);
  const probe = spawnSync(
    join(bin, 'psql'),
    [
      `host=${url.hostname} port=${url.port || 5432} user=${decodeURIComponent(url.username) || 'postgres'} replication=true connect_timeout=5`,
      '-Atc',
      'IDENTIFY_SYSTEM',
    ],
    { encoding: 'utf8', timeout: 10_000 },
  );
  if (probe.status !== 0)
    return `the server refuses a replication connection (${probe.stderr.trim()}); add "host replication all 127.0.0.1/32 trust" to its pg_hba.conf and reload`;
  return undefined;
}

export interface StreamingReplica {
  port: number;
  /** The replica's URL for one database (created on the primary: it arrives through WAL streaming). */
  url(database: string, applicationName?: string): string;
  /** Stops the server at once (`pg_ctl stop -m immediate`), as a crash would. */
  crash(): void;
  /** Starts it again after a crash: it recovers and streams from the primary again. */
  restart(): void;
  /** Stops it if running and removes its folder. */
  remove(): void;
}

/**
 * A hot standby of the server at `primaryUrl`: `pg_basebackup -R -X stream` (a fast checkpoint) into a temporary
 * folder, started on a free port with a minimal configuration of its own (Debian keeps postgresql.conf and pg_hba.conf
 * outside the data folder, so the backup has none). The settings a standby must not have lower than its primary's
 * are copied from the primary.
 */
export async function startStreamingReplica(primaryUrl: string): Promise<StreamingReplica> {
  const bin = postgresBinDir();
  const primary = new URL(primaryUrl);
  const dir = privateDir('replica');
  const data = join(dir, 'data');
  const port = await freePort();
  const pgCtl = (...args: string[]) => run(join(bin, 'pg_ctl'), ['-D', data, ...args]);
  let running = false;
  const replica: StreamingReplica = {
    port,
    url(database, applicationName) {
      const url = new URL(primaryUrl);
      url.port = String(port);
      url.pathname = `/${database}`;
      url.search = '';
      if (applicationName) url.searchParams.set('application_name', applicationName);
      return url.toString();
    },
    crash() {
      if (!running) return;
      pgCtl('stop', '-m', 'immediate', '-w');
      running = false;
    },
    restart() {
      if (running) return;
      pgCtl('start', '-w', '-t', '60', '-l', join(dir, 'server.log'));
      running = true;
    },
    remove() {
      try {
        replica.crash();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  try {
    const admin = new Client({ connectionString: primaryUrl });
    await admin.connect();
    const settings = await admin
      .query<{ name: string; setting: string }>(
        `SELECT name, setting FROM pg_settings WHERE name IN
          ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions',
           'max_locks_per_transaction', 'TimeZone')`,
      )
      .finally(() => admin.end());
    run(join(bin, 'pg_basebackup'), [
      '-h',
      primary.hostname,
      '-p',
      primary.port || '5432',
      '-U',
      decodeURIComponent(primary.username) || 'postgres',
      '-D',
      data,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    writeAsPostgres(
      join(data, 'postgresql.conf'),
      [
        `listen_addresses = '127.0.0.1'`,
        `port = ${port}`,
        `unix_socket_directories = '${dir}'`,
        `hot_standby = on`,
        ...settings.rows.map((s) => `${s.name} = '${s.setting}'`),
        '',
      ].join('\n'),
    );
    writeAsPostgres(join(data, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    pgCtl('start', '-w', '-t', '60', '-l', join(dir, 'server.log'));
    running = true;
    // Ready for reads once it reached a consistent state and streams from the primary.
    for (let i = 0; ; i++) {
      const client = new Client({ connectionString: replica.url('postgres') });
      try {
        await client.connect();
        const { rows } = await client.query<{ standby: boolean }>(
          `SELECT pg_is_in_recovery() AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver) AS standby`,
        );
        if (rows[0]?.standby) return replica;
      } catch {
        // still starting
      } finally {
        await client.end().catch(() => undefined);
      }
      if (i > 100) throw new Error(`the replica did not start streaming:\n${readFileSync(join(dir, 'server.log'), 'utf8')}`);
      await sleep(100);
    }
  } catch (error) {
    replica.remove();
    throw error;
  }
}

export interface Pgbouncer {
  port: number;
  /** `databaseUrl` with pgbouncer's host and port instead of the server's. */
  url(databaseUrl: string): string;
  stop(): Promise<void>;
}

/**
 * Debian's pgbouncer in front of the server of `serverUrl`, in transaction pooling: a client holds a server connection
 * for one transaction only, `poolSize` server connections per database are shared by every client. Trust
 * authentication (the auth file lists the user with no password), TCP on 127.0.0.1 only.
 */
export async function startPgbouncer(serverUrl: string, poolSize: number): Promise<Pgbouncer> {
  const program = pgbouncerPath();
  if (!program) throw new Error('pgbouncer is not installed');
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username) || 'postgres';
  const dir = privateDir('pgbouncer');
  const port = await freePort();
  const ini = join(dir, 'pgbouncer.ini');
  writeAsPostgres(join(dir, 'userlist.txt'), `"${user}" ""\n`);
  writeAsPostgres(
    ini,
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${join(dir, 'userlist.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 500',
      `admin_users = ${user}`,
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  // pgbouncer refuses to run as root: `-u` makes it switch to the postgres user itself (one process, killed by pid).
  const child: ChildProcess = spawn(program, isRoot() ? ['-u', 'postgres', ini] : [ini], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const bouncer: Pgbouncer = {
    port,
    url(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT');
        await Promise.race([exited, sleep(5000)]);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    const client = new Client({
      connectionString: bouncer.url(serverUrl),
      connectionTimeoutMillis: 1000,
    });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return bouncer;
    } catch {
      await sleep(100);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const log = existsSync(join(dir, 'pgbouncer.log')) ? readFileSync(join(dir, 'pgbouncer.log'), 'utf8') : '';
  await bouncer.stop();
  throw new Error(`pgbouncer did not start:\n${output.join('')}${log}`);
}
