// The leader overview over 1,000,000 cases on the real PostgreSQL. Loads the cases with plain SQL (generate_series)
// into a database of its own (2 provinces, 40 communes, 3 years, open/suspended/overdue/due-soon/closed states), starts the built
// backend on it, and times `GET /api/dashboard/overview` for a commune leader and a province leader (50 requests each,
// after a warm-up) beside one plain indexed count(*) of overdue cases of the same area. The database is dropped after.
//
// Needs: the built backend (`npx nx build backend`), PostgreSQL on BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres, a user that may CREATE DATABASE). BENCH_CASES changes the volume:
// `BENCH_CASES=5000000` is the 5M-case run (about 5 GB of database while it runs; the cases load a million per statement,
// BENCH_LOAD_CHUNK to change that).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argon2id } from 'hash-wasm';
import { Client } from 'pg';
import { benchLine, percentiles } from './report';

const ADMIN_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOTAL = Number(process.env['BENCH_CASES'] ?? 1_000_000);
/** Cases per INSERT: a 5M load in one statement would keep gigabytes of WAL until it commits. */
const LOAD_CHUNK = Number(process.env['BENCH_LOAD_CHUNK'] ?? 1_000_000);
const REQUESTS = 50;
const WARM_UP = 5;
const PORT = Number(process.env['BENCH_PORT'] ?? 3297);
const PASSWORD = 'BenchMark2026!';
const COMMUNES_PER_PROVINCE = 20;
const UNITS_PER_COMMUNE = 5;
const NEIGHBOURHOODS_PER_COMMUNE = 8;
const root = join(__dirname, '..', '..');
const main = join(root, 'dist', 'backend', 'main.js');

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

