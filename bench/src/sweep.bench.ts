// The deadline sweep at the size of a province: 100,000 complaints due at once on the real PostgreSQL, three built
// backend processes sweeping, one killed with SIGKILL in the middle. Every deadline must fire exactly once (duplicates and
// misses counted from the history, `case_events`), and the time to drain them is the figure.
//
// How: a database of its own on the server; the first backend migrates it and loads the demo organisation; one complaint
// is created through the API (so its row, snapshot, deadline clock and history are exactly what the engine writes) and
// cloned in bulk with SQL; the three backends' testing clocks then jump past every deadline at once (POST
// /api/testing/clock, as backend/test/multi-instance.int-spec.ts does) and their sweepers drain the work.
//
// Needs: the built backend (`npx nx build backend`), PostgreSQL on BENCH_DATABASE_URL or TEST_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test, a user that may CREATE DATABASE). BENCH_CASES changes the count;
// BENCH_KEEP=1 keeps the database afterwards; BENCH_PROFILE=DIR writes the survivors' CPU profiles into DIR.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const ADMIN_URL = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const TOTAL = Number(process.env['BENCH_CASES'] ?? 100_000);
/** The demo accounts' password (README, "Demo data and who does what"). */
const DEMO_PASSWORD = 'TiepDan@2026';
const START = '2026-03-02T02:00:00.000Z';
// Nine weeks later: every complaint's triage deadline (received 2 March, 10 calendar days) has passed.
const AFTER_DEADLINES = '2026-05-04T02:00:00.000Z';
/** Give up after this long: a sweep that slow is a failure whatever the counts. */
const DRAIN_LIMIT_MS = 15 * 60_000;
const CODE_PREFIX = 'KN-2026-S';

