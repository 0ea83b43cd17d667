import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AgencyDto, CaseDetailDto, ReceptionSessionDto } from '@tiep-dan/contracts';
import { createApp, RunningApp } from '../src/bootstrap';
import { DEMO_PASSWORD } from '../src/demo/demo-organisation';
import { bearer, freshIp, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

/** Personal data that must never reach a log line, whichever way it is sent. */
const CANARY = {
  name: 'Zyxwv Canarinho',
  idNumber: '079188123456',
  phone: '0977123654',
};
const CANARY_PATTERN = /Canarinho|079188123456|0977123654/;

/** Issue 16, platform rows: logs hold no identities, hostile input is never a 500, the testing clock and throttles hold. */
describe.each(testDatabases())('hardening on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  const logLines: string[] = [];
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  const complaint = (extra: Record<string, unknown> = {}) => ({
    type: 'complaint',
    channel: 'reception',
    category: 'land',
    summary: 'Khiếu nại về tranh chấp ranh giới đất',
    petitioner: {
      fullName: 'Nguyễn Văn Bình',
      idNumber: '001200012345',
      phone: '0912345678',
    },
    leadAgencyId: agencies['AP-DC'].id,
    ...extra,
  });

  async function createCase(extra: Record<string, unknown> = {}): Promise<CaseDetailDto> {
    const res = await http()
      .post('/api/cases')
      .set(await auth('tiepdan.anphu'))
      .send(complaint(extra));
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CaseDetailDto;
  }

  async function openSession(): Promise<ReceptionSessionDto> {
    const today = await http()
      .get('/api/reception/today')
      .set(await auth('tiepdan.anphu'));
    const open = (today.body as { openSession?: ReceptionSessionDto | null }).openSession;
    if (open) return open;
    const res = await http()
      .post('/api/reception/sessions')
      .set(await auth('tiepdan.anphu'))
      .send({ kind: 'scheduled' });
    if (res.status !== 201) throw new Error(`open failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ReceptionSessionDto;
  }

  const expectProblem = (res: request.Response, status: number, code?: string) => {
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
      status,
      type: expect.stringContaining('application/problem+json'),
    });
    expect(res.body.message).toEqual({
      vi: expect.any(String),
      en: expect.any(String),
    });
    if (code) expect(res.body.code).toBe(code);
  };

  beforeAll(async () => {
    t = await startTestApp(
      db,
      { SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'trace' },
      { logStream: { write: (line: string) => void logLines.push(line) } },
    );
    t.clock.set('2026-03-02T02:00:00.000Z');
    const list = (
      await http()
        .get('/api/agencies')
        .set(await auth('quantri'))
        .expect(200)
    ).body as AgencyDto[];
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  describe('row 6: hostile input', () => {
    it('refuses a NUL byte or another C0 control character in any string field with a 400 naming the field', async () => {
      const nulLogin = await http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', freshIp())
        .send({ username: 'quantri\u0000', password: 'x' });
      expectProblem(nulLogin, 400, 'VALIDATION_FAILED');
      expect(nulLogin.body.errors.map((e: { field: string }) => e.field)).toEqual(['username']);

      const lookup = await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', freshIp())
        .send({ code: 'TD-2026\u0000', phoneLast4: '1234' });
      expectProblem(lookup, 400, 'VALIDATION_FAILED');
      expect(lookup.body.errors[0].field).toBe('code');

      const before = await sql<{ n: string }>('SELECT count(*) AS n FROM cases');
      const summary = await http()
        .post('/api/cases')
        .set(await auth('tiepdan.anphu'))
        .send(complaint({ summary: 'Khiếu nại\u0000 đất' }));
      expectProblem(summary, 400, 'VALIDATION_FAILED');
      expect(summary.body.errors[0].field).toBe('summary');
      const bell = await http()
        .post('/api/cases')
        .set(await auth('tiepdan.anphu'))
        .send(complaint({ petitioner: { fullName: 'Nguyễn\u0007 Bình' } }));
      expect(bell.body.errors[0].field).toBe('petitioner.fullName');
      expect(await sql<{ n: string }>('SELECT count(*) AS n FROM cases')).toEqual(before);

      const session = await openSession();
      const visit = await http()
        .post(`/api/reception/sessions/${session.id}/visits`)
        .set(await auth('tiepdan.anphu'))
        .send({
          citizen: { fullName: 'Trần\u0000Thị Hoa', phone: '0912000111' },
          contents: [
            {
              contentType: 'proposal',
              category: 'other',
              summary: 'Kiến nghị',
            },
          ],
        });
      expectProblem(visit, 400, 'VALIDATION_FAILED');
      expect(visit.body.errors[0].field).toBe('citizen.fullName');
      const query = await http()
        .get('/api/cases')
        .query({ q: 'a\u0000b' })
        .set(await auth('tiepdan.anphu'));
      expect(query.body.errors[0].field).toBe('q');

      // Tabs and line breaks are ordinary text.
      const multiline = await createCase({
        summary: 'Dòng một\n\tDòng hai\r\n',
      });
      expect(multiline.summary).toContain('Dòng hai');
    });

    it('refuses JSON nested 10,000 deep with a 400 before parsing it', async () => {
      const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
      const caseToken = await auth('tiepdan.anphu');
      for (const [path, headers] of [
        ['/api/auth/login', {}],
        ['/api/public/lookup', {}],
        ['/api/cases', caseToken],
      ] as const) {
        for (const body of [deepArray, deepObject]) {
          const res = await http()
            .post(path)
            .set(headers)
            .set('X-Forwarded-For', freshIp())
            .set('Content-Type', 'application/json')
            .send(body);
          expectProblem(res, 400, 'JSON_TOO_DEEP');
        }
      }
      // Brackets inside strings are not nesting.
      const brackets = await createCase({
        summary: `Khiếu nại ${'[{'.repeat(100)}`,
      });
      expect(brackets.summary).toContain('[{[{');
    });

    it('answers a bad or unknown uuid in a payload or path with a 4xx, never the SQL, and writes nothing', async () => {
      const created = await createCase();
      const handler = await auth('chuyenvien.diachinh');
      const notUuid = await http()
        .post(`/api/cases/${created.id}/events`)
        .set(handler)
        .send({ type: 'TRIAGE_ACCEPT', payload: { agencyId: 'not-a-uuid' } });
      expectProblem(notUuid, 400);
      expect(JSON.stringify(notUuid.body)).not.toMatch(/uuid|syntax|SELECT|UPDATE|not-a-uuid/i);
      const unknown = randomUUID();
      const foreign = await http()
        .post(`/api/cases/${created.id}/events`)
        .set(handler)
        .send({ type: 'TRIAGE_ACCEPT', payload: { agencyId: unknown } });
      expect(foreign.status).toBeGreaterThanOrEqual(400);
      expect(foreign.status).toBeLessThan(500);
      expect(foreign.body.code).toEqual(expect.any(String));
      expect(JSON.stringify(foreign.body)).not.toContain(unknown);
      const [after] = await sql<{ version: number; state: string }>('SELECT version, state FROM cases WHERE id = $1', [created.id]);
      expect(after).toEqual({ version: created.version, state: created.state });

      const badNeighbourhood = await http()
        .post('/api/cases')
        .set(await auth('tiepdan.anphu'))
        .send(complaint({ neighbourhoodId: randomUUID() }));
      expect(badNeighbourhood.status).toBeGreaterThanOrEqual(400);
      expect(badNeighbourhood.status).toBeLessThan(500);
    });
  });

  describe('row 3: logs', () => {
    it('never logs a name, an ID number or a phone, from bodies, query strings or failed queries', async () => {
      const officer = await auth('tiepdan.anphu');
      logLines.length = 0;
      // The desk's duplicate check is a POST now: the ID number is in the body, not the URL.
      const dup = await http().post('/api/reception/duplicates').set(officer).send({ idNumber: CANARY.idNumber });
      expect(dup.status).toBe(200);
      await http().get('/api/reception/duplicates').query({ idNumber: CANARY.idNumber }).set(officer);
      await http().get('/api/cases').query({ q: CANARY.name }).set(officer).expect(200);
      await http()
        .get(`/api/cases/${encodeURIComponent(CANARY.name)}`)
        .set(officer);
      await http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', freshIp())
        .send({ username: CANARY.name, password: CANARY.phone })
        .expect(401);
      // A malformed reference carrying the canary (it used to reach the database as
      // `invalid input syntax for type uuid: "079188123456"`).
      const created = await createCase({
        summary: `Khiếu nại của ${CANARY.name}`,
      });
      const refused = await http()
        .post(`/api/cases/${created.id}/events`)
        .set(await auth('chuyenvien.diachinh'))
        .send({
          type: 'TRIAGE_ACCEPT',
          payload: { agencyId: CANARY.idNumber },
          note: CANARY.name,
        });
      expectProblem(refused, 400);
      expect(JSON.stringify(refused.body)).not.toMatch(CANARY_PATTERN);
      // The malformed reference is stopped before the database (payload-references.ts); how a database refusal is
      // logged, without its SQL or parameters, is the exception filter's unit test.
      expect(logLines.some((line) => line.includes('"statusCode":400'))).toBe(true);
      // Requests are logged with their route pattern.
      expect(logLines.some((line) => line.includes('"route":"/api/cases/:id"'))).toBe(true);
      expect(logLines.length).toBeGreaterThan(5);
      const leaks = logLines.filter((line) => CANARY_PATTERN.test(line));
      expect(leaks).toEqual([]);
    });
  });

  describe('row 10: races', () => {
    const accept = () => ({
      type: 'TRIAGE_ACCEPT',
      payload: { agencyId: agencies['AP-DC'].id },
    });

    it('gives every request carrying one Idempotency-Key the first answer, even ten at once', async () => {
      const c = await createCase();
      const handler = await auth('chuyenvien.diachinh');
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => http().post(`/api/cases/${c.id}/events`).set(handler).set('Idempotency-Key', key).send(accept())),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
      // The handler's acceptance also takes the unassigned case: a claim, then the event.
      expect(new Set(responses.map((r) => r.body.version))).toEqual(new Set([c.version + 2]));
      const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'TRIAGE_ACCEPT'`, [
        c.id,
      ]);
      expect(n).toBe(1);
    });

    it('answers the losers of a race 409 with the current version, also without expectedVersion', async () => {
      const c = await createCase();
      const handler = await auth('chuyenvien.diachinh');
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => http().post(`/api/cases/${c.id}/events`).set(handler).send(accept())),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
      // The winner's claim of the unassigned case and its acceptance: two versions.
      for (const lost of responses.filter((r) => r.status === 409)) {
        expectProblem(lost, 409, 'CASE_VERSION_CONFLICT');
        expect(lost.body.currentVersion).toBe(c.version + 2);
      }
      // A late double submit is the same conflict; an event the current state never allowed stays a 422.
      const late = await http().post(`/api/cases/${c.id}/events`).set(handler).send(accept());
      expectProblem(late, 409, 'CASE_VERSION_CONFLICT');
      const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND type = 'TRIAGE_ACCEPT'`, [
        c.id,
      ]);
      expect(n).toBe(1);
    });
  });

  /**
   * A second instance on the same database, as production runs them: it trusts no proxy (the default) and has the
   * movable testing clock, started at the first instance's time so both count in the same windows.
   */
  describe('a second instance: trust no proxy, one shared throttle budget, the testing clock', () => {
    let b: RunningApp;
    const httpB = () => request(b.app.getHttpServer());

    beforeAll(async () => {
      b = await createApp(
        {
          ...t.config,
          logLevel: 'silent',
          trustProxy: false,
          testingClock: { enabled: true, startAt: t.clock.now() },
        },
        { database: t.database },
      );
    });
    afterAll(async () => {
      await b?.close();
    });

    it('row 7: moves the testing clock for an administrator only, within 2000–2100', async () => {
      const nobody = await httpB().post('/api/testing/clock').send({ advanceMs: 1000 });
      expectProblem(nobody, 401);
      const signIn = async (username: string) =>
        ((await httpB().post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200)).body as { accessToken: string })
          .accessToken;
      const officer = await signIn('tiepdan.anphu');
      expectProblem(await httpB().post('/api/testing/clock').set(bearer(officer)).send({ advanceMs: 1000 }), 403);
      const admin = await signIn('quantri');
      const before = (await httpB().get('/api/testing/clock').expect(200)).body.now as string;
      for (const [body, field] of [
        [{ advanceMs: 1e308 }, 'advanceMs'],
        [{ advanceMs: -1e15 }, 'advanceMs'],
        [{ advanceMs: 'soon' }, 'advanceMs'],
        [{ at: '1970-01-01T00:00:00.000Z' }, 'at'],
        [{ at: '2999-01-01T00:00:00.000Z' }, 'at'],
        [{ at: '2099-12-31T00:00:00.000Z', advanceMs: 5 * 86_400_000 }, 'advanceMs'],
      ] as const) {
        const res = await httpB().post('/api/testing/clock').set(bearer(admin)).send(body);
        expectProblem(res, 400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      // Nothing moved: health and sign-in work for everyone.
      const after = (await httpB().get('/api/testing/clock').expect(200)).body.now as string;
      expect(new Date(after).getTime() - new Date(before).getTime()).toBeLessThan(60_000);
      await httpB().get('/api/health').expect(200);
      const moved = await httpB()
        .post('/api/testing/clock')
        .set(bearer(admin))
        .send({ at: '2026-03-02T02:00:00.000Z', advanceMs: 60_000 })
        .expect(200);
      expect(moved.body.now.slice(0, 16)).toBe('2026-03-02T02:01');
      await httpB().post('/api/testing/clock').set(bearer(admin)).send({ at: t.clock.now().toISOString() }).expect(200);
      await httpB().get('/api/auth/me').set(bearer(admin)).expect(200);
    });

    it('row 8: ignores X-Forwarded-For by default, and counts sign-ins and lookups in one budget for every instance', async () => {
      const statuses: number[] = [];
      let throttled: request.Response | undefined;
      for (let i = 0; i < 12 && !throttled; i++) {
        const res = await httpB()
          .post('/api/auth/login')
          .set('X-Forwarded-For', freshIp())
          .send({ username: `khach${i}`, password: 'x1234567890' });
        statuses.push(res.status);
        if (res.status === 429) throttled = res;
      }
      // A fresh forwarded address per request does not buy a fresh budget.
      expect(throttled).toBeDefined();
      expectProblem(throttled as request.Response, 429, 'TOO_MANY_LOGIN_ATTEMPTS');
      expect(Number(throttled?.headers['retry-after'])).toBeGreaterThan(0);
      // The first instance (which trusts its loopback proxy; no header here, so the socket address counts) has no
      // budget left for that address either.
      const other = await http().post('/api/auth/login').send({ username: 'khach', password: 'x1234567890' });
      expectProblem(other, 429, 'TOO_MANY_LOGIN_ATTEMPTS');

      let lookupThrottled: request.Response | undefined;
      for (let i = 0; i < 11 && !lookupThrottled; i++) {
        const res = await httpB()
          .post('/api/public/lookup')
          .set('X-Forwarded-For', freshIp())
          .send({ code: 'TD-2026-999999', phoneLast4: '1234' });
        if (res.status === 429) lookupThrottled = res;
        else expect(res.status).toBe(404);
      }
      expect(lookupThrottled?.body.code).toBe('LOOKUP_THROTTLED');
      expect(Number(lookupThrottled?.headers['retry-after'])).toBeGreaterThan(0);
      expect((await http().post('/api/public/lookup').send({ code: 'TD-2026-999999', phoneLast4: '1234' })).status).toBe(429);
    });
  });
});
