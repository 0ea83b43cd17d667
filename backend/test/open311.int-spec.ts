import { XMLParser } from 'fast-xml-parser';
import request from 'supertest';
import type { AgencyDto, CreatedOpen311ClientDto, Open311ClientDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { bearer, login } from './support/auth';
import { submitPetition } from './support/petitions';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

/*
 * The field lists of GeoReport v2 (http://wiki.open311.org/GeoReport_v2), in the order of the spec's response tables:
 * the conformance checks below compare our answers with them, in JSON and in XML.
 */
const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'];
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];
/** POST answers: a realtime service returns the id, never a token. */
const CREATED_FIELDS = ['service_request_id', 'service_notice', 'account_id'];
const ERROR_FIELDS = ['code', 'description'];
/** "A common subset of ISO 8601 as per the w3 note"; the zone must be given. */
const W3_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

type Json = Record<string, unknown>;

describe.each(testDatabases())('Open311 GeoReport v2 on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  let apiKey: string;
  let client: CreatedOpen311ClientDto;
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;
  const xml = new XMLParser({
    ignoreDeclaration: false,
    parseTagValue: false,
    isArray: (name) => ['service', 'request', 'error'].includes(name),
  });
  async function auth(username: string): Promise<Record<string, string>> {
    let token = tokens.get(username);
    if (!token) {
      token = (await login(t, username)).accessToken;
      tokens.set(username, token);
    }
    return bearer(token);
  }
  const event = async (username: string, caseId: string, type: string, payload: Record<string, unknown> = {}) => {
    const res = await http()
      .post(`/api/cases/${caseId}/events`)
      .set(await auth(username))
      .send({ type, payload });
    if (res.status !== 200) throw new Error(`${type} by ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  /** The spec's POST example, with values of our own: form-encoded, every optional argument, an attribute. */
  const form = (extra: Record<string, string> = {}) =>
    new URLSearchParams({
      api_key: apiKey,
      jurisdiction_id: 'AP',
      service_code: 'PA-DEN-DUONG',
      lat: '21.0301',
      long: '105.8502',
      address_string: 'Trước số 45 đường Trần Phú, tổ dân phố 3, phường An Phú',
      email: 'ung.dung@example.vn',
      device_id: 'thiet-bi-01',
      account_id: 'tk-778',
      first_name: 'Minh',
      last_name: 'Phạm Văn',
      phone: '0905111222',
      description: 'Đèn đường số 12 không sáng ba đêm liền.\nKhu vực tối, dễ xảy ra tai nạn.',
      media_url: 'https://anh.example.vn/den-12.jpg',
      'attribute[GHI_CHU]': 'không dùng',
      ...extra,
    }).toString();
  const post = (body: string, format = 'json') =>
    http().post(`/open311/v2/requests.${format}`).set('Content-Type', 'application/x-www-form-urlencoded; charset=utf-8').send(body);
  const expectErrors = (res: request.Response, status: number, mention: RegExp) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Array.isArray(res.body)).toBe(true);
    for (const e of res.body as Json[]) expect(Object.keys(e)).toEqual(ERROR_FIELDS);
    expect((res.body as Json[])[0].code).toBe(status);
    expect((res.body as { description: string }[]).map((e) => e.description).join(' ')).toMatch(mention);
  };

  beforeAll(async () => {
    t = await startTestApp(db, {
      SCHEDULER_ENABLED: 'false',
      PUBLIC_URL: 'https://tiepdan.example.vn',
      PETITION_POW_BITS: '4',
      OPEN311_LIMIT_PER_KEY: '50',
    });
    t.clock.set('2026-06-15T03:00:00.000Z');
    const list = (
      await http()
        .get('/api/agencies')
        .set(await auth('quantri'))
        .expect(200)
    ).body as AgencyDto[];
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
    client = (
      await http()
        .post('/api/open311-clients')
        .set(await auth('quantri'))
        .send({ name: 'Ứng dụng Phản ánh hiện trường' })
        .expect(201)
    ).body;
    apiKey = client.apiKey;
  }, 120_000);

  afterAll(async () => {
    await t?.dispose();
  });

  it('issues a key once to an administrator, keeps only its hash, lists it without the key, and audits it', async () => {
    expect(apiKey).toMatch(/^td311_[A-Za-z0-9_-]{43}$/);
    expect(client).toMatchObject({
      name: 'Ứng dụng Phản ánh hiện trường',
      keyPrefix: apiKey.slice(0, 12),
      active: true,
    });
    const stored = await sql<{ key_hash: string; key_prefix: string }>(`SELECT key_hash, key_prefix FROM open311_clients`);
    expect(stored).toHaveLength(1);
    expect(stored[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(apiKey.slice(12));
    const listed = (
      await http()
        .get('/api/open311-clients')
        .set(await auth('quantri'))
        .expect(200)
    ).body as Open311ClientDto[];
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(apiKey);
    await http()
      .get('/api/open311-clients')
      .set(await auth('lanhdao.anphu'))
      .expect(403);
    const audit = await http()
      .get('/api/security-audit?action=api_key.issue')
      .set(await auth('quantri'))
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'api_key.issue',
      actorUsername: 'quantri',
      targetId: client.id,
    });
  });

  it('lists the services of a commune in JSON and XML, as the spec lays them out', async () => {
    const json = await http().get('/open311/v2/services.json?jurisdiction_id=AP').expect(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const services = json.body as Json[];
    expect(services.length).toBeGreaterThanOrEqual(8);
    for (const s of services) {
      expect(Object.keys(s)).toEqual(SERVICE_FIELDS);
      expect(s).toMatchObject({ metadata: false, type: 'realtime' });
    }
    expect(services.map((s) => s['service_code'])).toEqual(expect.arrayContaining(['PA-DEN-DUONG', 'PA-THOAT-NUOC', 'PA-RAC-THAI']));
    const res = await http().get('/open311/v2/services.xml?jurisdiction_id=AP').expect(200);
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(res.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const parsed = xml.parse(res.text) as { services: { service: Json[] } };
    expect(parsed.services.service).toHaveLength(services.length);
    for (const s of parsed.services.service) expect(Object.keys(s)).toEqual(SERVICE_FIELDS);
    expect(parsed.services.service[0]['metadata']).toBe('false');
    // A service definition: no extra fields for any of ours.
    expect((await http().get('/open311/v2/services/PA-DEN-DUONG.json?jurisdiction_id=AP').expect(200)).body).toEqual({
      service_code: 'PA-DEN-DUONG',
      attributes: [],
    });
    // The discovery document points at this endpoint and its formats.
    const discovery = (await http().get('/open311/discovery.json').expect(200)).body as { endpoints: Json[] };
    expect(discovery.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: 'https://tiepdan.example.vn/open311/v2',
      formats: ['text/xml', 'application/json'],
    });
    const discoveryXml = xml.parse((await http().get('/open311/discovery.xml').expect(200)).text) as {
      discovery: { endpoints: { endpoint: { formats: { format: string[] } } } };
    };
    expect(discoveryXml.discovery.endpoints.endpoint.formats.format).toEqual(['text/xml', 'application/json']);
  });

  it('answers errors as the spec defines them: 400 without a jurisdiction, 404 for an unknown one, service or format, 403 for a key', async () => {
    expectErrors(await http().get('/open311/v2/services.json'), 400, /jurisdiction_id was not provided/);
    expectErrors(await http().get('/open311/v2/services.json?jurisdiction_id=XX'), 404, /jurisdiction_id was not found/);
    expectErrors(await http().get('/open311/v2/services/NOPE.json?jurisdiction_id=AP'), 404, /service_code was not found/);
    expect((await http().get('/open311/v2/services.yaml?jurisdiction_id=AP')).status).toBe(404);
    expectErrors(await post(form({ api_key: '' })), 403, /api_key/);
    expectErrors(await post(form({ api_key: 'td311_not-a-key-at-all' })), 403, /api_key/);
    expectErrors(await post(form({ service_code: '' })), 400, /service_code was not provided/);
    expectErrors(await post(form({ service_code: 'KHONG-CO' })), 404, /service_code was not found/);
    expectErrors(await post(form({ jurisdiction_id: 'XX' })), 404, /jurisdiction_id was not found/);
    const noPlace = new URLSearchParams(form());
    for (const k of ['lat', 'long', 'address_string']) noPlace.delete(k);
    expectErrors(await post(noPlace.toString()), 400, /location is required/);
    expectErrors(await post(form({ lat: '123' })), 400, /^lat:/);
    expectErrors(await post(form({ description: 'x'.repeat(4001) })), 400, /description/);
    expectErrors(
      await http().get('/open311/v2/requests.json?jurisdiction_id=AP&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z'),
      400,
      /90 days/,
    );
    expectErrors(await http().get('/open311/v2/requests/PA-2026-999999.json?jurisdiction_id=AP'), 404, /service_request_id was not found/);
    // In XML when the URL asked for XML.
    const res = await post(form({ api_key: 'wrong' }), 'xml');
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    const parsed = xml.parse(res.text) as { errors: { error: Json[] } };
    expect(Object.keys(parsed.errors.error[0])).toEqual(ERROR_FIELDS);
    expect(parsed.errors.error[0]['code']).toBe('403');
    expect(await sql(`SELECT 1 FROM online_petitions`)).toEqual([]);
  });

  it('creates a request with a key, reads it back open, and sees it closed once the citizen has the answer', async () => {
    const created = await post(form());
    expect(created.status).toBe(201);
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    const [answer] = created.body as Json[];
    expect(Object.keys(answer)).toEqual(CREATED_FIELDS);
    expect(answer).toMatchObject({
      service_request_id: expect.stringMatching(/^PA-2026-\d{6}$/),
      account_id: null,
    });
    expect(answer['service_notice']).toContain(`https://tiepdan.example.vn/lookup?code=${answer['service_request_id']}`);
    const id = answer['service_request_id'] as string;

    // In XML too, as the spec's example answer.
    const inXml = await post(
      form({
        service_code: 'PA-RAC-THAI',
        description: 'Rác chưa thu gom hai ngày.',
      }),
      'xml',
    ).expect(201);
    const xmlAnswer = xml.parse(inXml.text) as {
      service_requests: { request: Json[] };
    };
    expect(Object.keys(xmlAnswer.service_requests.request[0])).toEqual(CREATED_FIELDS);
    expect(xmlAnswer.service_requests.request[0]['account_id']).toBe('');

    // One request, open, with the expected date from the triage deadline.
    const one = await http().get(`/open311/v2/requests/${id}.json?jurisdiction_id=AP`).expect(200);
    const [open] = one.body as Json[];
    expect(Object.keys(open)).toEqual(REQUEST_FIELDS);
    expect(open).toMatchObject({
      service_request_id: id,
      status: 'open',
      status_notes: 'Đã tiếp nhận',
      service_name: 'Đèn đường hỏng',
      service_code: 'PA-DEN-DUONG',
      description: 'Đèn đường số 12 không sáng ba đêm liền.\nKhu vực tối, dễ xảy ra tai nạn.',
      agency_responsible: null,
      address: 'Trước số 45 đường Trần Phú, tổ dân phố 3, phường An Phú',
      address_id: null,
      zipcode: null,
      lat: 21.0301,
      long: 105.8502,
      media_url: 'https://anh.example.vn/den-12.jpg',
      requested_datetime: '2026-06-15T10:00:00+07:00',
    });
    for (const f of ['requested_datetime', 'updated_datetime', 'expected_datetime']) expect(open[f]).toMatch(W3_DATETIME);
    // No personal field of the sender is ever published.
    expect(JSON.stringify(one.body)).not.toMatch(/Phạm Văn|0905111222|ung\.dung|thiet-bi|tk-778/);

    // It is an online letter in the commune's triage, with the sender as petitioner and the place in its content.
    const [c] = await sql<{
      id: string;
      channel: string;
      letter_channel: string;
      content: string;
    }>(
      `SELECT c.id, c.channel, l.channel AS letter_channel, c.content FROM cases c JOIN letters l ON l.id = c.letter_id WHERE c.code = $1`,
      [id],
    );
    expect(c).toMatchObject({ channel: 'online', letter_channel: 'online' });
    expect(c.content).toContain('Ứng dụng Open311: Ứng dụng Phản ánh hiện trường');
    expect(await sql(`SELECT full_name, phone FROM case_parties WHERE case_id = $1`, [c.id])).toEqual([
      { full_name: 'Phạm Văn Minh', phone: '0905111222' },
    ]);

    // Lists: by status, by service, by id; only what came in through Open311 (not the public form's petitions).
    await submitPetition(t, {
      type: 'reflection',
      category: 'environment',
      communeId: agencies['AP'].id,
      summary: 'Phản ánh qua biểu mẫu',
      phone: '0912999888',
    });
    const all = (await http().get('/open311/v2/requests.json?jurisdiction_id=AP').expect(200)).body as Json[];
    expect(all.map((r) => r['service_code']).sort()).toEqual(['PA-DEN-DUONG', 'PA-RAC-THAI']);
    const byService = (await http().get('/open311/v2/requests.json?jurisdiction_id=AP&service_code=PA-RAC-THAI').expect(200))
      .body as Json[];
    expect(byService).toHaveLength(1);
    expect((await http().get('/open311/v2/requests.json?jurisdiction_id=AP&status=closed').expect(200)).body).toEqual([]);
    expect((await http().get(`/open311/v2/requests.json?jurisdiction_id=NK&service_request_id=${id}`).expect(200)).body).toEqual([]);
    const listXml = xml.parse((await http().get('/open311/v2/requests.xml?jurisdiction_id=AP').expect(200)).text) as {
      service_requests: { request: Json[] };
    };
    for (const r of listXml.service_requests.request) expect(Object.keys(r)).toEqual(REQUEST_FIELDS);

    // The desk accepts it for the land office; the answer is approved and the citizen told: the request is closed.
    await event('tiepdan.anphu', c.id, 'ACCEPT', {
      agencyId: agencies['AP-DC'].id,
    });
    const assigned = ((await http().get(`/open311/v2/requests/${id}.json?jurisdiction_id=AP`).expect(200)).body as Json[])[0];
    expect(assigned).toMatchObject({
      status: 'open',
      status_notes: 'Đã giao xử lý',
      agency_responsible: agencies['AP-DC'].name,
    });
    await event('chuyenvien.diachinh', c.id, 'SUBMIT_RESPONSE', {
      response: 'Đã thay bóng đèn số 12 ngày 16/6.',
    });
    await event('truong.diachinh', c.id, 'APPROVE');
    t.clock.advance(10 * 60_000);
    await event('chuyenvien.diachinh', c.id, 'NOTIFY_CITIZEN');
    const closed = ((await http().get(`/open311/v2/requests/${id}.json?jurisdiction_id=AP`).expect(200)).body as Json[])[0];
    expect(closed).toMatchObject({
      status: 'closed',
      status_notes: 'Đã trả lời công dân: Đã thay bóng đèn số 12 ngày 16/6.',
      expected_datetime: null,
      updated_datetime: '2026-06-15T10:10:00+07:00',
    });
    const closedList = (await http().get('/open311/v2/requests.json?jurisdiction_id=AP&status=closed').expect(200)).body as Json[];
    expect(closedList.map((r) => r['service_request_id'])).toEqual([id]);
    const openList = (await http().get('/open311/v2/requests.json?jurisdiction_id=AP&status=open').expect(200)).body as Json[];
    expect(openList.map((r) => r['service_code'])).toEqual(['PA-RAC-THAI']);
  });

  it('refuses a revoked key and a key for another province, and throttles a key per hour', async () => {
    const other = (
      await http()
        .post('/api/open311-clients')
        .set(await auth('quantri'))
        .send({ name: 'Ứng dụng thử thu hồi' })
        .expect(201)
    ).body as CreatedOpen311ClientDto;
    await post(form({ api_key: other.apiKey, service_code: 'PA-KHAC' })).expect(201);
    await http()
      .post(`/api/open311-clients/${other.id}/revoke`)
      .set(await auth('quantri'))
      .expect(200);
    expectErrors(await post(form({ api_key: other.apiKey })), 403, /api_key/);
    // A commune of another province is no jurisdiction for this key.
    const province = (
      await http()
        .post('/api/agencies')
        .set(await auth('quantri'))
        .send({
          code: 'P2',
          kind: 'province',
          name: 'Tỉnh Khác',
          parentId: null,
        })
        .expect(201)
    ).body as AgencyDto;
    await http()
      .post('/api/agencies')
      .set(await auth('quantri'))
      .send({
        code: 'P2-X',
        kind: 'commune',
        name: 'Xã Khác',
        parentId: province.id,
      })
      .expect(201);
    expectErrors(await post(form({ jurisdiction_id: 'P2-X' })), 403, /not issued for this jurisdiction/);
    const used = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM online_petitions WHERE open311_client_id = $1`, [client.id]))[0]
      .n;
    for (let i = used; i < 50; i++) await post(form({ service_code: 'PA-KHAC' })).expect(201);
    const throttled = await post(form({ service_code: 'PA-KHAC' }));
    expectErrors(throttled, 429, /Too many requests/);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });
});
