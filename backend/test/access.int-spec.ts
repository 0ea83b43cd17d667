import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AgencyDto, TokenResponse } from '@tiep-dan/contracts';
import { DEMO_USERS } from '../src/demo/demo-organisation';
import { bearer, freshIp, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

// The citizen's case lookup is public by design (code + last 4 phone digits, rate-limited; reception.int-spec).
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'GET /api/demo/accounts',
  'POST /api/public/lookup',
  // The citizen rates an answered case with the lookup's code and 4 digits (issue "Citizens online").
  'POST /api/public/lookup/rating',
  // The public petition form: its options, a proof-of-work challenge, the petition (issue "Citizens online").
  'GET /api/public/petitions/options',
  'POST /api/public/petitions/challenges',
  'POST /api/public/petitions',
]);
/** Open311 GeoReport v2 authenticates client apps by their api_key, not a user's token (open311.int-spec.ts). */
const API_KEY_PREFIX = '/open311/';

describe.each(testDatabases())('access on $kind', (db) => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const auditActions = async (targetOrActor: string) =>
    (
      await t.app
        .get(DataSource)
        .query(`SELECT action FROM security_audit WHERE actor_id::text = $1 OR target_id = $1 ORDER BY id`, [targetOrActor])
    ).map((r: { action: string }) => r.action);

  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('requires a token on every route the OpenAPI document lists, except the public ones', async () => {
    const doc = (await http().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => [m.toUpperCase(), path] as const),
    );
    expect(routes.length).toBeGreaterThan(10);
    for (const [method, path] of routes) {
      if (PUBLIC_ROUTES.has(`${method} ${path}`) || path.startsWith(API_KEY_PREFIX)) continue;
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const res = await http()[method.toLowerCase() as 'get'](url).send({});
      expect({ route: `${method} ${path}`, status: res.status, code: res.body.code }).toEqual({
        route: `${method} ${path}`,
        status: 401,
        code: 'TOKEN_MISSING',
      });
    }
  });

  it('signs in every demo account and tells the UI who it is', async () => {
    for (const demo of DEMO_USERS) {
      const tokens = await login(t, demo.username);
      expect(tokens.expiresIn).toBe(900);
      const me = await http().get('/api/auth/me').set(bearer(tokens)).expect(200);
      expect(me.body).toMatchObject({ username: demo.username, role: demo.role, fullName: demo.fullName });
    }
  });

  it('names the missing field of a malformed login in both languages', async () => {
    const res = await http().post('/api/auth/login').set('X-Forwarded-For', freshIp()).send({ username: 'quantri' }).expect(400);
    const errors = res.body.errors as { field: string; code: string; message: { vi: string; en: string } }[];
    expect([...new Set(errors.map((e) => e.field))]).toEqual(['password']);
    expect(errors.find((e) => e.code === 'isNotEmpty')?.message).toEqual({
      vi: 'Trường "password" không được để trống',
      en: 'password should not be empty',
    });
    expect(res.body.message.vi).toContain('password');
  });

  it('answers a wrong password and an unknown user alike, and slows down one address guessing one account without locking the owner out', async () => {
    const user = 'chuyenvien.tuphap';
    const guesser = freshIp();
    const answers = async (username: string, ip: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', ip)
          .send({ username, password: `wrong-${i}-pass` });
        out.push(`${res.status} ${res.body.code}${res.status === 429 ? ` retry-after=${res.headers['retry-after']}` : ''}`);
      }
      return out;
    };
    // A real account and an unknown one get the very same answers: three free failures, then a growing wait.
    const real = await answers(user, guesser);
    expect(real).toEqual([
      '401 INVALID_CREDENTIALS',
      '401 INVALID_CREDENTIALS',
      '401 INVALID_CREDENTIALS',
      '401 INVALID_CREDENTIALS',
      '429 TOO_MANY_LOGIN_ATTEMPTS retry-after=2',
      '429 TOO_MANY_LOGIN_ATTEMPTS retry-after=2',
    ]);
    expect(await answers('khong.co', freshIp())).toEqual(real);
    // The owner, from their own address, signs in at once: a stranger cannot lock them out.
    await login(t, user);
    // The guesser waits 2 s, then 4 s after the next failure.
    t.clock.advance(2_000);
    await http().post('/api/auth/login').set('X-Forwarded-For', guesser).send({ username: user, password: 'wrong-again' }).expect(401);
    const slower = await http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', guesser)
      .send({ username: user, password: 'TiepDan@2026' })
      .expect(429);
    expect(slower.headers['retry-after']).toBe('4');
    const [{ id }] = await t.app.get(DataSource).query(`SELECT id FROM users WHERE username = $1`, [user]);
    expect((await auditActions(id)).filter((a: string) => a === 'login.failure')).toHaveLength(5);
    t.clock.advance(4_000);
    await http().post('/api/auth/login').set('X-Forwarded-For', guesser).send({ username: user, password: 'TiepDan@2026' }).expect(200);
  });

  it('throttles many attempts from one address', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    let last: request.Response | undefined;
    for (let i = 0; i < 12; i++) {
      const res = await http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ username: `nobody${i}`, password: 'x1234567890' });
      statuses.push(res.status);
      last = res;
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(61_000);
    const after = await http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ username: 'nobody', password: 'x1234567890' });
    expect(after.status).toBe(401);
  });

  it('refuses an expired access token; a refresh gives a new pair; a reused refresh token ends the session', async () => {
    const first = await login(t, 'lanhdao.anphu');
    t.clock.advance(16 * 60_000);
    const expired = await http().get('/api/auth/me').set(bearer(first)).expect(401);
    expect(expired.body.code).toBe('TOKEN_EXPIRED');

    const second = (await http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body as TokenResponse;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await http().get('/api/auth/me').set(bearer(second)).expect(200);

    const replay = await http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_INVALID');
    const revoked = await http().get('/api/auth/me').set(bearer(second)).expect(401);
    expect(revoked.body.code).toBe('SESSION_REVOKED');
    await http().post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    expect(await auditActions(second.user.id)).toContain('token.refresh_reuse');
  });

  it('ends the session on logout: its access and refresh tokens are refused', async () => {
    const tokens = await login(t, 'tiepdan.anphu');
    await http().post('/api/auth/logout').set(bearer(tokens)).expect(204);
    expect((await http().get('/api/auth/me').set(bearer(tokens)).expect(401)).body.code).toBe('SESSION_REVOKED');
    await http().post('/api/auth/refresh').send({ refreshToken: tokens.refreshToken }).expect(401);
  });

  it('refuses a forged token', async () => {
    const tokens = await login(t, 'tiepdan.anphu');
    const [h, p] = tokens.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.${tokens.accessToken.split('.')[2]}`;
    expect((await http().get('/api/users').set(bearer(forged)).expect(401)).body.code).toBe('TOKEN_INVALID');
  });

  it('changes a password: weak ones are refused naming the field, other sessions end', async () => {
    const a = await login(t, 'chuyenvien.congan');
    const b = await login(t, 'chuyenvien.congan');
    const weak = await http()
      .post('/api/auth/password')
      .set(bearer(a))
      .send({ currentPassword: 'TiepDan@2026', newPassword: 'short' })
      .expect(400);
    expect(weak.body.errors[0].field).toBe('newPassword');
    await http()
      .post('/api/auth/password')
      .set(bearer(a))
      .send({ currentPassword: 'TiepDan@2026', newPassword: 'MatKhauMoi2026' })
      .expect(204);
    await http().get('/api/auth/me').set(bearer(a)).expect(200);
    t.clock.advance(6000);
    await http().get('/api/auth/me').set(bearer(b)).expect(401);
    await login(t, 'chuyenvien.congan', 'MatKhauMoi2026');
  });

  describe('administration', () => {
    let admin: TokenResponse;
    let agencies: AgencyDto[];
    beforeAll(async () => {
      admin = await login(t, 'quantri');
      agencies = (await http().get('/api/agencies').set(bearer(admin)).expect(200)).body;
    });
    const code = (c: string): AgencyDto => {
      const found = agencies.find((a) => a.code === c);
      if (!found) throw new Error(`no demo agency ${c}`);
      return found;
    };

    it('keeps the agency tree consistent: communes in provinces, units in communes, remote flag inherited', async () => {
      expect(code('NK').remoteArea).toBe(true);
      expect(code('NK-DC')).toMatchObject({ remoteArea: true, communeId: code('NK').id, provinceId: code('MA').id });
      const unit = await http()
        .post('/api/agencies')
        .set(bearer(admin))
        .send({ parentId: code('NK').id, kind: 'unit', code: 'NK-TP', name: 'Công chức Tư pháp xã Nậm Khoa' })
        .expect(201);
      expect(unit.body).toMatchObject({ communeId: code('NK').id, remoteArea: true });
      const wrong = await http()
        .post('/api/agencies')
        .set(bearer(admin))
        .send({ parentId: code('AP-DC').id, kind: 'unit', code: 'BAD-1', name: 'x' })
        .expect(422);
      expect(wrong.body.errors[0].field).toBe('parentId');
      const dup = await http()
        .post('/api/agencies')
        .set(bearer(admin))
        .send({ parentId: code('NK').id, kind: 'unit', code: 'NK-TP', name: 'again' })
        .expect(409);
      expect(dup.body.code).toBe('AGENCY_CODE_TAKEN');
      const bad = await http()
        .post('/api/agencies')
        .set(bearer(admin))
        .send({ parentId: 'x', kind: 'village', code: 'lower case', name: '' })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'kind', 'name', 'parentId']);
    });

    it('manages neighbourhoods of a commune only', async () => {
      const ok = await http()
        .post('/api/neighbourhoods')
        .set(bearer(admin))
        .send({ communeId: code('AP').id, kind: 'to_dan_pho', name: 'Tổ dân phố 9' })
        .expect(201);
      expect(ok.body.name).toBe('Tổ dân phố 9');
      await http()
        .post('/api/neighbourhoods')
        .set(bearer(admin))
        .send({ communeId: code('AP-DC').id, kind: 'thon', name: 'X' })
        .expect(422);
      const list = await http()
        .get(`/api/neighbourhoods?communeId=${code('AP').id}`)
        .set(bearer(admin))
        .expect(200);
      expect(list.body.map((n: { name: string }) => n.name)).toContain('Tổ dân phố 9');
    });

    it('lets only administrators manage users and read the security audit', async () => {
      const handler = await login(t, 'chuyenvien.diachinh');
      expect((await http().get('/api/users').set(bearer(handler)).expect(403)).body.code).toBe('ROLE_NOT_ALLOWED');
      await http().get('/api/security-audit').set(bearer(handler)).expect(403);
      await http().post('/api/agencies').set(bearer(handler)).send({}).expect(403);
      const audit = await http().get('/api/security-audit?action=login.success&limit=3').set(bearer(admin)).expect(200);
      expect(audit.body.items).toHaveLength(3);
      expect(audit.body.nextCursor).not.toBeNull();
    });

    it('creates a user, and a role change is audited and ends their sessions', async () => {
      const weak = await http()
        .post('/api/users')
        .set(bearer(admin))
        .send({ username: 'moi.nguoi', fullName: 'Người Mới', password: 'abc', role: 'agency_handler', agencyId: code('AP-TP').id })
        .expect(400);
      expect(weak.body.errors[0].field).toBe('password');
      const created = await http()
        .post('/api/users')
        .set(bearer(admin))
        .send({
          username: 'moi.nguoi',
          fullName: 'Người Mới',
          password: 'MatKhau2026x',
          role: 'agency_handler',
          agencyId: code('AP-TP').id,
        })
        .expect(201);
      await http()
        .post('/api/users')
        .set(bearer(admin))
        .send({ username: 'Moi.Nguoi', fullName: 'Trùng', password: 'MatKhau2026x', role: 'agency_handler', agencyId: code('AP-TP').id })
        .expect(409);
      const session = await login(t, 'moi.nguoi', 'MatKhau2026x');
      await http().patch(`/api/users/${created.body.id}`).set(bearer(admin)).send({ role: 'agency_head' }).expect(200);
      expect((await http().get('/api/auth/me').set(bearer(session)).expect(401)).body.code).toBe('SESSION_REVOKED');
      expect(await auditActions(created.body.id)).toEqual(expect.arrayContaining(['user.create', 'role.change', 'user.update']));
      const rows = await t.app
        .get(DataSource)
        .query(`SELECT details FROM security_audit WHERE action = 'role.change' AND target_id = $1`, [created.body.id]);
      expect(rows[0].details).toEqual({ from: 'agency_handler', to: 'agency_head' });
    });

    it('resets a forgotten password: weak ones refused naming the field, lock-out cleared, sessions ended, audited', async () => {
      const user = (
        await http()
          .post('/api/users')
          .set(bearer(admin))
          .send({
            username: 'quen.matkhau',
            fullName: 'Quên Mật Khẩu',
            password: 'MatKhau2026x',
            role: 'reception_officer',
            agencyId: code('AP-VP').id,
          })
          .expect(201)
      ).body as { id: string };
      const session = await login(t, 'quen.matkhau', 'MatKhau2026x');
      for (let i = 0; i < 5; i++)
        await http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', freshIp())
          .send({ username: 'quen.matkhau', password: `sai-${i}-abc` });
      const weak = await http().post(`/api/users/${user.id}/password`).set(bearer(admin)).send({ newPassword: 'abc' }).expect(400);
      expect(weak.body.errors[0].field).toBe('newPassword');
      await http().post(`/api/users/${user.id}/password`).set(bearer(session)).send({ newPassword: 'MatKhauMoi2027' }).expect(403);
      await http()
        .post('/api/users/00000000-0000-4000-8000-000000000000/password')
        .set(bearer(admin))
        .send({ newPassword: 'MatKhauMoi2027' })
        .expect(404);
      await http().post(`/api/users/${user.id}/password`).set(bearer(admin)).send({ newPassword: 'MatKhauMoi2027' }).expect(204);
      expect((await http().get('/api/auth/me').set(bearer(session)).expect(401)).body.code).toBe('SESSION_REVOKED');
      await http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', freshIp())
        .send({ username: 'quen.matkhau', password: 'MatKhau2026x' })
        .expect(401);
      await login(t, 'quen.matkhau', 'MatKhauMoi2027');
      const audit = await http().get(`/api/security-audit?action=password.reset&targetId=${user.id}`).set(bearer(admin)).expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({ action: 'password.reset', actorUsername: 'quantri', targetId: user.id }),
      ]);
    });

    it('keeps the security audit append-only', async () => {
      await expect(t.app.get(DataSource).query(`UPDATE security_audit SET action = 'logout'`)).rejects.toThrow(/append-only/);
      await expect(t.app.get(DataSource).query(`DELETE FROM security_audit`)).rejects.toThrow(/append-only/);
    });
  });

  it('lists the demo accounts for the login page in demo mode', async () => {
    const res = await http().get('/api/demo/accounts').expect(200);
    expect(res.body.accounts.map((a: { role: string }) => a.role)).toEqual(
      expect.arrayContaining(['admin', 'reception_officer', 'leader', 'agency_handler', 'agency_head', 'inspector', 'mobilization_lead']),
    );
  });
});

describe('outside demo mode', () => {
  it('loads no demo data and hides the demo accounts', async () => {
    const [db] = testDatabases();
    const t = await startTestApp(db, { DEMO_DATA: 'false' });
    try {
      await request(t.app.getHttpServer()).get('/api/demo/accounts').expect(404);
      expect(await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM users')).toEqual([{ n: 0 }]);
    } finally {
      await t.dispose();
    }
  });
});
