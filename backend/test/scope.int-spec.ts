import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { AgencyDto, AgencyKind, CaseDetailDto, NeighbourhoodDto, Role } from '@tiep-dan/contracts';
import { CASE_CATEGORIES, CASE_TYPES } from '@tiep-dan/contracts';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { apiRoutes, call, problemShape, TINY_PDF, type ApiRoute, type ReadableResponse } from './support/api-routes';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

/**
 * Scope (issue "Agencies, people and access"): every role, placed in a foreign agency, a foreign commune or a foreign
 * province, calls every route the app registers. Cases outside the caller's scope must not show up in any answer, not
 * even as a count, and asking for one by id must answer exactly as for an id that does not exist (404).
 *
 * The organisation, the accounts and the cases are made through the API by the administrator, not taken from demo data.
 * Routes come from the app's OpenAPI document, so routes added later are swept too.
 */

const PASSWORD = 'PhamVi2026x';
/** Words only the target cases carry: they must not appear in any answer to a foreign caller. */
const MARK = 'Scopemarkxyz';
const PETITIONER = 'Quách Thị Phạm Vi Riêng';

/** Answers that belong to administration or the session, not case data; they legitimately change when cases are made. */
const NOT_CASE_DATA = [
  /^\/api\/(health|auth|demo|testing|docs)/,
  /^\/api\/users/,
  /^\/api\/security-audit/,
  /^\/api\/agencies/,
  /^\/api\/neighbourhoods/,
];

