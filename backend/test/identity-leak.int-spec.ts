import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AgencyDto, CaseDetailDto } from '@tiep-dan/contracts';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { DEMO_USERS } from '../src/demo/demo-organisation';
import { NoticeDelivery } from '../src/citizens/notice-delivery';
import { NotificationsService } from '../src/notifications/notifications.service';
import { apiRoutes, call, type ApiRoute } from './support/api-routes';
import { submitPetition } from './support/petitions';
import { startSmtpCatcher, type SmtpCatcher } from './support/smtp-catcher';
import { bearer, createAgencyHead, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

/**
 * The denouncer's identity (Luật Tố cáo Art. 9, 47, 56): name, ID number, phone, address and e-mail are kept encrypted,
 * shown only on an audited reveal to the handlers of the lead agency and the commune's resolving leader (or a province
 * leader), and never in lists, details, history, notifications, exports or error answers, nor to the accused agency.
 */

const DENOUNCER = {
  fullName: 'Hà Thị Tốbímật',
  idNumber: '038299887766',
  phone: '0966554433',
  address: 'Số 77 ngõ Kínđáo, An Phú',
  email: 'to.bi.mat.xyz@example.vn',
};
/** Someone acting for the denouncer (a group's representative, a co-signer of the letter): as secret as the denouncer. */
const REPRESENTATIVE = { fullName: 'Lò Văn Đạidiện', idNumber: '038211223344', phone: '0966112233' };
/** The denouncer as a letter or the desk takes them (no e-mail field there). */
const DENOUNCER_AT_DESK = {
  fullName: DENOUNCER.fullName,
  idNumber: DENOUNCER.idNumber,
  phone: DENOUNCER.phone,
  address: DENOUNCER.address,
};
/** Each piece alone, in the forms it could leak in (as typed, folded for search, lower case). */
const SECRETS = [
  REPRESENTATIVE.fullName,
  'Đạidiện',
  'daidien',
  REPRESENTATIVE.idNumber,
  REPRESENTATIVE.phone,
  DENOUNCER.fullName,
  'Tốbímật',
  'tobimat',
  DENOUNCER.idNumber,
  DENOUNCER.phone,
  'Kínđáo',
  'kindao',
  DENOUNCER.email,
];

describe.each(testDatabases())('denouncer identity on $kind', (db) => {
  let t: TestApp;
  let routes: ApiRoute[];
  let agencies: Record<string, AgencyDto>;
  let denunciation: CaseDetailDto;
  /** The denunciation sent through the public form, and the mail server its notices go to. */
  let onlineCode: string;
  let smtp: SmtpCatcher;
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;
  const tokens = new Map<string, string>();
  async function auth(username: string): Promise<Record<string, string>> {
    let token = tokens.get(username);
    if (!token) {
      token = (await login(t, username)).accessToken;
      tokens.set(username, token);
    }
    return bearer(token);
  }
  const leaks = (text: string) => SECRETS.filter((s) => text.toLowerCase().includes(s.toLowerCase()));

  /** Everything a user can read: every GET route (lists, counts, reports, exports, notifications) and every route of the case. */
  async function everythingReadable(username: string): Promise<{ url: string; status: number; text: string }[]> {
    const out: { url: string; status: number; text: string }[] = [];
    for (const route of routes) {
      if (route.method !== 'get' || /^\/api\/(docs|health|testing)/.test(route.path)) continue;
      const open311 = route.path.startsWith('/open311/');
      if (route.pathParams.length && !route.path.startsWith('/api/cases/{') && !open311) continue;
      if (open311) {
        // The public GeoReport API, in both formats, for the commune and the online denunciation's code.
        for (const format of ['json', 'xml'])
          for (const id of [onlineCode, denunciation.code]) {
            const url = `${route.path.replace('{format}', format).replace('{code}', 'PA-KHAC').replace('{id}', id)}?jurisdiction_id=AP`;
            const res = await call(t, 'get', url, await auth(username));
            out.push({ url, status: res.status, text: res.text });
          }
        continue;
      }
      const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === route.pathParams[0] ? denunciation.id : '00000000-0000-4000-8000-000000000000',
      );
      const queries = [
        '',
        route.query
          .map((q) =>
            /from$/i.test(q.name)
              ? `${q.name}=2026-01-01`
              : /to$/i.test(q.name)
                ? `${q.name}=2026-12-31`
                : /^type$/.test(q.name)
                  ? `${q.name}=denunciation`
                  : '',
          )
          .filter(Boolean)
          .join('&'),
      ];
      for (const query of new Set(queries)) {
        const res = await call(t, 'get', query ? `${url}?${query}` : url, await auth(username));
        out.push({
          url: `${url}?${query}`,
          status: res.status,
          text: res.text,
        });
      }
    }
    return out;
  }

  /** Every line the app logged while the canary went through every door and every route was read. */
  const logLines: string[] = [];

  /**
   * The same identity through every other door: a letter (with a co-signer), the desk (a group with a representative,
   * the denunciation beside no other matter), a dialogue opinion raised as a denunciation, and the API with a
   * representative. Each must end up in its case's vault only.
   */
  async function plantThroughEveryDoor(): Promise<void> {
    const officer = await auth('tiepdan.anphu');
    const leader = await auth('lanhdao.anphu');
    await http()
      .post('/api/letters')
      .set(officer)
      .send({
        channel: 'post',
        senders: [DENOUNCER_AT_DESK, REPRESENTATIVE],
        summary: 'Đơn tố cáo gửi qua bưu điện',
        matters: [
          {
            type: 'denunciation',
            category: 'land',
            summary: 'Tố cáo qua bưu điện về cấp giấy chứng nhận',
            leadAgencyId: agencies['AP-CA'].id,
          },
        ],
      })
      .expect(201);
    const session = (
      await http().post('/api/reception/sessions').set(officer).send({ kind: 'ad_hoc', reason: 'Tiếp đột xuất' }).expect(201)
    ).body as { id: string };
    await http()
      .post(`/api/reception/sessions/${session.id}/visits`)
      .set(officer)
      .send({
        citizen: DENOUNCER_AT_DESK,
        groupSize: 6,
        representatives: [REPRESENTATIVE],
        contents: [{ contentType: 'denunciation', category: 'land', summary: 'Tố cáo tại bàn tiếp về cấp giấy chứng nhận' }],
      })
      .expect(201);
    const dialogue = (
      await http()
        .post('/api/dialogues')
        .set(leader)
        .send({
          kind: 'dialogue',
          title: 'Đối thoại về cấp giấy chứng nhận',
          date: '2026-06-15',
          place: 'Nhà văn hóa',
          chairs: ['Chủ tịch UBND phường'],
          invitedAgencyIds: [agencies['AP-DC'].id],
          participantCount: 30,
          representatives: [],
          topics: ['Cấp giấy chứng nhận'],
        })
        .expect(201)
    ).body as { id: string };
    const minutes = (
      await http()
        .put(`/api/dialogues/${dialogue.id}/minutes`)
        .set(leader)
        .send({
          summary: 'Ý kiến của người dân',
          opinions: [{ raisedBy: DENOUNCER.fullName, content: 'Tố cáo cán bộ nhận tiền khi đo đạc' }],
        })
        .expect(200)
    ).body as { opinions: { id: string }[] };
    await http()
      .post(`/api/dialogues/${dialogue.id}/cases`)
      .set(leader)
      .send({ items: [{ opinionId: minutes.opinions[0].id, type: 'denunciation', leadAgencyId: agencies['AP-CA'].id }] })
      .expect(200);
    await http()
      .post('/api/cases')
      .set(officer)
      .send({
        type: 'denunciation',
        channel: 'hotline',
        category: 'other',
        summary: 'Tố cáo qua đường dây nóng',
        denouncer: DENOUNCER,
        representatives: [REPRESENTATIVE],
        leadAgencyId: agencies['AP-CA'].id,
      })
      .expect(201);
    // The public form (no account): the denouncer online, with an e-mail for notices.
    const online = await submitPetition(t, {
      type: 'denunciation',
      category: 'land',
      communeId: agencies['AP'].id,
      summary: 'Tố cáo gửi qua cổng trực tuyến về cấp giấy chứng nhận',
      fullName: DENOUNCER.fullName,
      idNumber: DENOUNCER.idNumber,
      phone: DENOUNCER.phone,
      email: DENOUNCER.email,
      senderAddress: DENOUNCER.address,
    });
    expect(online.status).toBe(201);
    onlineCode = (online.body as { caseCode: string }).caseCode;
  }

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp(
      db,
      {
        SCHEDULER_ENABLED: 'false',
        LOG_LEVEL: 'trace',
        SMTP_URL: smtp.url,
        PETITION_POW_BITS: '4',
      },
      { logStream: { write: (line: string) => void logLines.push(line) } },
    );
    t.clock.set('2026-06-15T03:00:00.000Z');
    routes = await apiRoutes(t);
    const list = (
      await http()
        .get('/api/agencies')
        .set(await auth('quantri'))
        .expect(200)
    ).body as AgencyDto[];
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
    // A denunciation against the land office (AP-DC), handled by the ward police (AP-CA); received long ago so that
    // deadline notifications fire too.
    const res = await http()
      .post('/api/cases')
      .set(await auth('tiepdan.anphu'))
      .send({
        type: 'denunciation',
        channel: 'post',
        category: 'land',
        receivedAt: '2026-05-04T02:00:00.000Z',
        summary: 'Tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận',
        content: 'Người tố cáo đề nghị giữ bí mật danh tính.',
        leadAgencyId: agencies['AP-CA'].id,
        denouncer: DENOUNCER,
      });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    denunciation = res.body as CaseDetailDto;
    // The accused land office follows the case as a coordinating agency: it sees the case, never who denounced it.
    await sql(`UPDATE cases SET coordinating_agency_ids = ARRAY[$2::uuid] WHERE id = $1`, [denunciation.id, agencies['AP-DC'].id]);
    const accepted = await http()
      .post(`/api/cases/${denunciation.id}/events`)
      .set(await auth('chuyenvien.congan'))
      .send({
        type: 'ACCEPT',
        payload: { agencyId: agencies['AP-CA'].id },
        note: 'Thụ lý tố cáo',
      });
    expect(accepted.status).toBe(200);
    // The head of the police gives the case to its handler: as the handler assigned by the head, they may see who
    // denounced (taking it oneself would not do).
    const me = (
      await http()
        .get('/api/auth/me')
        .set(await auth('chuyenvien.congan'))
        .expect(200)
    ).body as { id: string };
    const head = await createAgencyHead(t, agencies['AP-CA'].id, 'truong.congan');
    await http()
      .put(`/api/cases/${denunciation.id}/assignee`)
      .set(bearer(head))
      .send({ handlerId: me.id, reason: 'Giao chuyên viên xác minh' })
      .expect(200);
    await plantThroughEveryDoor();
    await t.app.get(DeadlineSweeper).sweepOnce();
    // The ward chairman accepts the online denunciation for the police: its denouncer is told, by e-mail.
    const [online] = await sql<{ id: string }>(`SELECT id FROM cases WHERE code = $1 AND commune_id = $2`, [onlineCode, agencies['AP'].id]);
    await http()
      .post(`/api/cases/${online.id}/events`)
      .set(await auth('lanhdao.anphu'))
      .send({ type: 'ACCEPT', payload: { agencyId: agencies['AP-CA'].id } })
      .expect(200);
    await t.app.get(NotificationsService).dispatchOnce();
    await t.app.get(NoticeDelivery).deliverOnce();
  }, 180_000);

  afterAll(async () => {
    await t?.dispose();
    await smtp?.close();
  });

  it('stores the identity as ciphertext only: no table holds any piece of it in clear', async () => {
    const [stored] = await sql<{ ciphertext: string }>(`SELECT ciphertext FROM confidential_identities WHERE case_id = $1`, [
      denunciation.id,
    ]);
    expect(stored.ciphertext.length).toBeGreaterThan(40);
    expect(leaks(stored.ciphertext)).toEqual([]);
    expect(leaks(Buffer.from(stored.ciphertext, 'base64').toString('latin1'))).toEqual([]);

    const columns = await sql<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      for (const secret of SECRETS) {
        const rows = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`, [
          `%${secret}%`,
        ]);
        if (rows[0].n > 0) found.push(`${table_name}.${column_name} holds ${secret}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps it out of every answer to every account, including the accused agency, reports, exports and notifications', async () => {
    const problems: string[] = [];
    const seenBy: Record<string, number> = {};
    for (const { username } of DEMO_USERS) {
      for (const res of await everythingReadable(username)) {
        for (const secret of leaks(res.text)) problems.push(`${username} ${res.url} → ${res.status} shows ${secret}`);
        if (res.status === 200 && res.text.includes('Tố cáo cán bộ địa chính')) seenBy[username] = (seenBy[username] ?? 0) + 1;
      }
    }
    expect(problems).toEqual([]);
    // The sweep reached the case in several answers of the people who work on it (so it can fail).
    for (const username of ['lanhdao.anphu', 'chuyenvien.congan', 'chuyenvien.diachinh', 'tiepdan.anphu'])
      expect(seenBy[username]).toBeGreaterThan(1);
    // The sweep did see the case where it should (so it can fail).
    const detail = await http()
      .get(`/api/cases/${denunciation.id}`)
      .set(await auth('chuyenvien.diachinh'))
      .expect(200);
    expect(detail.body).toMatchObject({
      hasConfidentialIdentity: true,
      parties: [],
    });
    expect(detail.body.history.map((h: { type: string }) => h.type)).toEqual(expect.arrayContaining(['CREATED', 'ACCEPT']));
  });

  it('keeps every door’s canary out of the log, also at trace level', async () => {
    expect(logLines.length).toBeGreaterThan(50);
    const logged = logLines.flatMap((line) => leaks(line).map((secret) => `${secret} in ${line.slice(0, 160)}`));
    expect(logged).toEqual([]);
    // Every door did write a sealed identity.
    const vault = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM confidential_identities`);
    expect(vault[0].n).toBe(6);
  });

  it('keeps it out of error answers', async () => {
    const attempts: [string, string, Record<string, unknown>][] = [
      ['chuyenvien.congan', `/api/cases/${denunciation.id}/events`, { type: 'NOT_AN_EVENT' }],
      ['chuyenvien.congan', `/api/cases/${denunciation.id}/events`, { type: 'ACCEPT', expectedVersion: 1 }],
      ['chuyenvien.congan', `/api/cases/${denunciation.id}/events`, { type: 'RECORD_VERIFICATION', payload: { findings: 42 } }],
      ['chuyenvien.congan', `/api/cases/${denunciation.id}/identity/reveal`, {}],
      ['chuyenvien.congan', `/api/cases/${denunciation.id}/identity/reveal`, { reason: 'x'.repeat(2000) }],
      ['chuyenvien.diachinh', `/api/cases/${denunciation.id}/events`, { type: 'RECORD_VERIFICATION', payload: {} }],
      [
        'tiepdan.anphu',
        '/api/cases',
        {
          type: 'denunciation',
          channel: 'post',
          category: 'land',
          summary: 'x',
          denouncer: { ...DENOUNCER, idNumber: 'not-a-number' },
        },
      ],
      [
        'tiepdan.anphu',
        '/api/cases',
        {
          type: 'complaint',
          channel: 'post',
          category: 'land',
          summary: 'x',
          denouncer: DENOUNCER,
        },
      ],
    ];
    for (const [username, url, body] of attempts) {
      const res = await call(t, 'post', url, await auth(username), body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect({ url, body: Object.keys(body), leaks: leaks(res.text) }).toEqual({
        url,
        body: Object.keys(body),
        leaks: [],
      });
    }
    // The citizens' public lookup: a denunciation is not found by its code and the denouncer's phone.
    if (routes.some((r) => r.method === 'post' && r.path === '/api/public/lookup')) {
      const res = await call(t, 'post', '/api/public/lookup', {}, { code: denunciation.code, phoneLast4: DENOUNCER.phone.slice(-4) });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(leaks(res.text)).toEqual([]);
    }
    // Neither failed attempt left a case or a row holding the identity behind: only the six doors' sealed identities.
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM confidential_identities`);
    expect(n).toBe(6);
  });

  it('sends the online denouncer’s notices to them alone, naming no one, and looks none of them up', async () => {
    expect(smtp.messages.map((m) => m.subject)).toEqual([
      `[Tiếp Dân] ${onlineCode}: Đã nhận đơn / Petition received`,
      `[Tiếp Dân] ${onlineCode}: Đã thụ lý / Accepted`,
    ]);
    for (const message of smtp.messages) {
      expect(message.to).toEqual([DENOUNCER.email]);
      expect(leaks(message.text)).toEqual([]);
      expect(leaks(message.subject)).toEqual([]);
      expect(message.text).not.toContain('/lookup');
    }
    // An online denunciation is not found at the public lookup, even with the denouncer's own digits.
    const res = await call(t, 'post', '/api/public/lookup', {}, { code: onlineCode, phoneLast4: DENOUNCER.phone.slice(-4) });
    expect(res.status).toBe(404);
    expect(leaks(res.text)).toEqual([]);
    // Nor in the Open311 lists, which carry only what client apps filed.
    const listed = await call(t, 'get', `/open311/v2/requests.json?jurisdiction_id=AP&service_request_id=${onlineCode}`, {});
    expect(JSON.parse(listed.text)).toEqual([]);
  });

  it('refuses the reveal to everyone but the lead agency’s handlers and the resolving leaders, the accused agency included', async () => {
    const outcomes: Record<string, number> = {};
    for (const { username } of DEMO_USERS) {
      const res = await http()
        .post(`/api/cases/${denunciation.id}/identity/reveal`)
        .set(await auth(username))
        .send({ reason: 'Kiểm tra quyền xem' });
      outcomes[username] = res.status;
      if (res.status !== 200) expect(leaks(JSON.stringify(res.body))).toEqual([]);
    }
    expect(outcomes).toEqual({
      quantri: 403,
      'tiepdan.anphu': 403,
      'lanhdao.anphu': 200,
      'chuyenvien.diachinh': 403, // the accused agency, although it follows the case
      'truong.diachinh': 403,
      'chuyenvien.tuphap': 404,
      'chuyenvien.congan': 200,
      'totruong.to3': 403,
      'lanhdao.namkhoa': 404,
      'tiepdan.namkhoa': 403,
      'chuyenvien.namkhoa': 404,
      'lanhdao.tinh': 403, // a commune's case: its commune leader resolves it
      'thanhtra.tinh': 403,
    });
    expect(Object.values(outcomes).filter((s) => s === 200)).toHaveLength(2);
  });

  it('records each reveal with who, when and why, and nothing of the identity', async () => {
    t.clock.set('2026-06-16T01:23:45.000Z');
    tokens.clear();
    const before = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM security_audit WHERE action = 'identity.reveal' AND target_id = $1`,
      [denunciation.id],
    );
    const revealed = await http()
      .post(`/api/cases/${denunciation.id}/identity/reveal`)
      .set(await auth('chuyenvien.congan'))
      .set('X-Forwarded-For', '10.9.8.7')
      .send({ reason: 'Mời người tố cáo đến cung cấp thêm chứng cứ' })
      .expect(200);
    expect(revealed.body).toMatchObject(DENOUNCER);
    const refused = await http()
      .post(`/api/cases/${denunciation.id}/identity/reveal`)
      .set(await auth('chuyenvien.diachinh'))
      .send({ reason: 'Tò mò' });
    expect(refused.status).toBe(403);

    const after = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM security_audit WHERE action = 'identity.reveal' AND target_id = $1`,
      [denunciation.id],
    );
    expect(after[0].n).toBe(before[0].n + 1); // a refused attempt reveals nothing, so there is nothing to record as a view
    // ...but the attempt itself is a security fact, with who and why.
    const refusals = await sql<{
      actor_username: string;
      details: { reason: string };
    }>(
      `SELECT actor_username, details FROM security_audit WHERE action = 'identity.reveal_refused' AND target_id = $1 ORDER BY id DESC LIMIT 1`,
      [denunciation.id],
    );
    expect(refusals[0]).toMatchObject({
      actor_username: 'chuyenvien.diachinh',
      details: { reason: 'Tò mò' },
    });

    const log = await http()
      .get(`/api/security-audit?action=identity.reveal&targetId=${denunciation.id}`)
      .set(await auth('quantri'))
      .expect(200);
    const [latest] = log.body.items as {
      at: string;
      actorUsername: string;
      actorId: string;
      ip: string;
      targetType: string;
      details: { reason: string };
    }[];
    const [handler] = await sql<{ id: string }>(`SELECT id FROM users WHERE username = 'chuyenvien.congan'`);
    expect(latest).toMatchObject({
      at: '2026-06-16T01:23:45.000Z',
      actorUsername: 'chuyenvien.congan',
      actorId: handler.id,
      ip: '10.9.8.7',
      targetType: 'case',
      details: { reason: 'Mời người tố cáo đến cung cấp thêm chứng cứ' },
    });
    expect(log.body.items.map((e: { actorUsername: string }) => e.actorUsername)).toEqual(
      expect.arrayContaining(['chuyenvien.congan', 'lanhdao.anphu']),
    );
    expect(leaks(JSON.stringify(log.body))).toEqual([]);

    // A reveal changes nothing anyone else sees.
    for (const username of ['chuyenvien.diachinh', 'lanhdao.anphu', 'tiepdan.anphu']) {
      const detail = await http()
        .get(`/api/cases/${denunciation.id}`)
        .set(await auth(username))
        .expect(200);
      expect(leaks(JSON.stringify(detail.body))).toEqual([]);
      const notes = await http()
        .get('/api/notifications')
        .set(await auth(username));
      expect(leaks(JSON.stringify(notes.body))).toEqual([]);
    }
  });
});
