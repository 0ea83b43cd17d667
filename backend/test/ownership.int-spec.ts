import request from 'supertest';
import { DataSource } from 'typeorm';
import { PENDING_PARTY, pendingPartyOf } from '@tiep-dan/workflows';
import type {
  AgencyDto,
  CaseAssignmentDto,
  CaseDetailDto,
  CaseListQuery,
  CasePage,
  CaseType,
  HandlerLoadDto,
  OverviewDto,
} from '@tiep-dan/contracts';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { pendingPartySql } from '../src/cases/pending-party-sql';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

const SECOND_HANDLER = 'chuyenvien2.diachinh';
const SECOND_PASSWORD = 'ChuyenVien2026abc';

/**
 * Issue 15, "Ownership": a handler acts on a case only once it is theirs (claimed by their first action, or given by the
 * head), and the workload and the overview blame whoever's step is pending.
 */
describe.each(testDatabases())('ownership and the pending party on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  const users: Record<string, { id: string; fullName: string }> = {};
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username, username === SECOND_HANDLER ? SECOND_PASSWORD : undefined)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  async function create(type: CaseType, summary: string, extra: Record<string, unknown> = {}): Promise<CaseDetailDto> {
    const res = await http()
      .post('/api/cases')
      .set(await auth('tiepdan.anphu'))
      .send({ type, channel: 'reception', category: 'land', summary, petitioner: { fullName: 'Nguyễn Văn Bình' }, ...extra });
    expect(res.status).toBe(201);
    return res.body as CaseDetailDto;
  }

  async function send(
    username: string,
    id: string,
    type: string,
    payload: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) {
    return http()
      .post(`/api/cases/${id}/events`)
      .set(await auth(username))
      .send({ type, payload, ...extra });
  }

  async function written(id: string): Promise<{ version: number; assigned: string | null; seqs: number[]; types: string[] }> {
    const [row] = await sql<{ version: number; assigned_handler_id: string | null }>(
      `SELECT version, assigned_handler_id FROM cases WHERE id = $1`,
      [id],
    );
    const events = await sql<{ seq: number; type: string }>(`SELECT seq, type FROM case_events WHERE case_id = $1 ORDER BY seq`, [id]);
    return { version: row.version, assigned: row.assigned_handler_id, seqs: events.map((e) => e.seq), types: events.map((e) => e.type) };
  }

  async function loads(): Promise<Record<string, HandlerLoadDto>> {
    const res = await http()
      .get('/api/inbox/handlers')
      .set(await auth('truong.diachinh'));
    expect(res.status).toBe(200);
    return Object.fromEntries((res.body as HandlerLoadDto[]).map((l) => [l.username, l]));
  }

  /** The codes of every case a list query returns, as the leader sees them. */
  async function drill(query: CaseListQuery): Promise<string[]> {
    const res = await http()
      .get('/api/cases')
      .query({ ...query, limit: 200 })
      .set(await auth('lanhdao.anphu'));
    expect(res.status).toBe(200);
    expect((res.body as CasePage).nextCursor).toBeNull();
    return (res.body as CasePage).items.map((c) => c.code).sort();
  }

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    t.clock.set('2026-03-02T02:00:00.000Z');
    const list = (
      await http()
        .get('/api/agencies')
        .set(await auth('quantri'))
        .expect(200)
    ).body as AgencyDto[];
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
    // The demo land office has one handler; a second one to hold cases the first may not touch.
    const second = await http()
      .post('/api/users')
      .set(await auth('quantri'))
      .send({
        username: SECOND_HANDLER,
        fullName: 'Trần Văn Khoa',
        password: SECOND_PASSWORD,
        role: 'agency_handler',
        agencyId: agencies['AP-DC'].id,
      });
    expect(second.status).toBe(201);
    for (const username of ['chuyenvien.diachinh', SECOND_HANDLER, 'truong.diachinh']) {
      const me = (
        await http()
          .get('/api/auth/me')
          .set(await auth(username))
          .expect(200)
      ).body as { id: string; fullName: string };
      users[username] = { id: me.id, fullName: me.fullName };
    }
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("claims an unassigned case with a handler's first event, recorded just before it, gap-free, in the head's load", async () => {
    const before = await loads();
    const c = await create('complaint', 'Tranh chấp lối đi chung', { leadAgencyId: agencies['AP-DC'].id });
    expect(c.pendingParty).toBe('agency');

    const accepted = await send('chuyenvien.diachinh', c.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }, { expectedVersion: 1 });
    expect(accepted.status).toBe(200);
    const detail = accepted.body as CaseDetailDto;
    expect(detail.version).toBe(3);
    expect(detail.history.map((h) => [h.seq, h.type])).toEqual([
      [1, 'CREATED'],
      [2, 'HANDLER_ASSIGNED'],
      [3, 'TRIAGE_ACCEPT'],
    ]);
    expect(detail.history[1]).toMatchObject({
      actorName: 'chuyenvien.diachinh',
      actorRole: 'agency_handler',
      fromState: 'received',
      toState: 'received',
      note: 'Tự nhận xử lý khi thao tác lần đầu',
      label: { vi: 'Phân công chuyên viên', en: 'Handler assigned' },
      payload: {
        handlerId: users['chuyenvien.diachinh'].id,
        handlerName: 'Lê Văn Hùng',
        previousHandlerId: null,
        previousHandlerName: null,
        claimed: true,
      },
    });
    expect(detail.history[2].at).toBe(detail.history[1].at);
    expect(await written(c.id)).toMatchObject({ version: 3, assigned: users['chuyenvien.diachinh'].id, seqs: [1, 2, 3] });
    const assignee = (
      await http()
        .get(`/api/cases/${c.id}/assignee`)
        .set(await auth('truong.diachinh'))
    ).body as CaseAssignmentDto;
    expect(assignee.handler).toEqual({ id: users['chuyenvien.diachinh'].id, fullName: 'Lê Văn Hùng' });
    expect((await loads())['chuyenvien.diachinh'].open).toBe(before['chuyenvien.diachinh'].open + 1);

    // Their next event is theirs already: no second claim.
    const verified = await send('chuyenvien.diachinh', c.id, 'RECORD_VERIFICATION', {
      findings: 'Đúng hiện trạng',
      demandMatchesFindings: true,
    });
    expect(verified.status).toBe(200);
    expect(await written(c.id)).toMatchObject({
      version: 4,
      types: ['CREATED', 'HANDLER_ASSIGNED', 'TRIAGE_ACCEPT', 'RECORD_VERIFICATION'],
    });
  });

  it('refuses another handler of the agency with 403 naming the holder, writing nothing; the head acts without taking it', async () => {
    const c = await create('complaint', 'Lấn chiếm hành lang', { leadAgencyId: agencies['AP-DC'].id });
    expect((await send('chuyenvien.diachinh', c.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id })).status).toBe(200);
    const held = await written(c.id);

    const refused = await send(
      SECOND_HANDLER,
      c.id,
      'RECORD_VERIFICATION',
      { findings: 'x', demandMatchesFindings: true },
      { expectedVersion: held.version },
    );
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      code: 'CASE_HELD_BY_ANOTHER_HANDLER',
      holder: { id: users['chuyenvien.diachinh'].id, fullName: 'Lê Văn Hùng' },
    });
    expect(refused.body.message.vi).toContain('Lê Văn Hùng');
    expect(refused.body.message.en).toContain('Lê Văn Hùng');
    expect(await written(c.id)).toEqual(held);
    // Nor does the case page offer them any action; the holder still has theirs.
    const seen = (
      await http()
        .get(`/api/cases/${c.id}`)
        .set(await auth(SECOND_HANDLER))
    ).body as CaseDetailDto;
    expect(seen.allowedEvents).toEqual([]);
    const holder = (
      await http()
        .get(`/api/cases/${c.id}`)
        .set(await auth('chuyenvien.diachinh'))
    ).body as CaseDetailDto;
    expect(holder.allowedEvents.map((e) => e.type)).toContain('RECORD_VERIFICATION');

    // The head works any case of the agency and takes none.
    expect(
      (await send('truong.diachinh', c.id, 'RECORD_VERIFICATION', { findings: 'Đã đo đạc', demandMatchesFindings: true })).status,
    ).toBe(200);
    const head = await send('truong.diachinh', c.id, 'PROPOSE_DECISION', { summary: 'Giữ nguyên', outcome: 'rejected' });
    expect(head.status).toBe(200);
    expect((head.body as CaseDetailDto).pendingParty).toBe('decider');
    const after = await written(c.id);
    expect(after).toMatchObject({ version: held.version + 2, assigned: users['chuyenvien.diachinh'].id });
    expect(after.types.filter((type) => type === 'HANDLER_ASSIGNED')).toHaveLength(1);

    const fresh = await create('complaint', 'Cấp giấy chứng nhận chậm', { leadAgencyId: agencies['AP-DC'].id });
    expect((await send('truong.diachinh', fresh.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id })).status).toBe(200);
    expect(await written(fresh.id)).toMatchObject({ version: 2, assigned: null, types: ['CREATED', 'TRIAGE_ACCEPT'] });

    // Once the head gives the case to the second handler, it is theirs, and the first handler is the one refused.
    expect(
      (
        await http()
          .put(`/api/cases/${fresh.id}/assignee`)
          .set(await auth('truong.diachinh'))
          .send({ handlerId: users[SECOND_HANDLER].id, reason: 'Chia việc' })
      ).status,
    ).toBe(200);
    const firstRefused = await send('chuyenvien.diachinh', fresh.id, 'RECORD_VERIFICATION', { findings: 'x', demandMatchesFindings: true });
    expect(firstRefused.status).toBe(403);
    expect(firstRefused.body.holder).toEqual({ id: users[SECOND_HANDLER].id, fullName: 'Trần Văn Khoa' });
    expect(
      (await send(SECOND_HANDLER, fresh.id, 'RECORD_VERIFICATION', { findings: 'Đã kiểm tra', demandMatchesFindings: true })).status,
    ).toBe(200);
  });

  it('writes no claim for a stale or refused event on an unassigned case', async () => {
    // A proposal the desk accepted for the land office: moved on (version 2), nobody holds it yet.
    const c = await create('proposal', 'Sửa đường vào tổ 5');
    expect((await send('tiepdan.anphu', c.id, 'ACCEPT', { agencyId: agencies['AP-DC'].id })).status).toBe(200);
    const stale = await send(SECOND_HANDLER, c.id, 'SUBMIT_RESPONSE', { response: 'Sẽ sửa trong quý III' }, { expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CASE_VERSION_CONFLICT', currentVersion: 2 });
    expect((await send(SECOND_HANDLER, c.id, 'NOTIFY_CITIZEN')).status).toBe(422);
    expect((await send(SECOND_HANDLER, c.id, 'SUBMIT_RESPONSE', {})).status).toBe(400);
    expect(await written(c.id)).toEqual({ version: 2, assigned: null, seqs: [1, 2], types: ['CREATED', 'ACCEPT'] });
    // The same request with the current version goes through, and takes the case.
    expect((await send(SECOND_HANDLER, c.id, 'SUBMIT_RESPONSE', { response: 'Sẽ sửa trong quý III' }, { expectedVersion: 2 })).status).toBe(
      200,
    );
    expect(await written(c.id)).toEqual({
      version: 4,
      assigned: users[SECOND_HANDLER].id,
      seqs: [1, 2, 3, 4],
      types: ['CREATED', 'ACCEPT', 'HANDLER_ASSIGNED', 'SUBMIT_RESPONSE'],
    });
  });

  it('makes a self-taken case the head’s assignment when the head gives it to the same handler', async () => {
    const c = await create('complaint', 'Xác nhận giao việc', { leadAgencyId: agencies['AP-DC'].id });
    expect((await send(SECOND_HANDLER, c.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id })).status).toBe(200);
    const head = await auth('truong.diachinh');
    const give = () =>
      http()
        .put(`/api/cases/${c.id}/assignee`)
        .set(head)
        .send({ handlerId: users[SECOND_HANDLER].id, reason: 'Giao chuyên viên xác minh' });
    expect((await give()).status).toBe(200);
    expect((await give()).status).toBe(200);
    const assignments = await sql<{ actor_id: string }>(
      `SELECT actor_id FROM case_events WHERE case_id = $1 AND type = 'HANDLER_ASSIGNED' ORDER BY seq`,
      [c.id],
    );
    // The handler's own claim, then the head's assignment once; giving it again changes nothing.
    expect(assignments.map((a) => a.actor_id)).toEqual([users[SECOND_HANDLER].id, users['truong.diachinh'].id]);
  });

  it("blames an overdue visit waiting for the desk on the desk, not on the land office, nor on its handler's load", async () => {
    t.clock.set('2026-04-06T02:00:00.000Z');
    // A visit assigned to the land office, reported back by the second handler (their first action takes it).
    const visit = await create('reception', 'Hỏi thủ tục tách thửa');
    expect(visit.pendingParty).toBe('leader');
    expect((await send('lanhdao.anphu', visit.id, 'ASSIGN', { agencyId: agencies['AP-DC'].id })).status).toBe(200);
    const reported = await send(SECOND_HANDLER, visit.id, 'AGENCY_REPORT', { report: 'Đã hướng dẫn hồ sơ tách thửa' });
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({ state: 'reported', pendingParty: 'desk' });
    // A complaint the second handler takes from the inbox and leaves awaiting acceptance: the agency's own delay.
    const complaint = await create('complaint', 'Chậm thụ lý khiếu nại', { leadAgencyId: agencies['AP-DC'].id });
    expect(
      (
        await http()
          .put(`/api/cases/${complaint.id}/assignee`)
          .set(await auth(SECOND_HANDLER))
          .send({ handlerId: users[SECOND_HANDLER].id })
      ).status,
    ).toBe(200);

    // 15 May: the visit's 10 working days and the complaint's 10 days to accept have both passed.
    t.clock.set('2026-05-15T02:00:00.000Z');
    const sweeper = t.app.get(DeadlineSweeper);
    while ((await sweeper.sweepOnce()) > 0);
    const visitNow = (
      await http()
        .get(`/api/cases/${visit.id}`)
        .set(await auth('lanhdao.anphu'))
    ).body as CaseDetailDto;
    expect(visitNow).toMatchObject({ deadlineStatus: 'overdue', pendingParty: 'desk', leadAgencyId: agencies['AP-DC'].id });

    // The second handler holds five open cases, all past a deadline: the two complaints accepted in March and the one
    // left awaiting acceptance are their delay; the proposal awaiting approval is the decider's, the visit the desk's.
    expect((await loads())[SECOND_HANDLER]).toMatchObject({ open: 5, overdue: 3 });

    const view = (
      await http()
        .get('/api/dashboard/overview')
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as OverviewDto;
    const land = view.byAgency.find((r) => r.party === 'agency' && r.agencyId === agencies['AP-DC'].id);
    const desk = view.byAgency.find((r) => r.party === 'desk' && r.communeId === agencies['AP'].id);
    expect(desk).toMatchObject({ communeName: 'Phường An Phú', agencyId: null });
    if (!land || !desk) throw new Error('rows missing');

    const landOverdue = await drill({ pendingParty: 'agency', leadAgencyId: agencies['AP-DC'].id, open: true, overdue: true });
    expect(landOverdue).toContain(complaint.code);
    expect(landOverdue).not.toContain(visit.code);
    expect(landOverdue).toHaveLength(land.overdue);
    const deskOverdue = await drill({ pendingParty: 'desk', communeId: agencies['AP'].id, open: true, overdue: true });
    expect(deskOverdue).toEqual([visit.code]);
    expect(desk.overdue).toBe(1);
    for (const [row, filters] of [
      [land, { pendingParty: 'agency', leadAgencyId: agencies['AP-DC'].id }],
      [desk, { pendingParty: 'desk', communeId: agencies['AP'].id }],
    ] as const) {
      expect(await drill({ ...filters, open: true })).toHaveLength(row.open);
      expect(await drill({ ...filters, open: true, dueSoon: true })).toHaveLength(row.dueSoon);
    }
    // By lead agency alone the visit is still the land office's case; it just is not its delay.
    expect(await drill({ leadAgencyId: agencies['AP-DC'].id, open: true, overdue: true })).toContain(visit.code);
    expect(view.worstOverdue.find((r) => r.id === visit.id)).toMatchObject({ pendingParty: 'desk', leadAgencyId: agencies['AP-DC'].id });
    // Every overdue case is someone's, and only once.
    expect(view.byAgency.reduce((sum, r) => sum + r.overdue, 0)).toBe(view.totals.overdue);
  });

  it('refuses an unknown party in the list filter in both languages', async () => {
    const res = await http()
      .get('/api/cases')
      .query({ pendingParty: 'nobody' })
      .set(await auth('lanhdao.anphu'));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'pendingParty', message: { vi: expect.any(String), en: expect.any(String) } }),
    ]);
  });

  it('says in SQL what pendingPartyOf says, for every state of the table and for states it does not list', async () => {
    const samples: [CaseType, string, boolean][] = [
      ...(Object.entries(PENDING_PARTY) as [CaseType, Record<string, string>][]).flatMap(([type, states]) =>
        Object.entries(states).map(([state, party]): [CaseType, string, boolean] => [type, state, party !== 'none']),
      ),
      ['complaint', 'accepted.laterSubstate', true],
      ['reception', 'reported.later', true],
      ['denunciation', 'laterState', true],
      ['denunciation', 'laterFinalState', false],
      ['proposal', 'unknownState', true],
    ];
    const params: unknown[] = [];
    const values = samples.map(([type, state, open], i) => {
      params.push(type, state, open ? null : new Date());
      return `(${i}, $${params.length - 2}::text, $${params.length - 1}::text, $${params.length}::timestamptz)`;
    });
    const rows = await sql<{ party: string }>(
      `SELECT ${pendingPartySql('x')} AS party FROM (VALUES ${values.join(', ')}) AS x(n, type, state, closed_at) ORDER BY x.n`,
      params,
    );
    expect(rows.map((r) => r.party)).toEqual(samples.map(([type, state, open]) => pendingPartyOf(type, state, open)));
  });
});