describe.each(testDatabases())('case scope on $kind', (db) => {
  let t: TestApp;
  let routes: ApiRoute[];
  const agencies: Record<string, AgencyDto> = {};
  const neighbourhoods: Record<string, NeighbourhoodDto> = {};
  const tokens = new Map<string, string>();
  const targets: CaseDetailDto[] = [];
  let attachmentId: string | null = null;
  const http = () => request(t.app.getHttpServer());

  /** Outsiders: [username, role, agency code, neighbourhood]. */
  const FOREIGN: [string, Role, string, string?][] = [
    // another agency of the same commune
    ['sc.a.tp.cv', 'agency_handler', 'SC-A-TP'],
    ['sc.a.tp.tr', 'agency_head', 'SC-A-TP'],
    // a department of the same province
    ['sc.p1.so.cv', 'agency_handler', 'SC-P1-SO'],
    ['sc.p1.so.tr', 'agency_head', 'SC-P1-SO'],
    // another commune of the same province
    ['sc.b.td', 'reception_officer', 'SC-B-VP'],
    ['sc.b.ld', 'leader', 'SC-B'],
    ['sc.b.cv', 'agency_handler', 'SC-B-DC'],
    ['sc.b.tr', 'agency_head', 'SC-B-DC'],
    ['sc.b.tt', 'inspector', 'SC-B'],
    ['sc.b.dv', 'mobilization_lead', 'SC-B-MT', 'SC-NB'],
    ['sc.b.qt', 'admin', 'SC-B-VP'],
    // another province
    ['sc.p2.ld', 'leader', 'SC-P2'],
    ['sc.p2.tt', 'inspector', 'SC-P2-TTR'],
    ['sc.p2.td', 'reception_officer', 'SC-P2-VP'],
    ['sc.p2.cv', 'agency_handler', 'SC-P2-TTR'],
    ['sc.p2.tr', 'agency_head', 'SC-P2-TTR'],
    ['sc.c.dv', 'mobilization_lead', 'SC-C', 'SC-NC'],
    ['sc.p2.qt', 'admin', 'SC-P2-VP'],
  ];
  /** Insiders who make the target cases and check that the routes do show them where they should. */
  const INSIDE: [string, Role, string, string?][] = [
    ['sc.a.td', 'reception_officer', 'SC-A-VP'],
    ['sc.a.ld', 'leader', 'SC-A'],
    ['sc.a.dc', 'agency_handler', 'SC-A-DC'],
    ['sc.a.ca', 'agency_handler', 'SC-A-CA'],
    ['sc.b.own', 'reception_officer', 'SC-B-VP'],
    ['sc.c.own', 'reception_officer', 'SC-C-VP'],
  ];

  async function auth(username: string): Promise<Record<string, string>> {
    let token = tokens.get(username);
    if (!token) {
      token = (await login(t, username, username === 'quantri' ? undefined : PASSWORD)).accessToken;
      tokens.set(username, token);
    }
    return bearer(token);
  }

  async function agency(code: string, kind: AgencyKind, name: string, parent: string | null, remoteArea?: boolean) {
    const res = await http()
      .post('/api/agencies')
      .set(await auth('quantri'))
      .send({
        code,
        kind,
        name,
        parentId: parent ? agencies[parent].id : null,
        ...(remoteArea ? { remoteArea } : {}),
      });
    if (res.status !== 201) throw new Error(`agency ${code}: ${res.status} ${JSON.stringify(res.body)}`);
    agencies[code] = res.body as AgencyDto;
  }

  async function neighbourhood(name: string, commune: string) {
    const res = await http()
      .post('/api/neighbourhoods')
      .set(await auth('quantri'))
      .send({ communeId: agencies[commune].id, kind: 'thon', name });
    if (res.status !== 201) throw new Error(`neighbourhood ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    neighbourhoods[name] = res.body as NeighbourhoodDto;
  }

  async function user([username, role, agencyCode, nb]: [string, Role, string, string?]) {
    const res = await http()
      .post('/api/users')
      .set(await auth('quantri'))
      .send({
        username,
        fullName: `Người thử ${username}`,
        password: PASSWORD,
        role,
        agencyId: agencies[agencyCode].id,
        neighbourhoodId: nb ? neighbourhoods[nb].id : null,
      });
    if (res.status !== 201) throw new Error(`user ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  }

  async function createCase(username: string, body: Record<string, unknown>): Promise<CaseDetailDto> {
    const res = await http()
      .post('/api/cases')
      .set(await auth(username))
      .send(body);
    if (res.status !== 201) throw new Error(`case: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CaseDetailDto;
  }

  /** Query strings to try on a GET route: none, each known parameter alone (pointed at the target area), and all together. */
  function queries(route: ApiRoute): string[] {
    const values = (name: string, p: ApiRoute['query'][number]): string[] => {
      const n = name.toLowerCase();
      if (n === 'communeid') return [agencies['SC-A'].id];
      if (n === 'provinceid') return [agencies['SC-P1'].id];
      if (n.includes('agencyid')) return [agencies['SC-A-DC'].id, agencies['SC-A-CA'].id];
      if (n === 'neighbourhoodid') return [neighbourhoods['SC-NA'].id];
      if (n === 'caseid') return targets.map((c) => c.id);
      if (n === 'q' || n === 'search' || n === 'text') return [MARK.toLowerCase(), 'quach thi pham vi'];
      if (n === 'state') return [...new Set(targets.map((c) => c.state))];
      if (n === 'type' && !p.enum) return [...CASE_TYPES];
      if (n === 'category' && !p.enum) return [...CASE_CATEGORIES];
      if (n === 'cursor') return [];
      if (n === 'limit') return ['1'];
      if (p.enum) return p.enum;
      if (p.type === 'boolean' || /^(overdue|duesoon|open|closed)$/.test(n)) return ['true', 'false'];
      if (p.format === 'date-time' || p.format === 'date' || /(from|since|start)$/.test(n)) return ['2026-01-01'];
      if (/(to|until|end)$/.test(n)) return ['2026-12-31'];
      if (n === 'year') return ['2026'];
      if (p.type === 'integer' || p.type === 'number') return ['1'];
      return [];
    };
    const single = route.query.flatMap((p) => values(p.name, p).map((v) => `${p.name}=${encodeURIComponent(v)}`));
    const all = route.query.map((p) => [p.name, values(p.name, p)[0]] as const).filter(([, v]) => v !== undefined);
    return ['', ...single, all.map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`).join('&')].filter(
      (q, i, list) => list.indexOf(q) === i,
    );
  }

  /** Every GET route without path parameters, with every query; pages are followed through `nextCursor`. */
  async function sweepLists(username: string): Promise<Map<string, ReadableResponse>> {
    const seen = new Map<string, ReadableResponse>();
    for (const route of routes) {
      if (route.method !== 'get' || route.pathParams.length || NOT_CASE_DATA.some((r) => r.test(route.path))) continue;
      for (const query of queries(route)) {
        let url = query ? `${route.path}?${query}` : route.path;
        for (let page = 0; page < 50; page++) {
          const res = await call(t, 'get', url, await auth(username));
          seen.set(url, res);
          const next = res.contentType.includes('json') ? (JSON.parse(res.text) as { nextCursor?: string | null }).nextCursor : null;
          if (!next) break;
          url = `${route.path}?${query ? `${query}&` : ''}cursor=${encodeURIComponent(next)}`;
        }
      }
    }
    return seen;
  }

  const before = new Map<string, Map<string, ReadableResponse>>();

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    t.clock.set('2026-06-15T03:00:00.000Z');
    routes = await apiRoutes(t);

    await agency('SC-P1', 'province', 'Tỉnh Phạm Vi Một', null);
    await agency('SC-P1-SO', 'department', 'Sở Thử Phạm Vi', 'SC-P1');
    await agency('SC-A', 'commune', 'Phường Đích', 'SC-P1');
    await agency('SC-B', 'commune', 'Xã Láng Giềng', 'SC-P1', true);
    for (const [code, name] of [
      ['SC-A-VP', 'Văn phòng phường Đích'],
      ['SC-A-DC', 'Địa chính phường Đích'],
      ['SC-A-CA', 'Công an phường Đích'],
      ['SC-A-TP', 'Tư pháp phường Đích'],
    ])
      await agency(code, 'unit', name, 'SC-A');
    for (const [code, name] of [
      ['SC-B-VP', 'Văn phòng xã Láng Giềng'],
      ['SC-B-DC', 'Địa chính xã Láng Giềng'],
      ['SC-B-MT', 'Mặt trận xã Láng Giềng'],
    ])
      await agency(code, 'unit', name, 'SC-B');
    await agency('SC-P2', 'province', 'Tỉnh Phạm Vi Hai', null);
    await agency('SC-P2-TTR', 'department', 'Thanh tra tỉnh Hai', 'SC-P2');
    await agency('SC-P2-VP', 'department', 'Văn phòng tỉnh Hai', 'SC-P2');
    await agency('SC-C', 'commune', 'Xã Tỉnh Hai', 'SC-P2');
    await agency('SC-C-VP', 'unit', 'Văn phòng xã Tỉnh Hai', 'SC-C');
    await neighbourhood('SC-NA', 'SC-A');
    await neighbourhood('SC-NB', 'SC-B');
    await neighbourhood('SC-NC', 'SC-C');
    for (const u of [...INSIDE, ...FOREIGN]) await user(u);

    // Each outside area has a case of its own, so its lists are not trivially empty.
    await createCase('sc.b.own', {
      type: 'complaint',
      channel: 'reception',
      category: 'land',
      summary: 'Đơn của xã láng giềng',
      leadAgencyId: agencies['SC-B-DC'].id,
      neighbourhoodId: neighbourhoods['SC-NB'].id,
    });
    await createCase('sc.c.own', {
      type: 'reflection',
      channel: 'hotline',
      category: 'environment',
      summary: 'Phản ánh ở tỉnh hai',
    });

    for (const [username] of FOREIGN) before.set(username, await sweepLists(username));

    // The target cases: every type the reception officer of commune A takes in, with a neighbourhood, a lead agency,
    // a denouncer, old ones (overdue) and recent ones (due soon), and one moved on from its first state.
    const common = {
      channel: 'reception',
      category: 'land',
      neighbourhoodId: neighbourhoods['SC-NA'].id,
      petitioner: {
        fullName: PETITIONER,
        idNumber: '079300011122',
        phone: '0977000111',
      },
    };
    for (const [type, receivedAt, extra] of [
      ['complaint', '2026-04-01T02:00:00.000Z', { leadAgencyId: agencies['SC-A-DC'].id }],
      ['complaint', '2026-06-10T02:00:00.000Z', { leadAgencyId: agencies['SC-A-DC'].id }],
      [
        'denunciation',
        '2026-05-04T02:00:00.000Z',
        {
          leadAgencyId: agencies['SC-A-CA'].id,
          petitioner: undefined,
          denouncer: { fullName: PETITIONER },
        },
      ],
      ['reflection', '2026-06-01T02:00:00.000Z', { leadAgencyId: agencies['SC-A-DC'].id }],
      ['proposal', '2026-06-12T02:00:00.000Z', {}],
      ['reception', '2026-06-15T02:00:00.000Z', {}],
    ] as const) {
      targets.push(
        await createCase('sc.a.td', {
          ...common,
          type,
          receivedAt,
          summary: `${MARK} ${type} trong phạm vi phường Đích`,
          ...extra,
        }),
      );
    }
    const accepted = await http()
      .post(`/api/cases/${targets[1].id}/events`)
      .set(await auth('sc.a.dc'))
      .send({
        type: 'TRIAGE_ACCEPT',
        payload: { agencyId: agencies['SC-A-DC'].id },
      });
    expect(accepted.status).toBe(200);
    targets[1] = accepted.body as CaseDetailDto;
    await t.app.get(DeadlineSweeper).sweepOnce();
    for (const [i, target] of targets.entries())
      targets[i] = (
        await http()
          .get(`/api/cases/${target.id}`)
          .set(await auth('sc.a.ld'))
          .expect(200)
      ).body as CaseDetailDto;
    if (routes.some((r) => r.method === 'post' && r.path === '/api/cases/{id}/attachments')) {
      const uploaded = await call(t, 'post', `/api/cases/${targets[0].id}/attachments`, await auth('sc.a.td'), {
        file: TINY_PDF,
        fileName: `${MARK}.pdf`,
        contentType: 'application/pdf',
      });
      expect(uploaded.status).toBe(201);
      attachmentId = (JSON.parse(uploaded.text) as { id: string }).id;
    }
  }, 300_000);

  afterAll(async () => {
    await t?.dispose();
  });

  const markers = () => [MARK, MARK.toLowerCase(), PETITIONER, ...targets.map((c) => c.id), ...(attachmentId ? [attachmentId] : [])];

  it('shows the target cases to the people of their commune, so the sweep below can fail', async () => {
    const list = await http()
      .get('/api/cases?limit=200')
      .set(await auth('sc.a.ld'))
      .expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(targets.map((c) => c.id)));
    const overdue = await http()
      .get('/api/cases?overdue=true')
      .set(await auth('sc.a.ld'))
      .expect(200);
    expect(overdue.body.items.length).toBeGreaterThan(0);
    const inside = await sweepLists('sc.a.ld');
    const leaking = [...inside.entries()].filter(([, res]) => markers().some((m) => res.text.includes(m)));
    expect(leaking.length).toBeGreaterThan(0);
    await http()
      .get(`/api/cases/${targets[0].id}`)
      .set(await auth('sc.a.dc'))
      .expect(200);
  });

  it.each(FOREIGN.map((f) => [f[0], f[1]]))(
    '%s (%s) sees no case and no count from outside its scope in any list, count or report',
    async (username) => {
      const after = await sweepLists(username);
      const problems: string[] = [];
      for (const [url, res] of after) {
        expect(res.status).toBeLessThan(500);
        for (const marker of markers()) if (res.text.includes(marker)) problems.push(`${url} shows ${marker}`);
        const earlier = before.get(username)?.get(url);
        // The same question asked before and after the target cases existed: any difference is a leak (counts included).
        if (earlier && problemShape(earlier) !== problemShape(res))
          problems.push(`${url} changed: ${earlier.text.slice(0, 300)} → ${res.text.slice(0, 300)}`);
      }
      expect(problems).toEqual([]);
      expect(after.size).toBeGreaterThan(5);
    },
  );

  it.each(FOREIGN.map((f) => [f[0], f[1]]))(
    '%s (%s) gets the same 404 for a case outside its scope as for one that does not exist, on every case route',
    async (username) => {
      const caseRoutes = routes.filter((r) => r.path.startsWith('/api/cases/{') && r.pathParams.length > 0);
      expect(caseRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(
        expect.arrayContaining(['get /api/cases/{id}', 'post /api/cases/{id}/events', 'post /api/cases/{id}/identity/reveal']),
      );
      const problems: string[] = [];
      for (const route of caseRoutes) {
        for (const target of targets) {
          const missing = randomUUID();
          const urlFor = (caseId: string, exists: boolean) =>
            route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
              name === route.pathParams[0]
                ? caseId
                : /attachment/i.test(name) && exists && attachmentId
                  ? attachmentId
                  : name === 'kind'
                    ? 'acceptance'
                    : missing,
            );
          const body = route.multipart
            ? {
                file: TINY_PDF,
                fileName: 'x.pdf',
                contentType: 'application/pdf',
              }
            : route.path.endsWith('/events')
              ? {
                  type: 'TRIAGE_ACCEPT',
                  payload: { agencyId: agencies['SC-A-DC'].id },
                }
              : route.path.endsWith('/reveal')
                ? { reason: 'Kiểm tra phạm vi' }
                : route.sampleBody;
          const existing = await call(t, route.method, urlFor(target.id, true), await auth(username), body);
          const absent = await call(t, route.method, urlFor(missing, false), await auth(username), body);
          const label = `${route.method.toUpperCase()} ${route.path} on ${target.type}`;
          const shape = problemShape(existing, target.id, missing, ...(attachmentId ? [attachmentId] : []));
          if (shape !== problemShape(absent, missing)) problems.push(`${label}: ${shape} ≠ ${problemShape(absent, missing)}`);
          const refusedByRole = existing.status === 403 && JSON.parse(existing.text).code === 'ROLE_NOT_ALLOWED';
          if (existing.status !== 404 && !refusedByRole) problems.push(`${label}: ${existing.status} ${existing.text.slice(0, 200)}`);
          for (const marker of markers())
            if (existing.text.includes(marker) && marker !== target.id && marker !== attachmentId)
              problems.push(`${label} shows ${marker}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('leaves the target cases untouched by all those foreign calls', async () => {
    for (const target of targets) {
      const now = (
        await http()
          .get(`/api/cases/${target.id}`)
          .set(await auth('sc.a.ld'))
          .expect(200)
      ).body as CaseDetailDto;
      expect(now.version).toBe(target.version);
      expect(now.state).toBe(target.state);
    }
    if (attachmentId) {
      const files = await http()
        .get(`/api/cases/${targets[0].id}/attachments`)
        .set(await auth('sc.a.ld'))
        .expect(200);
      expect(files.body).toHaveLength(1);
    }
  });
});
