// A busy Monday on two built backend instances sharing one PostgreSQL database (a fresh one, dropped after), with the
// read replicas of DATABASE_REPLICA_URLS when it is set (passed to both instances, pointed at the fresh database):
//  - 200 reception desks each log a visit every DESK_INTERVAL seconds: the duplicate check, the visit, its receipt;
//  - 50 leaders refresh the overview every 10 s;
//  - 100 agency handlers work their inbox: the inbox list, a case opened, an event applied (each handler on cases of
//    their own, taken with their first action, so no two handlers ever race on one case).
// The load comes from autocannon (one instance per operation kind and backend, at a fixed overall rate), not a
// hand-made loop; the latencies of the two backends are merged per operation. Prints p50/p95/p99 per operation and
// `BENCH monday value=<visit p95 ms> unit=ms overview_p95=<ms> errors=<n> replica=<n|none>`.
//
// Needs the built backend (`npx nx build backend`) and PostgreSQL on BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres, a user that may CREATE DATABASE). BENCH_SECONDS changes the 120 s.
// Profiles: BENCH_PROFILE=DIR writes each instance's V8 CPU profile there when it stops (`node --cpu-prof`, open in
// Chrome DevTools); BENCH_PG_LOG_MS=N has PostgreSQL log every statement of the run's database that takes N ms or more
// (`log_min_duration_statement`, set on that database only; the lines go to the server's log).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Request as CannonRequest, type Result } from 'autocannon';
import { argon2id } from 'hash-wasm';
import { Client } from 'pg';

const ADMIN_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 120);
const DESKS = 200;
const LEADERS = 50;
const HANDLERS = 100;
/**
 * Seconds between two visits of one desk (a citizen heard, the form typed: a minute is a very busy desk), between two
 * overview refreshes of one leader (the issue's 10 s), and between two rounds of one handler (inbox, case, event).
 */
const DESK_INTERVAL = Number(process.env['BENCH_DESK_INTERVAL'] ?? 60);
const LEADER_INTERVAL = 10;
const HANDLER_INTERVAL = Number(process.env['BENCH_HANDLER_INTERVAL'] ?? 30);
const EVENTS_PER_CASE = 5;
const PASSWORD = 'BenchMark2026!';
const DEMO_PASSWORD = 'TiepDan@2026';
const root = join(__dirname, '..', '..');
const main = join(root, 'dist', 'backend', 'main.js');
const REPLICAS = (process.env['DATABASE_REPLICA_URLS'] ?? '')
  .split(',')
  .map((u) => u.trim())
  .filter(Boolean);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Instance {
  port: number;
  child: ChildProcess;
}