const root = join(__dirname, '..', '..');
const builtApp = join(root, 'dist', 'backend', 'main.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

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
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function json<T>(port: number, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function start(
  app: string,
  workDir: string,
  databaseUrl: string,
  name: string,
  demoData: boolean,
  secrets: Record<string, string>,
): Promise<Instance> {
  const port = await freePort();
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', `tiepdan-${name}`);
  const output: string[] = [];
  // BENCH_PROFILE=DIR: each backend writes a V8 CPU profile there when it stops (the killed one writes none).
  const profile = process.env['BENCH_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`] : [];
  const child = spawn(process.execPath, [...profile, app], {
    cwd: root,
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
      LOG_LEVEL: 'error',
      // SWEEP_BATCH_SIZE passes through: the due cases each sweep transaction claims (the app's default, 100, without it).
      ...(process.env['SWEEP_BATCH_SIZE'] ? { SWEEP_BATCH_SIZE: process.env['SWEEP_BATCH_SIZE'] } : {}),
      ...secrets,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start:\n${output.join('')}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { name, port, process: child, exited, output };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not become healthy:\n${output.join('')}`);
}

/**
 * TOTAL copies of the template case, each with its own id and code, and the template's history and parties: the rows the
 * engine writes for a new complaint (snapshot, deadline clock, due-soon and due columns, next deadline, CREATED event).
 */
async function cloneCases(db: Client, templateId: string): Promise<void> {
  const columns = (
    await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'cases' AND column_name NOT IN ('id', 'code') ORDER BY ordinal_position`,
    )
  ).rows.map((r) => `"${r.column_name}"`);
  await db.query(
    `INSERT INTO cases (id, code, ${columns.join(', ')})
     SELECT gen_random_uuid(), '${CODE_PREFIX}' || lpad(g::text, 7, '0'), ${columns.map((c) => `t.${c}`).join(', ')}
       FROM cases t CROSS JOIN generate_series(1, $2::int) g WHERE t.id = $1`,
    [templateId, TOTAL],
  );
  await db.query(
    `INSERT INTO case_events (case_id, seq, type, payload, actor_id, actor_name, actor_role, at, from_state, to_state, note)
     SELECT c.id, e.seq, e.type, e.payload, e.actor_id, e.actor_name, e.actor_role, e.at, e.from_state, e.to_state, e.note
       FROM cases c CROSS JOIN case_events e WHERE c.code LIKE '${CODE_PREFIX}%' AND e.case_id = $1`,
    [templateId],
  );
  await db.query(
    `INSERT INTO case_parties (case_id, role, full_name, id_number, address, phone)
     SELECT c.id, p.role, p.full_name, p.id_number, p.address, p.phone
       FROM cases c CROSS JOIN case_parties p WHERE c.code LIKE '${CODE_PREFIX}%' AND p.case_id = $1`,
    [templateId],
  );
  await db.query(`ANALYZE cases`);
  await db.query(`ANALYZE case_events`);
}

async function main(): Promise<void> {
  if (!existsSync(builtApp)) throw new Error(`${builtApp} is missing: build the backend first (npx nx build backend)`);
  const name = `tiepdan_bench_sweep_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const workDir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-sweep-'));
  // A private copy of the build: a rebuild while the bench runs must not change the code under test.
  const appDir = join(root, 'test-output', `bench-sweep-${process.pid}`);
  mkdirSync(appDir, { recursive: true });
  const app = join(appDir, 'main.js');
  copyFileSync(builtApp, app);
  const secrets = { AUTH_SECRET: randomBytes(48).toString('base64url'), IDENTITY_KEY: randomBytes(32).toString('base64') };
  const instances: Instance[] = [];
  const db = new Client({ connectionString: url.toString() });
  try {
    let started = process.hrtime.bigint();
    const a = await start(app, workDir, url.toString(), 'a', true, secrets);
    instances.push(a);
    instances.push(
      ...(await Promise.all([
        start(app, workDir, url.toString(), 'b', false, secrets),
        start(app, workDir, url.toString(), 'c', false, secrets),
      ])),
    );
    await db.connect();
    console.log(`three backends up in ${seconds(started).toFixed(1)} s`);

    const officer = await json<{ accessToken: string }>(a.port, 'POST', '/api/auth/login', {
      username: 'tiepdan.anphu',
      password: DEMO_PASSWORD,
    });
    if (officer.status !== 200) throw new Error(`login: ${officer.status}`);
    const agencies = await json<{ id: string; code: string }[]>(a.port, 'GET', '/api/agencies', undefined, officer.body.accessToken);
    const land = agencies.body.find((x) => x.code === 'AP-DC');
    if (!land) throw new Error('the demo organisation has no AP-DC');
    const template = await json<{ id: string; dueAt: string }>(
      a.port,
      'POST',
      '/api/cases',
      {
        type: 'complaint',
        channel: 'post',
        category: 'land',
        summary: 'Khiếu nại mẫu cho phép đo quét thời hạn',
        leadAgencyId: land.id,
        petitioner: { fullName: 'Công dân mẫu' },
      },
      officer.body.accessToken,
    );
    if (template.status !== 201) throw new Error(`create the template case: ${template.status} ${JSON.stringify(template.body)}`);

    started = process.hrtime.bigint();
    await cloneCases(db, template.body.id);
    console.log(`${TOTAL.toLocaleString('en')} complaints (due ${template.body.dueAt}) loaded in ${seconds(started).toFixed(1)} s`);

    // Progress, cheaply (the partial index on pending deadlines): the cases still due at the new time. A case's deadline
    // event and its cleared next deadline commit together, so none left means every event is in the history.
    const remaining = async () =>
      Number((await db.query(`SELECT count(*)::int AS n FROM cases WHERE next_deadline_at <= $1`, [AFTER_DEADLINES])).rows[0].n);
    const fired = async () => TOTAL + 1 - (await remaining());
    if ((await remaining()) !== TOTAL + 1) throw new Error('deadlines fired before the clock moved');

    // Time jumps past every deadline on the three instances: the sweepers start at once.
    const adminLogin = await json<{ accessToken: string }>(a.port, 'POST', '/api/auth/login', {
      username: 'quantri',
      password: DEMO_PASSWORD,
    });
    if (adminLogin.status !== 200) throw new Error(`admin login: ${adminLogin.status}`);
    const sweepStarted = process.hrtime.bigint();
    const killBy = Date.now() + DRAIN_LIMIT_MS;
    await Promise.all(
      instances.map(async (i) => {
        const res = await json(i.port, 'POST', '/api/testing/clock', { at: AFTER_DEADLINES }, adminLogin.body.accessToken);
        if (res.status !== 200) throw new Error(`${i.name}: moving the clock answered ${res.status}`);
      }),
    );

    // Kill one instance while it holds an open sweep transaction, somewhere between a tenth and half of the work.
    let victim: Instance | undefined;
    let doneAtKill = 0;
    while (!victim && Date.now() < killBy) {
      const done = await fired();
      if (done >= TOTAL / 2) break;
      if (done >= TOTAL / 10) {
        const busy = await db.query<{ application_name: string }>(
          `SELECT application_name FROM pg_stat_activity
            WHERE datname = current_database() AND application_name LIKE 'tiepdan-%' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
        );
        const names = new Set(busy.rows.map((r) => r.application_name.replace('tiepdan-', '')));
        const candidate = instances.find((i) => names.has(i.name));
        if (candidate) {
          candidate.process.kill('SIGKILL');
          victim = candidate;
          doneAtKill = done;
          break;
        }
      }
      await sleep(20);
    }
    if (victim)
      console.log(`killed ${victim.name} (SIGKILL) after ${seconds(sweepStarted).toFixed(1)} s, with ${doneAtKill} deadlines fired`);
    else console.log('never caught an instance in the middle of a sweep: nobody was killed');

    const limit = Date.now() + DRAIN_LIMIT_MS;
    let done = 0;
    while ((done = await fired()) < TOTAL + 1 && Date.now() < limit) await sleep(100);
    const drain = seconds(sweepStarted);
    console.log(`${done} of ${TOTAL + 1} deadlines (the template's too) fired in ${drain.toFixed(1)} s (${Math.round(done / drain)}/s)`);
    await sleep(5_000); // a few more sweeps: nothing may fire twice after the last one.

    const counts = (
      await db.query<{ duplicates: number; missed: number; cases: number; gaps: number }>(
        `SELECT count(*)::int AS cases,
                coalesce(sum(GREATEST(f.passed - 1, 0)), 0)::int AS duplicates,
                count(*) FILTER (WHERE f.passed = 0)::int AS missed,
                count(*) FILTER (WHERE f.events <> f.last_seq)::int AS gaps
           FROM cases c
           CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE e.type = 'DEADLINE_PASSED') AS passed, count(*) AS events, max(e.seq) AS last_seq
                                 FROM case_events e WHERE e.case_id = c.id) f
          WHERE c.code LIKE '${CODE_PREFIX}%'`,
      )
    ).rows[0];
    const where = (
      await db.query<{ part: string; n: number }>(
        `SELECT e.tableoid::regclass::text AS part, count(*)::int AS n FROM case_events e WHERE e.type = 'DEADLINE_PASSED' GROUP BY 1 ORDER BY 1`,
      )
    ).rows;
    console.log(
      `history rows by partition: ${where.map((w) => `${w.part} ${w.n}`).join(', ')}; cases whose seq has gaps or repeats: ${counts.gaps}`,
    );
    console.log(
      `BENCH sweep value=${Math.round(drain * 10) / 10} unit=s duplicates=${counts.duplicates} missed=${counts.missed} cases=${counts.cases} killed=${victim ? 1 : 0}`,
    );
    if (counts.duplicates || counts.missed || counts.gaps || counts.cases !== TOTAL) process.exitCode = 1;
  } catch (error) {
    for (const i of instances) if (i.output.length) console.error(`--- ${i.name}\n${i.output.join('').slice(-4000)}`);
    throw error;
  } finally {
    for (const i of instances) if (i.process.exitCode === null && i.process.signalCode === null) i.process.kill('SIGTERM');
    await Promise.all(instances.map((i) => Promise.race([i.exited, sleep(10_000)])));
    await db.end().catch(() => undefined);
    if (process.env['BENCH_KEEP'] === '1') console.log(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(workDir, { recursive: true, force: true });
    rmSync(appDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
