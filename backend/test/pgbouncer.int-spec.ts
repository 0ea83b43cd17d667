import { Client } from 'pg';
import type { DatabaseServer } from '../src/platform/database/database-server';
import { BackendProcesses, namedUrl, sleep } from './support/backend-processes';
import { type Pgbouncer, pgbouncerPath, startPgbouncer } from './support/postgres-servers';
import { SWEEP_START, sweepScenario } from './support/sweep-scenario';
import { testDatabases } from './support/test-database';

/**
 * The multi-instance sweep through a real pgbouncer in transaction pooling (Debian's): three built backend processes
 * start together on an empty database (their migrations take turns through pgbouncer), share fewer server connections
 * than they have clients, and one is killed with SIGKILL mid-sweep. Every deadline must fire exactly once.
 */
const CASES = 600;
/** Server connections pgbouncer keeps for the database: fewer than the three instances' pools (10 each). */
const SERVER_CONNECTIONS = 8;

const postgres = testDatabases().find((d) => d.kind === 'postgres');
const missing = postgres && !pgbouncerPath();
if (missing && !process.env['CI'])
  console.warn('pgbouncer.int-spec skipped: pgbouncer is not installed (apt-get install pgbouncer); CI fails instead');
const onPostgres = postgres && !(missing && !process.env['CI']) ? describe : describe.skip;

onPostgres('three backend instances behind pgbouncer (transaction pooling)', () => {
  let database: DatabaseServer;
  let sql: Client;
  let bouncer: Pgbouncer;
  let processes: BackendProcesses;

  beforeAll(async () => {
    processes = BackendProcesses.prepare('pgbouncer');
    database = await (postgres as NonNullable<typeof postgres>).start();
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    bouncer = await startPgbouncer(database.url, SERVER_CONNECTIONS);
  });

  afterAll(async () => {
    await processes?.dispose();
    await bouncer?.stop();
    await sql?.end();
    await database?.stop();
  });

  it('migrates once, pools the connections and fires every deadline exactly once', async () => {
    const start = (name: string, demoData: boolean) =>
      processes.start(name, {
        DATABASE_URL: namedUrl(bouncer.url(database.url), name),
        DEMO_DATA: String(demoData),
        TESTING_CLOCK: 'true',
        TESTING_CLOCK_AT: SWEEP_START,
      });
    // All three at once on an empty database: the migration lock must hold through pgbouncer.
    const [a, b, c] = await Promise.all([start('a', true), start('b', false), start('c', false)]);
    const { rows: migrations } = await sql.query<{ name: string; n: number }>(
      `SELECT name, count(*)::int AS n FROM schema_migrations GROUP BY name`,
    );
    expect(migrations.length).toBeGreaterThanOrEqual(14);
    expect(migrations.filter((m) => m.n !== 1)).toEqual([]);

    // While the sweep runs, pgbouncer's own view: the instances are its clients, and PostgreSQL sees at most its pool.
    const admin = new Client({
      connectionString: bouncer.url(
        Object.assign(new URL(database.url), {
          pathname: '/pgbouncer',
        }).toString(),
      ),
    });
    await admin.connect();
    const name = new URL(database.url).pathname.slice(1);
    let most = { clients: 0, servers: 0 };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const clients = (await admin.query('SHOW CLIENTS')).rows.filter(
          (r: { database: string; application_name: string }) => r.database === name && r.application_name.startsWith('tiepdan-'),
        ).length;
        const servers = (await admin.query('SHOW SERVERS')).rows.filter((r: { database: string }) => r.database === name).length;
        most = {
          clients: Math.max(most.clients, clients),
          servers: Math.max(most.servers, servers),
        };
        await sleep(200);
      }
    })();
    try {
      await sweepScenario([a, b, c], sql, CASES);
    } finally {
      sampling = false;
      await sampler;
      await admin.end();
    }
    expect(most.clients).toBeGreaterThan(SERVER_CONNECTIONS);
    expect(most.servers).toBeGreaterThan(0);
    expect(most.servers).toBeLessThanOrEqual(SERVER_CONNECTIONS);
  }, 420_000);
});
