import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/platform/config/app-config';
import { DataDirInUseError } from '../src/platform/database/embedded-postgres';
import { APP_ENTITIES } from '../src/app.entities';
import { pendingSchemaChanges } from '../src/platform/database/migrate';
import { ReadDatabase } from '../src/platform/database/read-database';
import { DEMO_PASSWORD } from '../src/demo/demo-organisation';
import { bearer, freshIp } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

describe.each(testDatabases())('platform on $kind', (db) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('reports liveness and database readiness', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up', mode: db.kind === 'pglite' ? 'embedded' : 'external' } });
    expect(res.body.time).toBe(t.clock.now().toISOString());
    expect(res.headers['x-request-id']).toMatch(/[\w-]{8,}/);
    expect(res.body.database.replicas).toEqual([]);
  });

  it('without DATABASE_REPLICA_URLS reads everything from the primary and sets no read-routing cookie', async () => {
    const signIn = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .set('X-Forwarded-For', freshIp())
      .send({ username: 'tiepdan.anphu', password: DEMO_PASSWORD })
      .expect(200);
    expect(signIn.headers['set-cookie']).toBeUndefined();
    const before = t.app.get(ReadDatabase).readsServed();
    await request(t.app.getHttpServer()).get('/api/cases').set(bearer(signIn.body.accessToken)).expect(200);
    const after = t.app.get(ReadDatabase).readsServed();
    expect(Object.keys(after)).toEqual(['primary']);
    expect(after['primary']).toBe((before['primary'] ?? 0) + 1);
  });

  it('ran every migration, and the entities agree with them', async () => {
    const rows: { name: string }[] = await t.app.get(DataSource).query('SELECT name FROM schema_migrations');
    expect(rows.map((r) => r.name)).toContain('AppSettings1763870000000');
    expect(await pendingSchemaChanges(t.database.url, APP_ENTITIES)).toEqual([]);
  });

  it('answers a malformed request with a 400 problem+json in Vietnamese and English', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/health')
      .set('content-type', 'application/json')
      .send('{"summary": ')
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 400,
      code: 'MALFORMED_JSON',
      message: { vi: 'Nội dung gửi lên không phải JSON hợp lệ', en: 'The request body is not valid JSON' },
    });
  });

  it('answers an unknown route with a 404 problem+json', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/no-such-thing').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', instance: '/api/no-such-thing' });
  });

  it('publishes the OpenAPI document generated from the controllers, and Swagger UI', async () => {
    const doc = await request(t.app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(doc.body.info.title).toBe('Tiếp Dân API');
    expect(doc.body.paths['/api/health'].get.responses).toHaveProperty('200');
    const ui = await request(t.app.getHttpServer()).get('/api/docs/').expect(200);
    expect(ui.text).toContain('swagger-ui');
  });

  it('compresses answers as the client accepts (brotli, else gzip) and caches content-named files for a year', async () => {
    // The API: the OpenAPI document is large enough to compress.
    const http = () => request(t.app.getHttpServer());
    const br = await http().get('/api/docs-json').set('Accept-Encoding', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    const gzip = await http().get('/api/docs-json').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await http().get('/api/docs-json').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.text)).toMatchObject({ openapi: expect.any(String) });

    // The frontend: a built app in a folder of its own.
    const dir = mkdtempSync(join(tmpdir(), 'tiepdan-frontend-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><body><script src="main-ABCD2345.js" type="module"></script></body></html>`,
    );
    writeFileSync(join(dir, 'main-ABCD2345.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
    writeFileSync(join(dir, 'favicon.ico'), 'icon');
    const site = await startTestApp(db, { FRONTEND_DIR: dir });
    try {
      const web = () => request(site.app.getHttpServer());
      const script = await web().get('/main-ABCD2345.js').set('Accept-Encoding', 'br, gzip');
      expect(script.status).toBe(200);
      expect(script.headers['content-encoding']).toBe('br');
      expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const icon = await web().get('/favicon.ico');
      expect(icon.headers['cache-control']).toBe('no-cache');
      // A client-side route gets index.html, revalidated every time.
      const page = await web().get('/inbox').set('Accept-Encoding', 'gzip');
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.text).toContain('main-ABCD2345.js');
    } finally {
      await site.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends security headers', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});

describe('embedded database in a data folder', () => {
  it('keeps the data across a restart and refuses a second process on the same folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-restart-'));
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', FRONTEND_DIR: join(dataDir, 'none') });
    try {
      const first = await createApp(config);
      const health = await request(first.app.getHttpServer()).get('/api/health').expect(200);
      expect(health.body.database.mode).toBe('embedded');
      await first.app.get(DataSource).query(`INSERT INTO app_settings (key, value) VALUES ('restart-check', '"kept"')`);
      await expect(createApp(config)).rejects.toThrow(DataDirInUseError);
      await first.close();

      const second = await createApp(config);
      try {
        const rows = await second.app.get(DataSource).query(`SELECT value FROM app_settings WHERE key = 'restart-check'`);
        expect(rows).toEqual([{ value: 'kept' }]);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