async function startBackend(databaseUrl: string, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(48).toString('base64url'),
      IDENTITY_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
      SCHEDULER_ENABLED: 'false',
      DEMO_DATA: 'false',
      FRONTEND_DIR: join(dataDir, 'no-frontend'),
    },
  });
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`the backend exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('the backend did not become healthy within 2 minutes');
}

/** Two provinces of 20 communes, each with 5 units and 8 neighbourhoods; a leader for one commune and one province. */
async function loadOrganisation(db: Client): Promise<void> {
  const hash = await argon2id({
    password: PASSWORD,
    salt: randomBytes(16),
    memorySize: 19_456,
    iterations: 2,
    parallelism: 1,
    hashLength: 32,
    outputType: 'encoded',
  });
  await db.query(`
    INSERT INTO agencies (id, parent_id, kind, code, name, commune_id, province_id)
    SELECT gen_random_uuid(), NULL, 'province', 'P' || p, 'Tỉnh thử ' || p, NULL, NULL FROM generate_series(1, 2) p;
    UPDATE agencies SET province_id = id WHERE kind = 'province';
    INSERT INTO agencies (id, parent_id, kind, code, name, commune_id, province_id)
    SELECT gen_random_uuid(), pr.id, 'commune', pr.code || '-X' || c, 'Xã thử ' || pr.code || '-' || c, NULL, pr.id
    FROM agencies pr CROSS JOIN generate_series(1, ${COMMUNES_PER_PROVINCE}) c WHERE pr.kind = 'province';
    UPDATE agencies SET commune_id = id WHERE kind = 'commune';
    INSERT INTO agencies (id, parent_id, kind, code, name, commune_id, province_id)
    SELECT gen_random_uuid(), cm.id, 'unit', cm.code || '-U' || u, 'Đơn vị ' || u || ' ' || cm.name, cm.id, cm.province_id
    FROM agencies cm CROSS JOIN generate_series(1, ${UNITS_PER_COMMUNE}) u WHERE cm.kind = 'commune';
    INSERT INTO neighbourhoods (commune_id, kind, name)
    SELECT cm.id, 'thon', 'Thôn ' || n FROM agencies cm CROSS JOIN generate_series(1, ${NEIGHBOURHOODS_PER_COMMUNE}) n WHERE cm.kind = 'commune';
  `);
  await db.query(
    `INSERT INTO users (username, full_name, password_hash, role, agency_id)
     SELECT 'bench.commune', 'Lãnh đạo xã', $1, 'leader', id FROM agencies WHERE code = 'P1-X1'
     UNION ALL SELECT 'bench.province', 'Lãnh đạo tỉnh', $1, 'leader', id FROM agencies WHERE code = 'P1'`,
    [hash],
  );
}

/**
 * The cases, numbered 1..N: commune i % 40, received over the last 3 years, 6 types, 7 categories; recent ones mostly
 * open (some due soon, some overdue), older ones mostly closed, a few still open and long overdue. Indexes are dropped
 * for the load and rebuilt from their own definitions afterwards (much faster than maintaining them row by row).
 */
async function loadCases(db: Client): Promise<void> {
  const indexes: { indexname: string; indexdef: string }[] = (
    await db.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('cases', 'case_events') AND indexname NOT LIKE 'PK_%'`)
  ).rows;
  for (const i of indexes) await db.query(`DROP INDEX "${i.indexname}"`);
  await db.query(`
    CREATE TEMP TABLE bench_communes AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS idx, id, province_id FROM agencies WHERE kind = 'commune';
    CREATE TEMP TABLE bench_units AS SELECT c.idx, (row_number() OVER (PARTITION BY a.commune_id ORDER BY a.code) - 1)::int AS k, a.id
      FROM agencies a JOIN bench_communes c ON c.id = a.commune_id WHERE a.kind = 'unit';
    CREATE TEMP TABLE bench_neighbourhoods AS SELECT c.idx, (row_number() OVER (PARTITION BY n.commune_id ORDER BY n.name) - 1)::int AS k, n.id
      FROM neighbourhoods n JOIN bench_communes c ON c.id = n.commune_id;
    CREATE INDEX ON bench_units (idx, k);
    CREATE INDEX ON bench_neighbourhoods (idx, k);
  `);
  const types = `(ARRAY['reception','complaint','complaint','denunciation','proposal','reflection','commitment'])[1 + (g.i * 31) % 7]`;
  const categories = `(ARRAY['land','site_clearance','resettlement','construction','social_policy','environment','other'])[1 + (g.i * 5) % 7]`;
  for (let first = 1; first <= TOTAL; first += LOAD_CHUNK) {
    const last = Math.min(TOTAL, first + LOAD_CHUNK - 1);
    await db.query(`
    INSERT INTO cases (code, type, machine_id, machine_version, snapshot, state, lead_agency_id, commune_id, province_id, neighbourhood_id,
      category, channel, summary, group_size, received_at, deadline_rule_id, due_at, due_soon_at, overdue_since, closed_at, created_at, updated_at)
    SELECT 'B-' || g.i, t.type, t.type, 1, '{}'::jsonb, CASE WHEN t.open THEN (ARRAY['received','accepted','verification','dialogue','decision','suspended'])[1 + (g.i / 40) % 6]
        ELSE (ARRAY['closed','guided','refused','archived','withdrawn'])[1 + (g.i / 40) % 5] END,
      CASE WHEN g.i % 10 = 0 THEN NULL ELSE u.id END, c.id, c.province_id, n.id, ${categories}, 'post', 'Hồ sơ thử ' || g.i,
      CASE WHEN g.i % 97 = 0 THEN 6 ELSE 1 END, t.received_at,
      CASE WHEN t.running THEN 'complaint.resolve.first' END,
      CASE WHEN t.running THEN t.received_at + interval '30 days' END,
      CASE WHEN t.running THEN t.received_at + interval '27 days' END,
      CASE WHEN t.running AND t.received_at + interval '30 days' < now() THEN t.received_at + interval '30 days' END,
      CASE WHEN NOT t.open THEN LEAST(now(), t.received_at + ((g.i * 3) % 40 + 1) * interval '1 day') END,
      t.received_at, t.received_at
    FROM generate_series(${first}, ${last}) AS g(i)
    CROSS JOIN LATERAL (
      SELECT ${types} AS type,
        now() - ((g.i::bigint * 7919) % (3 * 365 * 24 * 60)) * interval '1 minute' AS received_at,
        CASE WHEN (g.i::bigint * 7919) % (3 * 365 * 24 * 60) < 60 * 24 * 60 THEN (g.i * 13) % 10 < 7 ELSE (g.i * 17) % 100 < 3 END AS open
    ) t0
    -- A suspended case (state 6 of the open ones) has no running deadline.
    CROSS JOIN LATERAL (SELECT t0.*, t0.open AND (g.i / 40) % 6 <> 5 AS running) t
    JOIN bench_communes c ON c.idx = g.i % 40
    JOIN bench_units u ON u.idx = c.idx AND u.k = (g.i * 7) % ${UNITS_PER_COMMUNE}
    JOIN bench_neighbourhoods n ON n.idx = c.idx AND n.k = (g.i * 11) % ${NEIGHBOURHOODS_PER_COMMUNE}
  `);
    if (TOTAL > LOAD_CHUNK) console.log(`  cases ${first.toLocaleString('en')}–${last.toLocaleString('en')} loaded`);
  }
  // The history the trend reads: when each overdue case passed its deadline.
  await db.query(`
    INSERT INTO case_events (case_id, seq, type, payload, actor_role, at, from_state, to_state)
    SELECT id, 2, 'DEADLINE_PASSED', '{}'::jsonb, 'system', overdue_since, state, state FROM cases WHERE overdue_since IS NOT NULL
  `);
  // A partitioned table's index is listed `ON ONLY` the parent; rebuilt without it, it reaches every partition again.
  for (const i of indexes) await db.query(i.indexdef.replace(' ON ONLY ', ' ON '));
  await db.query(`VACUUM ANALYZE cases`);
  await db.query(`VACUUM ANALYZE case_events`);
}

