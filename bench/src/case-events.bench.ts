// Case events applied per second on the real PostgreSQL, four ways in one run, 32 concurrent clients each:
//  - service-write: the service layer's transactional path (CasesService.applyEventInTransaction, as the reception,
//              dialogue and team contexts use it): scope check, row lock, payload validation, permission, pure
//              transition, deadline recompute, snapshot + columns + history + outbox, commit. The same writes as the
//              baseline plus everything the service decides: this is the figure the target applies to;
//  - service:  CasesService.applyEvent, which does the above and then reads back the case detail it returns (history,
//              parties, deadline explanation, allowed events): one more query per event;
//  - http:     the same through POST /api/cases/:id/events (auth, validation, JSON);
//  - baseline: raw `pg` doing the same writes (update the case row, insert the history row, insert an outbox row) in one
//              transaction per event.
// Usage: npm run bench -- case-events   (BENCH_DATABASE_URL, BENCH_CASES to change the defaults)
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
/* eslint-disable @nx/enforce-module-boundaries -- the benchmark measures the backend in-process, as the issue asks. */
import type { Actor } from '../../backend/src/access/actor';
import { createApp } from '../../backend/src/bootstrap';
import { CasesService } from '../../backend/src/cases/cases.service';
import { ManualClock } from '../../backend/src/platform/clock/clock';
import { loadConfig } from '../../backend/src/platform/config/app-config';
/* eslint-enable @nx/enforce-module-boundaries */
import { benchLine } from './report';

const ADMIN_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const CASES = Number(process.env['BENCH_CASES'] ?? 600);
const CLIENTS = 32;
const NOW = '2026-03-02T02:00:00.000Z';

// Three handler events per complaint (first level, findings match the demand so no dialogue is needed: with the
// clock fixed, a dialogue could not be both announced 5 days ahead and minuted on its day).
const steps = (agencyId: string) => [
  { type: 'TRIAGE_ACCEPT', payload: { agencyId } },
  {
    type: 'RECORD_VERIFICATION',
    payload: {
      findings: 'Đã xác minh hiện trạng thửa đất',
      demandMatchesFindings: true,
    },
  },
  {
    type: 'PROPOSE_DECISION',
    payload: {
      summary: 'Công nhận một phần nội dung khiếu nại',
      outcome: 'partly_upheld',
    },
  },
];

/** Runs `work(i)` for i in [0, count) on `clients` concurrent workers; returns events per second. */
async function timed(count: number, clients: number, work: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) await work(next++);
    }),
  );
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

