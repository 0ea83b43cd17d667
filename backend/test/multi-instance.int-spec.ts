import { Client } from 'pg';
import type { DatabaseServer } from '../src/platform/database/database-server';
import { BackendProcesses, namedUrl } from './support/backend-processes';
import { SWEEP_START, sweepScenario } from './support/sweep-scenario';
import { testDatabases } from './support/test-database';

/**
 * Three separate backend processes (the built app, as deployed) share one real PostgreSQL. 2,000 cases are created
 * through their HTTP APIs, time jumps past every deadline, and one instance is killed with SIGKILL while it holds a
 * sweep transaction. Every case must end up with exactly one DEADLINE_PASSED event and one overdue outbox row.
 */
const CASES = 2000;

const postgres = testDatabases().find((d) => d.kind === 'postgres');
const onPostgres = postgres ? describe : describe.skip;

onPostgres('three backend instances on one PostgreSQL', () => {
  let database: DatabaseServer;
  let sql: Client;
  let processes: BackendProcesses;

  beforeAll(async () => {
    processes = BackendProcesses.prepare('multi-instance');
    database = await (postgres as NonNullable<typeof postgres>).start();
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    await processes?.dispose();
    await sql?.end();
    await database?.stop();
  });

  it('fires every deadline exactly once although one instance is killed mid-sweep', async () => {
    const start = (name: string, demoData: boolean) =>
      processes.start(name, {
        DATABASE_URL: namedUrl(database.url, name),
        DEMO_DATA: String(demoData),
        TESTING_CLOCK: 'true',
        TESTING_CLOCK_AT: SWEEP_START,
      });
    // The first instance migrates and loads the demo organisation; the other two find both done.
    const a = await start('a', true);
    const [b, c] = await Promise.all([start('b', false), start('c', false)]);
    await sweepScenario([a, b, c], sql, CASES);
  }, 420_000);
});
