import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type {
  AgencyDto,
  CaseDetailDto,
  TokenResponse,
} from '@tiep-dan/contracts';
import { DEMO_PASSWORD } from '../src/demo/demo-organisation';
import type { DatabaseServer } from '../src/platform/database/database-server';
import { testDatabases } from './support/test-database';

/**
 * Three separate backend processes (the built app, as deployed) share one real PostgreSQL. 2,000 cases are created
 * through their HTTP APIs, time jumps past every deadline, and one instance is killed with SIGKILL while it holds a
 * sweep transaction. Every case must end up with exactly one DEADLINE_PASSED event and one overdue outbox row.
 */
const ROOT = join(__dirname, '..', '..');
const BUILT_APP = join(ROOT, 'dist', 'backend', 'main.js');
const CASES = 2000;
const START = '2026-03-02T02:00:00.000Z';
// Nine weeks later: every complaint's 10-working-day triage deadline (received 2 March) has passed.
const AFTER_DEADLINES = '2026-05-04T02:00:00.000Z';

const postgres = testDatabases().find((d) => d.kind === 'postgres');
const onPostgres = postgres ? describe : describe.skip;

interface Instance {
  name: string;
  port: number;
  process: ChildProcess;
  exited: Promise<NodeJS.Signals | number | null>;
  output: string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === 'object' && address ? address.port : 0),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function json<T>(
  port: number,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

onPostgres('three backend instances on one PostgreSQL', () => {
  let database: DatabaseServer;
  let sql: Client;
  let workDir: string;
  let app: string;
  const instances: Instance[] = [];
  // Shared secrets: tokens signed by one instance are accepted by the others, as in any multi-instance deployment.
  const secrets = {
    AUTH_SECRET: randomBytes(48).toString('base64url'),
    IDENTITY_KEY: randomBytes(32).toString('base64'),
  };

  async function start(name: string, demoData: boolean): Promise<Instance> {
    const port = await freePort();
    const url = new URL(database.url);
    url.searchParams.set('application_name', `tiepdan-${name}`);
    const output: string[] = [];
    const child = spawn(process.execPath, [app], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: mkdtempSync(join(workDir, `${name}-`)),
        FRONTEND_DIR: join(workDir, 'no-frontend'),
        DATABASE_URL: url.toString(),
        DEMO_DATA: String(demoData),
        SCHEDULER_ENABLED: 'true',
        TESTING_CLOCK: 'true',
        TESTING_CLOCK_AT: START,
        LOG_LEVEL: 'warn',
        ...secrets,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    const instance: Instance = { name, port, process: child, exited, output };
    instances.push(instance);
    for (let i = 0; i < 240; i++) {
      if (child.exitCode !== null)
        throw new Error(`${name} exited during start:\n${output.join('')}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok)
          return instance;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`${name} did not become healthy:\n${output.join('')}`);
  }

  beforeAll(async () => {
    if (!existsSync(BUILT_APP))
      throw new Error(
        `${BUILT_APP} is missing: build the backend first (nx run backend:int-test depends on backend:build)`,
      );
    workDir = mkdtempSync(join(tmpdir(), 'tiepdan-multi-'));
    // A private copy: another build rewriting dist/ while the test runs must not change the code under test. It stays
    // inside the repository so that node_modules resolves as for dist/.
    const appDir = join(ROOT, 'test-output', `multi-instance-${process.pid}`);
    mkdirSync(appDir, { recursive: true });
    app = join(appDir, 'main.js');
    copyFileSync(BUILT_APP, app);
    database = await (postgres as NonNullable<typeof postgres>).start();
    sql = new Client({ connectionString: database.url });
    await sql.connect();
  });

  afterAll(async () => {
    for (const i of instances)
      if (i.process.exitCode === null && i.process.signalCode === null)
        i.process.kill('SIGTERM');
    await Promise.all(
      instances.map((i) => Promise.race([i.exited, sleep(10_000)])),
    );
    await sql?.end();
    await database?.stop();
    rmSync(workDir, { recursive: true, force: true });
    rmSync(join(ROOT, 'test-output', `multi-instance-${process.pid}`), {
      recursive: true,
      force: true,
    });
  });

  it('fires every deadline exactly once although one instance is killed mid-sweep', async () => {
    // The first instance migrates and loads the demo organisation; the other two find both done.
    const [a] = [await start('a', true)];
    const [b, c] = await Promise.all([start('b', false), start('c', false)]);
    const all = [a, b, c] as Instance[];

    const login = await json<TokenResponse>(a.port, 'POST', '/api/auth/login', {
      username: 'tiepdan.anphu',
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(200);
    const token = login.body.accessToken;
    const agencies = await json<AgencyDto[]>(
      b.port,
      'GET',
      '/api/agencies',
      undefined,
      token,
    );
    const land = agencies.body.find((x) => x.code === 'AP-DC') as AgencyDto;

    // 2,000 complaints through the three HTTP APIs, 24 at a time.
    const ids: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 24 }, async () => {
        while (next < CASES) {
          const n = next++;
          const target = all[n % 3] as Instance;
          const res = await json<CaseDetailDto>(
            target.port,
            'POST',
            '/api/cases',
            {
              type: 'complaint',
              channel: 'post',
              category: 'land',
              summary: `Khiếu nại số ${n} (nhiều phiên bản)`,
              leadAgencyId: land.id,
              petitioner: { fullName: `Công dân ${n}` },
            },
            token,
          );
          if (res.status !== 201)
            throw new Error(
              `create ${n} via ${target.name}: ${res.status} ${JSON.stringify(res.body)}`,
            );
          ids.push(res.body.id);
        }
      }),
    );
    expect(new Set(ids).size).toBe(CASES);
    const passedCount = async () =>
      Number(
        (
          await sql.query(
            `SELECT count(*)::int AS n FROM case_events WHERE type = 'DEADLINE_PASSED' AND case_id = ANY($1::uuid[])`,
            [ids],
          )
        ).rows[0].n,
      );
    expect(await passedCount()).toBe(0);

    // Time jumps past every deadline on all three instances; their sweepers start claiming batches. Moving the clock
    // is for administrators only.
    const admin = await json<TokenResponse>(a.port, 'POST', '/api/auth/login', {
      username: 'quantri',
      password: DEMO_PASSWORD,
    });
    expect(admin.status).toBe(200);
    for (const i of all)
      expect(
        (
          await json(
            i.port,
            'POST',
            '/api/testing/clock',
            { at: AFTER_DEADLINES },
            admin.body.accessToken,
          )
        ).status,
      ).toBe(200);

    // Kill an instance the moment it holds an open sweep transaction while part of the work is done.
    let victim: Instance | undefined;
    let doneAtKill = 0;
    for (let attempt = 0; attempt < 2000 && !victim; attempt++) {
      const busy = await sql.query(
        `SELECT application_name FROM pg_stat_activity
          WHERE datname = current_database() AND application_name LIKE 'tiepdan-%' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
      );
      const done = await passedCount();
      const names = new Set(
        busy.rows.map((r: { application_name: string }) =>
          r.application_name.replace('tiepdan-', ''),
        ),
      );
      const candidate = all.find((i) => names.has(i.name));
      if (candidate && done > 0 && done < CASES - 300) {
        candidate.process.kill('SIGKILL');
        victim = candidate;
        doneAtKill = done;
      } else {
        await sleep(5);
      }
    }
    if (!victim)
      throw new Error('never caught an instance in the middle of a sweep');
    expect(await victim.exited).toBe('SIGKILL');
    expect(doneAtKill).toBeGreaterThan(0);
    expect(doneAtKill).toBeLessThan(CASES);

    // The survivors finish the work, including the batch the killed instance had claimed (rolled back by PostgreSQL).
    const deadline = Date.now() + 180_000;
    while ((await passedCount()) < CASES && Date.now() < deadline)
      await sleep(250);
    await sleep(3_000); // a few more sweeps: nothing may fire twice after the last one.

    const perCase = await sql.query(
      `SELECT c.id, c.state, c.overdue_since,
              (SELECT count(*)::int FROM case_events e WHERE e.case_id = c.id AND e.type = 'DEADLINE_PASSED') AS passed,
              (SELECT count(*)::int FROM case_events e WHERE e.case_id = c.id) AS events,
              (SELECT max(seq)::int FROM case_events e WHERE e.case_id = c.id) AS last_seq,
              (SELECT count(*)::int FROM outbox o WHERE o.case_id = c.id AND o.topic = 'case.overdue') AS overdue_rows
         FROM cases c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    expect(perCase.rows).toHaveLength(CASES);
    const wrong = perCase.rows.filter(
      (r: {
        passed: number;
        events: number;
        last_seq: number;
        overdue_rows: number;
        overdue_since: Date | null;
      }) =>
        r.passed !== 1 ||
        r.events !== r.last_seq ||
        r.overdue_rows !== 1 ||
        !r.overdue_since,
    );
    expect(wrong).toEqual([]);
    // The survivors are healthy and still serve requests.
    for (const i of all.filter((x) => x !== victim))
      expect(
        (await fetch(`http://127.0.0.1:${i.port}/api/health`)).status,
      ).toBe(200);
  }, 420_000);
});
