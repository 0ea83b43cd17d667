import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/platform/config/app-config';
import { DataDirInUseError } from '../src/platform/database/embedded-postgres';
import { pendingSchemaChanges } from '../src/platform/database/migrate';
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
  });

  it('ran every migration, and the entities agree with them', async () => {
    const rows: { name: string }[] = await t.app.get(DataSource).query('SELECT name FROM schema_migrations');
    expect(rows.map((r) => r.name)).toContain('AppSettings1763870000000');
    expect(await pendingSchemaChanges(t.database.url)).toEqual([]);
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
