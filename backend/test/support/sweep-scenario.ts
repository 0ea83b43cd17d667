import type { Client } from 'pg';
import type { AgencyDto, CaseDetailDto, TokenResponse } from '@tiep-dan/contracts';
import { DEMO_PASSWORD } from '../../src/demo/demo-organisation';
import { json, sleep, type Instance } from './backend-processes';

/** The instances' clock at start (TESTING_CLOCK_AT): a Monday. */
export const SWEEP_START = '2026-03-02T02:00:00.000Z';
// Nine weeks later: every complaint's 10-working-day triage deadline (received 2 March) has passed.
const AFTER_DEADLINES = '2026-05-04T02:00:00.000Z';

/**
 * The multi-instance deadline sweep: `cases` complaints are created through the instances' HTTP APIs, time jumps past
 * every deadline, and one instance is killed with SIGKILL while it holds a sweep transaction. Every case must end up
 * with exactly one DEADLINE_PASSED event and one overdue outbox row. The instances run with TESTING_CLOCK at
 * SWEEP_START on the demo organisation, each with `application_name=tiepdan-<name>` (namedUrl); `sql` is a direct
 * connection to the database, which sees their transactions in pg_stat_activity.
 */
export async function sweepScenario(all: Instance[], sql: Client, cases: number): Promise<void> {
  const [a, b] = all as [Instance, Instance];
  const login = await json<TokenResponse>(a.port, 'POST', '/api/auth/login', {
    username: 'tiepdan.anphu',
    password: DEMO_PASSWORD,
  });
  expect(login.status).toBe(200);
  const token = login.body.accessToken;
  const agencies = await json<AgencyDto[]>(b.port, 'GET', '/api/agencies', undefined, token);
  const land = agencies.body.find((x) => x.code === 'AP-DC') as AgencyDto;

  // The complaints through every instance's HTTP API, 24 at a time.
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 24 }, async () => {
      while (next < cases) {
        const n = next++;
        const target = all[n % all.length] as Instance;
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
        if (res.status !== 201) throw new Error(`create ${n} via ${target.name}: ${res.status} ${JSON.stringify(res.body)}`);
        ids.push(res.body.id);
      }
    }),
  );
  expect(new Set(ids).size).toBe(cases);
  const passedCount = async () =>
    Number(
      (await sql.query(`SELECT count(*)::int AS n FROM case_events WHERE type = 'DEADLINE_PASSED' AND case_id = ANY($1::uuid[])`, [ids]))
        .rows[0].n,
    );
  expect(await passedCount()).toBe(0);

  // Time jumps past every deadline on every instance; their sweepers start claiming batches. Moving the clock is for
  // administrators only.
  const admin = await json<TokenResponse>(a.port, 'POST', '/api/auth/login', {
    username: 'quantri',
    password: DEMO_PASSWORD,
  });
  expect(admin.status).toBe(200);
  for (const i of all)
    expect((await json(i.port, 'POST', '/api/testing/clock', { at: AFTER_DEADLINES }, admin.body.accessToken)).status).toBe(200);

  // Kill an instance the moment it holds an open sweep transaction while part of the work is done, and enough is left
  // for the survivors to take over.
  const leftAtKill = Math.min(300, Math.floor(cases / 3));
  let victim: Instance | undefined;
  let doneAtKill = 0;
  for (let attempt = 0; attempt < 2000 && !victim; attempt++) {
    const busy = await sql.query(
      `SELECT application_name FROM pg_stat_activity
        WHERE datname = current_database() AND application_name LIKE 'tiepdan-%' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
    );
    const done = await passedCount();
    const names = new Set(busy.rows.map((r: { application_name: string }) => r.application_name.replace('tiepdan-', '')));
    const candidate = all.find((i) => names.has(i.name));
    if (candidate && done > 0 && done < cases - leftAtKill) {
      candidate.process.kill('SIGKILL');
      victim = candidate;
      doneAtKill = done;
    } else {
      await sleep(5);
    }
  }
  if (!victim) throw new Error('never caught an instance in the middle of a sweep');
  expect(await victim.exited).toBe('SIGKILL');
  expect(doneAtKill).toBeGreaterThan(0);
  expect(doneAtKill).toBeLessThan(cases);

  // The survivors finish the work, including the batch the killed instance had claimed (rolled back by PostgreSQL).
  const deadline = Date.now() + 180_000;
  while ((await passedCount()) < cases && Date.now() < deadline) await sleep(250);
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
  expect(perCase.rows).toHaveLength(cases);
  const wrong = perCase.rows.filter(
    (r: { passed: number; events: number; last_seq: number; overdue_rows: number; overdue_since: Date | null }) =>
      r.passed !== 1 || r.events !== r.last_seq || r.overdue_rows !== 1 || !r.overdue_since,
  );
  expect(wrong).toEqual([]);
  // The survivors are healthy and still serve requests.
  for (const i of all.filter((x) => x !== victim)) expect((await fetch(`http://127.0.0.1:${i.port}/api/health`)).status).toBe(200);
}