async function main(): Promise<void> {
  const name = `tiepdan_bench_events_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-bench-'));
  const clock = new ManualClock(new Date(NOW));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: url.toString(),
    DB_POOL_SIZE: String(CLIENTS),
    LOG_LEVEL: 'silent',
    SCHEDULER_ENABLED: 'false',
    DEMO_DATA: 'true',
    FRONTEND_DIR: join(dataDir, 'none'),
    AUTH_SECRET: randomBytes(48).toString('base64url'),
    IDENTITY_KEY: randomBytes(32).toString('base64'),
  });
  const running = await createApp(config, {
    clock,
    database: {
      mode: 'external',
      url: url.toString(),
      stop: async () => undefined,
    },
  });
  const pool = new Pool({ connectionString: url.toString(), max: CLIENTS });
  try {
    const service = running.app.get(CasesService);
    const dataSource = running.app.get(DataSource);
    const actorOf = async (username: string): Promise<Actor> => {
      const { rows } = await pool.query(
        `SELECT u.id, u.username, u.role, u.agency_id, u.neighbourhood_id, a.commune_id, a.province_id
           FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.username = $1`,
        [username],
      );
      const r = rows[0];
      return {
        userId: r.id,
        username: r.username,
        role: r.role,
        agencyId: r.agency_id,
        communeId: r.commune_id,
        provinceId: r.province_id,
        neighbourhoodId: r.neighbourhood_id,
        sessionId: randomUUID(),
      };
    };
    const officer = await actorOf('tiepdan.anphu');
    const handler = await actorOf('chuyenvien.diachinh');
    const events = steps(handler.agencyId);

    // Three sets of fresh complaints, one per way of applying events (not timed).
    const makeCases = async (label: string) => {
      const ids: string[] = [];
      await timed(CASES, 8, async (i) => {
        const created = await service.create(officer, {
          type: 'complaint',
          channel: 'reception',
          category: 'land',
          summary: `${label} ${i}: khiếu nại quyết định thu hồi đất`,
          leadAgencyId: handler.agencyId,
          petitioner: { fullName: `Công dân ${i}` },
        } as never);
        ids.push(created.body.id);
      });
      return ids;
    };
    const [writeCases, serviceCases, httpCases, baselineCases] = [
      await makeCases('service-write'),
      await makeCases('service'),
      await makeCases('http'),
      await makeCases('baseline'),
    ];
    const total = CASES * events.length;

    // Events of one case are applied in order; different cases run concurrently.
    const perCase = (ids: string[], apply: (id: string, step: number) => Promise<void>) => async (i: number) => {
      const id = ids[i] as string;
      for (let step = 0; step < events.length; step++) await apply(id, step);
    };

    // Raw pg baseline: the same three writes per event, with a snapshot of the same size, in one transaction.
    const snapshots = await pool.query(`SELECT id, snapshot FROM cases WHERE id = ANY($1::uuid[])`, [serviceCases.slice(0, 1)]);
    const snapshot = snapshots.rows[0].snapshot;
    const baselineRate =
      (await timed(CASES, CLIENTS, async (i) => {
        const id = baselineCases[i] as string;
        for (let step = 0; step < events.length; step++) {
          const event = events[step] as (typeof events)[number];
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            const { rows } = await client.query(`SELECT version FROM cases WHERE id = $1 FOR UPDATE`, [id]);
            const version = rows[0].version + 1;
            await client.query(`UPDATE cases SET snapshot = $2, state = $3, version = $4, updated_at = now() WHERE id = $1`, [
              id,
              snapshot,
              'accepted.verification',
              version,
            ]);
            await client.query(
              `INSERT INTO case_events (case_id, seq, type, payload, actor_id, actor_name, actor_role, at, from_state, to_state, note)
               VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8, $9, NULL)`,
              [id, version, event.type, event.payload, handler.userId, handler.username, handler.role, 'received', 'accepted.verification'],
            );
            await client.query(`INSERT INTO outbox (topic, case_id, payload) VALUES ($1, $2, $3)`, ['case.assigned', id, { caseId: id }]);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          } finally {
            client.release();
          }
        }
      })) * events.length;
    console.log(`baseline (raw pg, 3 writes/event): ${total} events, ${baselineRate.toFixed(0)} events/s`);

    const writeRate =
      (await timed(
        CASES,
        CLIENTS,
        perCase(writeCases, async (id, step) => {
          await dataSource.transaction((tx) => service.applyEventInTransaction(tx, handler, id, events[step] as never));
        }),
      )) * events.length;
    console.log(`service layer, write path (CasesService.applyEventInTransaction): ${total} events, ${writeRate.toFixed(0)} events/s`);

    const serviceRate =
      (await timed(
        CASES,
        CLIENTS,
        perCase(serviceCases, async (id, step) => {
          await service.applyEvent(handler, id, events[step] as never);
        }),
      )) * events.length;
    console.log(`service layer (CasesService.applyEvent): ${total} events, ${serviceRate.toFixed(0)} events/s`);

    const server = await running.app.listen(0, '127.0.0.1');
    const port = (server.address() as { port: number }).port;
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: 'chuyenvien.diachinh',
        password: 'TiepDan@2026',
      }),
    });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const httpRate =
      (await timed(
        CASES,
        CLIENTS,
        perCase(httpCases, async (id, step) => {
          const res = await fetch(`http://127.0.0.1:${port}/api/cases/${id}/events`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${token}`,
            },
            body: JSON.stringify(events[step]),
          });
          if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
          await res.arrayBuffer();
        }),
      )) * events.length;
    console.log(`HTTP (${CLIENTS} clients): ${total} events, ${httpRate.toFixed(0)} events/s`);

    const check = await pool.query(
      // Beside the intake's CREATED row, the handler's first event claims the case (HANDLER_ASSIGNED, ownership.ts).
      `SELECT count(*)::int AS n FROM case_events WHERE case_id = ANY($1::uuid[]) AND type NOT IN ('CREATED', 'HANDLER_ASSIGNED')`,
      [[...writeCases, ...serviceCases, ...httpCases]],
    );
    if (check.rows[0].n !== 3 * total) throw new Error(`expected ${3 * total} history rows, found ${check.rows[0].n}`);

    console.log(benchLine('case-events-http', httpRate, 'events/s', baselineRate));
    console.log(benchLine('case-events-service', serviceRate, 'events/s', baselineRate));
    console.log(benchLine('case-events-service-write', writeRate, 'events/s', baselineRate));
  } finally {
    await pool.end();
    await running.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