async function startBackend(name: string, env: Record<string, string>): Promise<Instance> {
  const port = 3400 + Math.floor(Math.random() * 500);
  const profile = process.env['BENCH_PROFILE']
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`, `--cpu-prof-name=monday-${name}.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...profile, main], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    // NODE_ENV=test only so that the demo organisation loads (production never seeds it); nothing else depends on it.
    env: { ...process.env, ...env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' },
  });
  const started = Date.now();
  while (Date.now() - started < 180_000) {
    if (child.exitCode !== null) throw new Error(`backend ${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { port, child };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  child.kill();
  throw new Error(`backend ${name} did not become healthy within 3 minutes`);
}

/** JSON over HTTP for the set-up (not measured); throws with the problem on anything but 2xx. */
async function api<T>(port: number, method: string, path: string, token: string | null, body?: unknown, from?: string): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/api${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(from ? { 'x-forwarded-for': from } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/**
 * Signs in from the person's own address, as the load balancer in front of the instances reports it (X-Forwarded-For,
 * believed from loopback: TRUST_PROXY): the login throttle counts per address, and every desk is its own computer.
 */
const login = async (port: number, username: string, i: number, password = PASSWORD) =>
  (
    await api<{ accessToken: string }>(
      port,
      'POST',
      '/auth/login',
      null,
      { username, password },
      `10.18.${Math.floor(i / 250)}.${(i % 250) + 1}`,
    )
  ).accessToken;

/** Runs `work` over `items`, `parallel` at a time. */
async function pool<T, R>(items: T[], parallel: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i] as T, i);
      }
    }),
  );
  return out;
}

const idNumber = () => String(Math.floor(Math.random() * 1e12)).padStart(12, '0');

interface Desk {
  token: string;
  sessionId: string;
}
interface Handler {
  token: string;
  agencyId: string;
}
interface WorkItem {
  caseId: string;
  handler: Handler;
  step: number;
}

/** The handler's five events on a first complaint whose verification differs from the demand (dialogue required). */
function handlerEvent(step: number, agencyId: string): { type: string; payload: Record<string, unknown> } {
  const dialogueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return [
    { type: 'TRIAGE_ACCEPT', payload: { agencyId } },
    { type: 'RECORD_VERIFICATION', payload: { findings: 'Đã xác minh hiện trạng thửa đất', demandMatchesFindings: false } },
    { type: 'SCHEDULE_DIALOGUE', payload: { date: dialogueDate, place: 'Hội trường UBND', participants: ['Người khiếu nại'] } },
    { type: 'RECORD_DIALOGUE_MINUTES', payload: { minutes: 'Hai bên thống nhất kết quả đo đạc lại' } },
    { type: 'PROPOSE_DECISION', payload: { summary: 'Công nhận một phần nội dung khiếu nại', outcome: 'partly_upheld' } },
  ][step] as { type: string; payload: Record<string, unknown> };
}

type Operation = 'duplicate check' | 'visit' | 'receipt' | 'overview' | 'inbox' | 'open case' | 'case event';

/** autocannon's per-request context (set in setupRequest, read in onResponse). */
const slot = (context: object) => context as Record<string, unknown>;

/** The q-th percentile (0..100) of the samples, nearest rank. */
function percentile(sorted: number[], q: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)] as number) : NaN;
}

/**
 * One autocannon instance: `people` simulated people at one request each every `interval` seconds; every response's
 * time goes to `samples` (autocannon's `response` event), so the two backends' figures of an operation can be merged.
 */
function cannon(port: number, people: number, interval: number, request: CannonRequest, samples: number[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: people,
        overallRate: Math.max(1, Math.round(people / interval)),
        duration: SECONDS,
        timeout: 30,
        requests: [request],
      },
      (error: Error | null, result: Result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('error', reject);
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => samples.push(responseTime));
  });
}

async function main_(): Promise<void> {
  if (!existsSync(main)) throw new Error(`${main} is missing: build the backend first (npx nx build backend)`);
  const name = `tiepdan_bench_monday_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  if (process.env['BENCH_PG_LOG_MS'])
    await admin.query(`ALTER DATABASE "${name}" SET log_min_duration_statement = ${Number(process.env['BENCH_PG_LOG_MS'])}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  // A streaming replica copies the whole cluster: the fresh database is there too, under the same name.
  const replicas = REPLICAS.map((r) => {
    const u = new URL(r);
    u.pathname = `/${name}`;
    return u.toString();
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-monday-'));
  const shared = {
    DATABASE_URL: url.toString(),
    ...(replicas.length ? { DATABASE_REPLICA_URLS: replicas.join(',') } : {}),
    AUTH_SECRET: randomBytes(48).toString('base64url'),
    IDENTITY_KEY: randomBytes(32).toString('base64'),
    DEMO_DATA: 'true',
    TRUST_PROXY: 'loopback',
    FRONTEND_DIR: join(dataDir, 'no-frontend'),
  };
  const instances: Instance[] = [];
  try {
    // The first instance migrates and loads the demo organisation; the second finds both done.
    instances.push(await startBackend('a', { ...shared, DATA_DIR: mkdtempSync(join(dataDir, 'a-')) }));
    instances.push(await startBackend('b', { ...shared, DATA_DIR: mkdtempSync(join(dataDir, 'b-')) }));
    const ports = instances.map((i) => i.port);
    const [pa] = ports as [number, number];
    const on = (i: number) => ports[i % ports.length] as number;

    // Accounts: the demo organisation's agencies, and as many desks, leaders and handlers as simulated people.
    const adminToken = await login(pa, 'quantri', 999, DEMO_PASSWORD);
    const agencies = await api<{ id: string; code: string }[]>(pa, 'GET', '/agencies', adminToken);
    const agencyId = (code: string) => {
      const a = agencies.find((x) => x.code === code);
      if (!a) throw new Error(`no demo agency ${code}`);
      return a.id;
    };
    const people = [
      ...Array.from({ length: DESKS }, (_, i) => ({ role: 'reception_officer', agency: ['AP-VP', 'NK-VP'][i % 2] as string })),
      ...Array.from({ length: LEADERS }, (_, i) => ({ role: 'leader', agency: ['AP', 'NK', 'MA'][i % 3] as string })),
      ...Array.from({ length: HANDLERS }, (_, i) => ({
        role: 'agency_handler',
        agency: ['AP-DC', 'AP-TP', 'AP-CA', 'NK-DC'][i % 4] as string,
      })),
    ].map((p, i) => ({ ...p, username: `bench.${p.role.replace('_', '')}.${i}` }));
    // Written straight to the users table with one password hash (the admin API would hash 350 times, minutes on this
    // machine); each person then signs in through the API.
    let started = Date.now();
    const hash = await argon2id({
      password: PASSWORD,
      salt: randomBytes(16),
      memorySize: 19_456,
      iterations: 2,
      parallelism: 1,
      hashLength: 32,
      outputType: 'encoded',
    });
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO users (username, full_name, password_hash, role, agency_id)
         SELECT p.username, 'Người thử ' || p.n, $1, p.role, a.id
         FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS p(username, role, code, n) JOIN agencies a ON a.code = p.code`,
        [hash, people.map((p) => p.username), people.map((p) => p.role), people.map((p) => p.agency)],
      );
    } finally {
      await db.end();
    }
    const tokens = await pool(people, 4, (p, i) => login(on(i), p.username, i));
    const byRole = (role: string) => people.map((p, i) => ({ ...p, token: tokens[i] as string })).filter((p) => p.role === role);

    // One open session per commune, found or opened by its first desk.
    const sessionOf = new Map<string, string>();
    for (const desk of byRole('reception_officer')) {
      if (sessionOf.has(desk.agency)) continue;
      const today = await api<{ openSession: { id: string } | null }>(pa, 'GET', '/reception/today', desk.token);
      const id =
        today.openSession?.id ?? (await api<{ id: string }>(pa, 'POST', '/reception/sessions', desk.token, { kind: 'regular' })).id;
      sessionOf.set(desk.agency, id);
    }
    const desks: Desk[] = byRole('reception_officer').map((d) => ({ token: d.token, sessionId: sessionOf.get(d.agency) as string }));
    const leaders = byRole('leader').map((l) => l.token);
    const handlers: Handler[] = byRole('agency_handler').map((h) => ({ token: h.token, agencyId: agencyId(h.agency) }));

    // Each handler's own complaints, enough for the run's events, logged by a desk of the agency's commune.
    const casesPerHandler = Math.ceil(SECONDS / HANDLER_INTERVAL / EVENTS_PER_CASE) + 2;
    started = Date.now();
    const deskOfCommune = (agency: string) =>
      byRole('reception_officer').find((d) => d.agency === `${agency.split('-')[0]}-VP`)?.token as string;
    const work: WorkItem[] = await pool(
      handlers.flatMap((h, i) =>
        Array.from({ length: casesPerHandler }, () => ({
          h,
          code: people.filter((p) => p.role === 'agency_handler')[i]?.agency as string,
        })),
      ),
      4,
      async ({ h, code }, i) => {
        const c = await api<{ id: string }>(on(i), 'POST', '/cases', deskOfCommune(code), {
          type: 'complaint',
          channel: 'reception',
          category: 'land',
          summary: `Khiếu nại thu hồi đất số ${i}`,
          leadAgencyId: h.agencyId,
          petitioner: { fullName: `Công dân ${i}`, idNumber: idNumber() },
        });
        return { caseId: c.id, handler: h, step: 0 };
      },
    );
    console.log(`${work.length} complaints for the handlers logged in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    // Receipts print for visits logged during the run; a few logged now so the first receipts have a case.
    const receipts: { caseId: string; token: string }[] = [];
    for (const [i, desk] of desks.slice(0, 10).entries()) {
      const visit = await api<{ cases: { id: string }[] }>(
        on(i),
        'POST',
        `/reception/sessions/${desk.sessionId}/visits`,
        desk.token,
        visitBody(i),
      );
      receipts.push({ caseId: visit.cases[0]?.id as string, token: desk.token });
    }

    let deskTurn = 0;
    let visitCount = 0;
    let receiptTurn = 0;
    let leaderTurn = 0;
    let openTurn = 0;
    const queue = [...work];
    const auth = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
    const operations: Record<Operation, (port: number, share: number, samples: number[]) => Promise<Result>> = {
      'duplicate check': (port, share, samples) =>
        cannon(
          port,
          DESKS / share,
          DESK_INTERVAL,
          {
            method: 'POST',
            path: '/api/reception/duplicates',
            setupRequest: (req) => {
              const desk = desks[deskTurn++ % desks.length] as Desk;
              return {
                ...req,
                headers: auth(desk.token),
                body: JSON.stringify({ idNumber: idNumber(), summary: 'Khiếu nại việc thu hồi đất' }),
              };
            },
          },
          samples,
        ),
      visit: (port, share, samples) =>
        cannon(
          port,
          DESKS / share,
          DESK_INTERVAL,
          {
            method: 'POST',
            setupRequest: (req, context) => {
              const desk = desks[deskTurn++ % desks.length] as Desk;
              slot(context)['token'] = desk.token;
              return {
                ...req,
                path: `/api/reception/sessions/${desk.sessionId}/visits`,
                headers: auth(desk.token),
                body: JSON.stringify(visitBody(visitCount++)),
              };
            },
            onResponse: (status, body, context) => {
              if (status !== 201) return;
              const caseId = (JSON.parse(body) as { cases: { id: string }[] }).cases[0]?.id;
              if (caseId) receipts.push({ caseId, token: slot(context)['token'] as string });
            },
          },
          samples,
        ),
      receipt: (port, share, samples) =>
        cannon(
          port,
          DESKS / share,
          DESK_INTERVAL,
          {
            method: 'GET',
            setupRequest: (req) => {
              // The newest visit not yet printed, else one printed before (a receipt changes nothing).
              const r = (
                receiptTurn < receipts.length ? receipts[receiptTurn++] : receipts[Math.floor(Math.random() * receipts.length)]
              ) as (typeof receipts)[number];
              return { ...req, path: `/api/reception/cases/${r.caseId}/receipt.pdf`, headers: auth(r.token) };
            },
          },
          samples,
        ),
      overview: (port, share, samples) =>
        cannon(
          port,
          LEADERS / share,
          LEADER_INTERVAL,
          {
            method: 'GET',
            path: '/api/dashboard/overview',
            setupRequest: (req) => ({ ...req, headers: auth(leaders[leaderTurn++ % leaders.length] as string) }),
          },
          samples,
        ),
      inbox: (port, share, samples) =>
        cannon(
          port,
          HANDLERS / share,
          HANDLER_INTERVAL,
          {
            method: 'GET',
            path: '/api/inbox',
            setupRequest: (req) => ({ ...req, headers: auth((handlers[openTurn++ % handlers.length] as Handler).token) }),
          },
          samples,
        ),
      'open case': (port, share, samples) =>
        cannon(
          port,
          HANDLERS / share,
          HANDLER_INTERVAL,
          {
            method: 'GET',
            setupRequest: (req) => {
              const item = work[openTurn++ % work.length] as WorkItem;
              return { ...req, path: `/api/cases/${item.caseId}`, headers: auth(item.handler.token) };
            },
          },
          samples,
        ),
      'case event': (port, share, samples) =>
        cannon(
          port,
          HANDLERS / share,
          HANDLER_INTERVAL,
          {
            method: 'POST',
            setupRequest: (req, context) => {
              // A case is in the queue at most once: its next event is queued when the previous one has answered.
              const item = queue.shift();
              if (!item) throw new Error('the handlers ran out of cases: raise casesPerHandler');
              slot(context)['item'] = item;
              return {
                ...req,
                path: `/api/cases/${item.caseId}/events`,
                headers: auth(item.handler.token),
                body: JSON.stringify(handlerEvent(item.step, item.handler.agencyId)),
              };
            },
            onResponse: (status, _body, context) => {
              const item = slot(context)['item'] as WorkItem;
              if (status === 200 && item.step + 1 < EVENTS_PER_CASE) queue.push({ ...item, step: item.step + 1 });
            },
          },
          samples,
        ),
    };

    console.log(
      `${SECONDS} s: ${DESKS} desks (a visit each every ${DESK_INTERVAL} s), ${LEADERS} leaders (overview every ${LEADER_INTERVAL} s), ` +
        `${HANDLERS} handlers (inbox, a case, an event every ${HANDLER_INTERVAL} s) on ${ports.length} instances, replica=${replicas.length || 'none'}`,
    );
    const names = Object.keys(operations) as Operation[];
    const samples = new Map(names.map((op) => [op, [] as number[]]));
    // The profiles cover the instances' whole life (start-up, sign-ins): the run's window, on the monotonic clock the
    // profiles' timestamps use (microseconds), picks out the measured part.
    const windowStart = process.hrtime.bigint() / 1000n;
    const results = await Promise.all(
      names.flatMap((op) => ports.map((port) => operations[op](port, ports.length, samples.get(op) as number[]).then((r) => ({ op, r })))),
    );

    if (process.env['BENCH_PROFILE']) console.log(`profile window (monotonic µs): ${windowStart} ${process.hrtime.bigint() / 1000n}`);
    let errors = 0;
    const p95: Partial<Record<Operation, number>> = {};
    for (const op of names) {
      const mine = results.filter((x) => x.op === op).map((x) => x.r);
      const sorted = (samples.get(op) as number[]).sort((a, b) => a - b);
      const failed = mine.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
      errors += failed;
      p95[op] = Math.round(percentile(sorted, 95));
      const statuses = new Map<string, number>();
      for (const r of mine)
        for (const [code, stat] of Object.entries(r.statusCodeStats ?? {}))
          if (!code.startsWith('2')) statuses.set(code, (statuses.get(code) ?? 0) + (stat.count ?? 0));
      console.log(
        `${op.padEnd(16)} ${String(sorted.length).padStart(6)} responses  p50 ${Math.round(percentile(sorted, 50))} ms  p95 ${p95[op]} ms  ` +
          `p99 ${Math.round(percentile(sorted, 99))} ms  errors ${failed}` +
          (statuses.size
            ? ` (${[...statuses].map(([c, n]) => `${c}: ${n}`).join(', ')}; timeouts ${mine.reduce((n, r) => n + r.timeouts, 0)})`
            : ''),
      );
    }
    console.log(
      `BENCH monday value=${p95.visit} unit=ms overview_p95=${p95.overview} errors=${errors} replica=${replicas.length || 'none'}`,
    );
  } finally {
    // Stopped gracefully (SIGTERM), each instance writes its CPU profile as it exits: wait for that, within reason.
    const exited = instances.map((i) => (i.child.exitCode !== null ? Promise.resolve() : new Promise((r) => i.child.once('exit', r))));
    for (const i of instances) i.child.kill('SIGTERM');
    await Promise.race([Promise.all(exited), sleep(process.env['BENCH_PROFILE'] ? 60_000 : 1500)]);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function visitBody(i: number): Record<string, unknown> {
  return {
    citizen: { fullName: `Công dân thứ ${i}`, idNumber: idNumber(), address: 'Tổ dân phố 3' },
    contents: [{ contentType: 'proposal', category: 'land', summary: `Đề nghị cấp giấy chứng nhận quyền sử dụng đất (${i})` }],
  };
}

main_().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