async function login(username: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Milliseconds of each of REQUESTS overview requests (after a warm-up), measured around the HTTP call on loopback. */
async function timeOverview(token: string): Promise<{ samples: number[]; totals: unknown }> {
  let totals: unknown = null;
  const once = async () => {
    const started = process.hrtime.bigint();
    const res = await fetch(`http://127.0.0.1:${PORT}/api/dashboard/overview`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { totals?: unknown };
    if (!res.ok) throw new Error(`overview: ${res.status} ${JSON.stringify(body)}`);
    totals = body.totals;
    return ms(started);
  };
  for (let i = 0; i < WARM_UP; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) samples.push(await once());
  return { samples, totals };
}

/** One plain indexed count(*) of the area's overdue cases (the scope index + a filter), best of 5 runs after a warm-up. */
async function timeBaseline(
  db: Client,
  column: 'commune_id' | 'province_id',
  id: string,
  openOnly = false,
): Promise<{ ms: number; count: number }> {
  // With `openOnly` the same count spelled so that the partial open-and-overdue index answers it (index-only scan).
  const sql = `SELECT count(*)::int AS n FROM cases c WHERE c.${column} = $1 AND c.overdue_since IS NOT NULL${openOnly ? ' AND c.closed_at IS NULL' : ''}`;
  await db.query(sql, [id]);
  const samples: number[] = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const started = process.hrtime.bigint();
    count = (await db.query(sql, [id])).rows[0].n;
    samples.push(ms(started));
  }
  return { ms: percentiles(samples).median, count };
}

async function main_(): Promise<void> {
  if (!existsSync(main)) throw new Error(`${main} is missing: build the backend first (npx nx build backend)`);
  const name = `tiepdan_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-'));
  let backend: ChildProcess | null = null;
  const db = new Client({ connectionString: url.toString() });
  try {
    // The backend runs the migrations on start; the data goes in once the schema exists.
    let started = process.hrtime.bigint();
    backend = await startBackend(url.toString(), dataDir);
    await db.connect();
    await loadOrganisation(db);
    console.log(`schema and organisation ready in ${seconds(started).toFixed(1)} s`);
    started = process.hrtime.bigint();
    await loadCases(db);
    console.log(`${TOTAL.toLocaleString('en')} cases loaded and indexed in ${seconds(started).toFixed(1)} s`);
    const stats = (
      await db.query(
        `SELECT count(*) FILTER (WHERE closed_at IS NULL)::int AS open, count(*) FILTER (WHERE closed_at IS NULL AND overdue_since IS NOT NULL)::int AS overdue FROM cases`,
      )
    ).rows[0] as { open: number; overdue: number };
    console.log(`open ${stats.open}, overdue ${stats.overdue}`);

    const areas: {
      label: string;
      user: string;
      column: 'commune_id' | 'province_id';
      code: string;
    }[] = [
      {
        label: 'commune',
        user: 'bench.commune',
        column: 'commune_id',
        code: 'P1-X1',
      },
      {
        label: 'province',
        user: 'bench.province',
        column: 'province_id',
        code: 'P1',
      },
    ];
    for (const area of areas) {
      const id = (await db.query(`SELECT id FROM agencies WHERE code = $1`, [area.code])).rows[0].id as string;
      const token = await login(area.user);
      const { samples, totals } = await timeOverview(token);
      const baseline = await timeBaseline(db, area.column, id);
      const partial = await timeBaseline(db, area.column, id, true);
      const { median, p95 } = percentiles(samples);
      console.log(
        `overview of a ${area.label} leader: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${REQUESTS} requests; ` +
          `totals ${JSON.stringify(totals)}; baseline count(*) of ${baseline.count} overdue: ${baseline.ms.toFixed(1)} ms ` +
          `(the same count on the partial open-overdue index: ${partial.ms.toFixed(2)} ms, p95/that = ${(p95 / partial.ms).toFixed(1)})`,
      );
      // The case count on the line tells a 5M run from the default 1M one.
      console.log(`BENCH overview-${area.label}-median value=${Math.round(median * 100) / 100} unit=ms cases=${TOTAL}`);
      console.log(`${benchLine(`overview-${area.label}`, p95, 'ms', baseline.ms)} cases=${TOTAL}`);
    }
  } finally {
    backend?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await db.end().catch(() => undefined);
    // BENCH_KEEP=1 keeps the loaded database to study query plans (drop it by hand afterwards).
    if (process.env['BENCH_KEEP'] === '1') console.log(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main_().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
