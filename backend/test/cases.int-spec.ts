import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AgencyDto, CaseDetailDto, CasePage, CaseType } from '@tiep-dan/contracts';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { NotificationsService } from '../src/notifications/notifications.service';
import { bearer, createAgencyHead, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

type Step = [user: string, type: string, payload?: Record<string, unknown>];

describe.each(testDatabases())('case engine on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;

  /** A fresh access token for the user at the test clock's current time (tokens last 15 minutes). */
  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  async function create(username: string, body: Record<string, unknown>, key?: string): Promise<CaseDetailDto> {
    const req = http()
      .post('/api/cases')
      .set(await auth(username));
    if (key) req.set('Idempotency-Key', key);
    const res = await req.send(body);
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
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

  async function run(id: string, steps: Step[]): Promise<CaseDetailDto> {
    let last: CaseDetailDto | undefined;
    for (const [user, type, payload] of steps) {
      const res = await send(user, id, type, payload);
      if (res.status !== 200) throw new Error(`${type} by ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
      last = res.body as CaseDetailDto;
      // The answer is built from what the event's transaction holds: it is exactly the page a read gives afterwards,
      // but for the machine's description, which the client already holds (CaseEventAnswerDto).
      const page = await http()
        .get(`/api/cases/${id}`)
        .set(await auth(user));
      const { lifecycle, ...rest } = page.body as CaseDetailDto;
      expect(lifecycle.states.length).toBeGreaterThan(0);
      expect(last).toEqual(rest);
    }
    if (!last) throw new Error('no steps');
    return last;
  }

  const base = (type: CaseType, extra: Record<string, unknown> = {}) => ({
    type,
    channel: 'reception',
    category: 'land',
    summary: `Đơn ${type} về tranh chấp ranh giới đất`,
    petitioner: { fullName: 'Nguyễn Văn Bình', idNumber: '001200012345', phone: '0912345678' },
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
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

  it('takes a complaint from intake to close, with every transition in the history and the deadline moving', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const created = await create('tiepdan.anphu', base('complaint', { leadAgencyId: agencies['AP-DC'].id }));
    expect(created).toMatchObject({
      type: 'complaint',
      state: 'received',
      version: 1,
      deadlineRuleId: 'complaint.accept',
      leadAgencyName: agencies['AP-DC'].name,
    });
    expect(created.code).toMatch(/^KN-2026-\d{6}$/);
    // Received Monday 2 March 2026 (Vietnam time), before 1 July 2026: accept within 10 calendar days → Thursday 12 March.
    expect(created.dueAt).toBe('2026-03-12T16:59:59.999Z');
    expect(created.deadline?.legalBasis.document).toBeTruthy();

    t.clock.advance(24 * 3600_000);
    const accepted = await run(created.id, [['chuyenvien.diachinh', 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }]]);
    expect(accepted).toMatchObject({ state: 'accepted.verification', deadlineRuleId: 'complaint.resolve.first' });
    // Accepted Tuesday 3 March: 30 calendar days → Thursday 2 April.
    expect(accepted.dueAt).toBe('2026-04-02T16:59:59.999Z');

    const requested = await run(created.id, [
      ['chuyenvien.diachinh', 'REQUEST_EXTENSION', { reason: 'Vụ việc phức tạp, nhiều hộ liên quan' }],
    ]);
    expect(requested.dueAt).toBe(accepted.dueAt);
    const extended = await run(created.id, [['truong.diachinh', 'APPROVE_EXTENSION', {}]]);
    // Complex case: 45 days from acceptance → Friday 17 April.
    expect(extended.dueAt).toBe('2026-04-17T16:59:59.999Z');
    expect(extended.deadline?.variant).toBe('complex');

    const closed = await run(created.id, [
      ['chuyenvien.diachinh', 'RECORD_VERIFICATION', { findings: 'Ranh giới đúng theo bản đồ địa chính', demandMatchesFindings: true }],
      ['chuyenvien.diachinh', 'PROPOSE_DECISION', { summary: 'Không công nhận nội dung khiếu nại', outcome: 'rejected' }],
      ['lanhdao.anphu', 'APPROVE', { documentNo: '12/QĐ-UBND' }],
      ['chuyenvien.diachinh', 'NOTIFY_PARTIES', {}],
      ['chuyenvien.diachinh', 'CLOSE', {}],
    ]);
    expect(closed.state).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.deadlineStatus).toBe('none');
    expect(closed.history.map((h) => h.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(closed.history.map((h) => h.type)).toEqual([
      'CREATED',
      // The handler's first action took the unassigned case (issue 15, "Ownership").
      'HANDLER_ASSIGNED',
      'TRIAGE_ACCEPT',
      'REQUEST_EXTENSION',
      'APPROVE_EXTENSION',
      'RECORD_VERIFICATION',
      'PROPOSE_DECISION',
      'APPROVE',
      'NOTIFY_PARTIES',
      'CLOSE',
    ]);
    expect(closed.history[3]).toMatchObject({
      actorName: 'chuyenvien.diachinh',
      actorRole: 'agency_handler',
      fromState: 'accepted.verification',
    });
    expect(closed.allowedEvents).toEqual([]);
  });

  it('says why the draft decision waits for a dialogue, and refuses minutes before the dialogue’s day', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const created = await create('tiepdan.anphu', base('complaint', { leadAgencyId: agencies['AP-DC'].id }));
    const verified = await run(created.id, [
      ['chuyenvien.diachinh', 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }],
      ['chuyenvien.diachinh', 'RECORD_VERIFICATION', { findings: 'Khác với yêu cầu', demandMatchesFindings: false }],
    ]);
    expect(verified.allowedEvents.map((e) => e.type)).not.toContain('PROPOSE_DECISION');
    expect(verified.blockedEvents).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'PROPOSE_DECISION', reason: 'isDialogueSatisfied' })]),
    );
    expect(verified.blockedEvents.find((b) => b.type === 'PROPOSE_DECISION')?.reasonLabel.vi).toContain('đối thoại');
    // Whoever may not act on the case is told nothing of its next steps.
    const reader = (
      await http()
        .get(`/api/cases/${created.id}`)
        .set(await auth('thanhtra.tinh'))
        .expect(200)
    ).body as CaseDetailDto;
    expect(reader.blockedEvents).toEqual([]);
    // The history names people by their full name, the username kept beside it.
    expect(verified.history.at(-1)).toMatchObject({ actorName: 'chuyenvien.diachinh', actorFullName: expect.not.stringMatching(/\./) });

    await run(created.id, [
      ['chuyenvien.diachinh', 'SCHEDULE_DIALOGUE', { date: '2026-03-09', place: 'UBND phường', participants: ['Nguyễn Văn Bình'] }],
    ]);
    t.clock.set('2026-03-08T16:30:00.000Z'); // 23:30 on Sunday 8 March in Vietnam: the dialogue's day has not come
    const early = await send('chuyenvien.diachinh', created.id, 'RECORD_DIALOGUE_MINUTES', { minutes: 'Biên bản đối thoại' });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'CASE_DIALOGUE_NOT_HELD_YET', errors: [{ field: 'payload.minutes' }] });
    expect(early.body.message.vi).toContain('09/03/2026');
    expect(early.body.message.en).toContain('09/03/2026');
    t.clock.set('2026-03-08T17:30:00.000Z'); // 00:30 on Monday 9 March in Vietnam
    const held = await run(created.id, [['chuyenvien.diachinh', 'RECORD_DIALOGUE_MINUTES', { minutes: 'Biên bản đối thoại' }]]);
    expect(held.state).toBe('accepted.dialogueHeld');
    expect(held.blockedEvents.map((b) => b.type)).not.toContain('PROPOSE_DECISION');
    expect(held.allowedEvents.map((e) => e.type)).toContain('PROPOSE_DECISION');
  });

  it.each<[CaseType, Record<string, unknown>, Step[], string]>([
    [
      'reception',
      {},
      [
        ['lanhdao.anphu', 'ASSIGN', { agencyId: 'AP-TP' }],
        ['chuyenvien.tuphap', 'AGENCY_REPORT', { report: 'Đã hướng dẫn thủ tục công chứng' }],
        ['tiepdan.anphu', 'ANSWER_CITIZEN', { answer: 'Đã trả lời bằng văn bản' }],
        ['tiepdan.anphu', 'CLOSE', {}],
      ],
      'closed',
    ],
    [
      'denunciation',
      { leadAgencyId: 'AP-DC', petitioner: undefined, denouncer: { fullName: 'Người tố cáo', phone: '0987654321' } },
      [
        ['chuyenvien.diachinh', 'ACCEPT', { agencyId: 'AP-DC' }],
        ['chuyenvien.diachinh', 'NOTIFY_DENOUNCER', {}],
        ['chuyenvien.diachinh', 'RECORD_VERIFICATION', { findings: 'Có vi phạm trật tự xây dựng' }],
        ['lanhdao.anphu', 'CONCLUDE', { conclusion: 'Tố cáo đúng' }],
        ['chuyenvien.diachinh', 'HANDLE_CONCLUSION', { measures: 'Xử phạt vi phạm hành chính' }],
        ['chuyenvien.diachinh', 'CLOSE', {}],
      ],
      'closed',
    ],
    [
      'proposal',
      {},
      [
        ['tiepdan.anphu', 'ACCEPT', { agencyId: 'AP-DC' }],
        ['chuyenvien.diachinh', 'SUBMIT_RESPONSE', { response: 'Sẽ sửa đường vào quý II' }],
        ['lanhdao.anphu', 'APPROVE', {}],
        ['tiepdan.anphu', 'NOTIFY_CITIZEN', {}],
        ['tiepdan.anphu', 'CLOSE', {}],
      ],
      'closed',
    ],
    [
      'reflection',
      {},
      [
        ['tiepdan.anphu', 'ACCEPT', { agencyId: 'AP-DC' }],
        ['chuyenvien.diachinh', 'SUBMIT_RESPONSE', { response: 'Đã kiểm tra hiện trường' }],
        ['truong.diachinh', 'RETURN', { reason: 'Bổ sung ảnh hiện trường' }],
        ['chuyenvien.diachinh', 'SUBMIT_RESPONSE', { response: 'Đã bổ sung ảnh' }],
        ['truong.diachinh', 'APPROVE', {}],
        ['chuyenvien.diachinh', 'NOTIFY_CITIZEN', {}],
        ['chuyenvien.diachinh', 'CLOSE', {}],
      ],
      'closed',
    ],
    [
      'commitment',
      { ownerAgencyId: 'AP-DC', dueDate: '2026-04-30', channel: 'dialogue' },
      [
        ['chuyenvien.diachinh', 'REPORT_DONE', { report: 'Đã lắp đèn' }],
        ['lanhdao.anphu', 'VERIFY', {}],
      ],
      'verified',
    ],
  ])('takes a %s through its lifecycle', async (type, extra, steps, finalState) => {
    const resolve = (v: unknown) => (typeof v === 'string' && agencies[v] ? agencies[v].id : v);
    const body = Object.fromEntries(
      Object.entries(base(type, extra))
        .map(([k, v]) => [k, resolve(v)])
        .filter(([, v]) => v !== undefined),
    );
    const created = await create('tiepdan.anphu', body);
    const resolved: Step[] = steps.map(([u, e, p]) => [u, e, Object.fromEntries(Object.entries(p ?? {}).map(([k, v]) => [k, resolve(v)]))]);
    const last = await run(created.id, resolved);
    expect(last.state).toBe(finalState);
    // The first step of an agency handler takes the case nobody was assigned: one more history row and version.
    const claims = resolved.some(([user]) => user.startsWith('chuyenvien.')) ? 1 : 0;
    expect(last.history.filter((h) => h.type === 'HANDLER_ASSIGNED')).toHaveLength(claims);
    expect(last.history.map((h) => h.seq)).toEqual(Array.from({ length: resolved.length + 1 + claims }, (_, i) => i + 1));
    expect(last.version).toBe(resolved.length + 1 + claims);
  });

  it('refuses an event the state does not take with 422 and the allowed events, writing nothing', async () => {
    const c = await create('tiepdan.anphu', base('complaint', { leadAgencyId: agencies['AP-DC'].id }));
    const res = await send('chuyenvien.diachinh', c.id, 'PROPOSE_DECISION', { summary: 'x', outcome: 'rejected' });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'CASE_EVENT_NOT_ALLOWED', state: 'received' });
    expect(res.body.allowedEvents).toEqual(expect.arrayContaining(['TRIAGE_ACCEPT', 'TRIAGE_ARCHIVE']));
    const [row] = await sql<{ version: number; n: string }>(
      `SELECT version, (SELECT count(*) FROM case_events WHERE case_id = $1) AS n FROM cases WHERE id = $1`,
      [c.id],
    );
    expect(row).toEqual({ version: 1, n: '1' });
  });

  it('answers a stale expectedVersion with 409 and the current version, writing nothing', async () => {
    const c = await create('tiepdan.anphu', base('complaint', { leadAgencyId: agencies['AP-DC'].id }));
    // The handler's acceptance also takes the unassigned case: version 2 is the claim, 3 the acceptance.
    expect(
      (await send('chuyenvien.diachinh', c.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }, { expectedVersion: 1 })).status,
    ).toBe(200);
    const stale = await send('chuyenvien.diachinh', c.id, 'RECORD_VERIFICATION', { findings: 'x' }, { expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CASE_VERSION_CONFLICT', currentVersion: 3 });
    const [row] = await sql<{ version: number }>(`SELECT version FROM cases WHERE id = $1`, [c.id]);
    expect(row.version).toBe(3);
  });

  it('names the bad payload field in Vietnamese and English, and refuses an event the role may not send', async () => {
    const c = await create('tiepdan.anphu', base('complaint', { leadAgencyId: agencies['AP-DC'].id }));
    const bad = await send('chuyenvien.diachinh', c.id, 'TRIAGE_ACCEPT', { agencyId: '', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['payload.agencyId', 'payload.extra']);
    expect(bad.body.errors[0].message).toEqual({ vi: expect.any(String), en: expect.any(String) });
    const forbidden = await send('chuyenvien.diachinh', c.id, 'DEADLINE_PASSED', {});
    expect(forbidden.status).toBe(403);
    const inspector = await send('thanhtra.tinh', c.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id });
    expect(inspector.status).toBe(403);
    const [row] = await sql<{ version: number }>(`SELECT version FROM cases WHERE id = $1`, [c.id]);
    expect(row.version).toBe(1);
  });

  it('replays an idempotent create and event without writing twice', async () => {
    const key = `create-${Date.now()}`;
    const first = await create('tiepdan.anphu', base('proposal'), key);
    const again = await http()
      .post('/api/cases')
      .set(await auth('tiepdan.anphu'))
      .set('Idempotency-Key', key)
      .send(base('proposal'));
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.id);
    const other = await http()
      .post('/api/cases')
      .set(await auth('tiepdan.anphu'))
      .set('Idempotency-Key', key)
      .send(base('reflection'));
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const eventKey = `event-${Date.now()}`;
    const post = async () =>
      http()
        .post(`/api/cases/${first.id}/events`)
        .set(await auth('tiepdan.anphu'))
        .set('Idempotency-Key', eventKey)
        .send({ type: 'ACCEPT', payload: { agencyId: agencies['AP-DC'].id } });
    expect((await post()).status).toBe(200);
    const replay = await post();
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const [row] = await sql<{ version: number; n: string }>(
      `SELECT version, (SELECT count(*) FROM case_events WHERE case_id = $1) AS n FROM cases WHERE id = $1`,
      [first.id],
    );
    expect(row).toEqual({ version: 2, n: '2' });
  });

  it('lets exactly the allowed events of 50 simultaneous ones apply, with no gap in the history', async () => {
    const c = await create('tiepdan.anphu', base('complaint', { leadAgencyId: agencies['AP-DC'].id }));
    const headers = await auth('chuyenvien.diachinh');
    const events = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? { type: 'TRIAGE_ACCEPT', payload: { agencyId: agencies['AP-DC'].id } }
        : { type: 'RECORD_VERIFICATION', payload: { findings: `Lần ${i}`, demandMatchesFindings: true } },
    );
    const results = await Promise.all(events.map((e) => http().post(`/api/cases/${c.id}/events`).set(headers).send(e)));
    const statuses = results.map((r) => r.status);
    // A loser is told it lost a race (409) when the case moved under it, else that the event does not fit the state.
    expect(statuses.every((s) => s === 200 || s === 409 || s === 422)).toBe(true);
    const history = await sql<{ seq: number; type: string }>(`SELECT seq, type FROM case_events WHERE case_id = $1 ORDER BY seq`, [c.id]);
    expect(history.map((h) => h.seq)).toEqual(Array.from({ length: history.length }, (_, i) => i + 1));
    // Exactly one acceptance, taking the case once; verification records only after it; every 200 wrote one event row.
    expect(history.filter((h) => h.type === 'TRIAGE_ACCEPT')).toHaveLength(1);
    expect(history.filter((h) => h.type === 'HANDLER_ASSIGNED')).toHaveLength(1);
    expect(history.length - 2).toBe(statuses.filter((s) => s === 200).length);
    const firstVerification = history.findIndex((h) => h.type === 'RECORD_VERIFICATION');
    expect(firstVerification === -1 || firstVerification > history.findIndex((h) => h.type === 'TRIAGE_ACCEPT')).toBe(true);
  });

  it('refuses UPDATE and DELETE on the history at the database', async () => {
    const c = await create('tiepdan.anphu', base('proposal'));
    await expect(sql(`UPDATE case_events SET note = 'sửa' WHERE case_id = $1`, [c.id])).rejects.toThrow();
    await expect(sql(`DELETE FROM case_events WHERE case_id = $1`, [c.id])).rejects.toThrow();
  });

  it('stops the clock on suspension and carries the remaining time over on resumption', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const c = await create('tiepdan.anphu', base('complaint', { leadAgencyId: agencies['AP-DC'].id }));
    const accepted = await run(c.id, [['chuyenvien.diachinh', 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }]]);
    expect(accepted.dueAt).toBe('2026-04-01T16:59:59.999Z');
    t.clock.set('2026-03-10T02:00:00.000Z');
    const suspended = await run(c.id, [['truong.diachinh', 'SUSPEND', { reason: 'Chờ kết quả giám định' }]]);
    expect(suspended).toMatchObject({ state: 'suspended', dueAt: null, deadlineStatus: 'suspended' });
    t.clock.set('2026-03-20T02:00:00.000Z');
    const resumed = await run(c.id, [['truong.diachinh', 'RESUME', {}]]);
    expect(resumed.state).toBe('accepted.verification');
    expect(new Date(resumed.dueAt ?? 0).getTime()).toBeGreaterThan(new Date(accepted.dueAt ?? 0).getTime());
    expect(resumed.deadline?.suspensions).toHaveLength(1);
  });

  it('fires due-soon and overdue exactly once through the scheduler, and notifies the agency and the leader', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const c = await create('tiepdan.anphu', base('proposal', { leadAgencyId: agencies['AP-DC'].id }));
    await run(c.id, [['tiepdan.anphu', 'ACCEPT', { agencyId: agencies['AP-DC'].id }]]);
    const sweeper = t.app.get(DeadlineSweeper);
    const [{ due_soon_at, due_at }] = await sql<{ due_soon_at: Date; due_at: Date }>(
      `SELECT due_soon_at, due_at FROM cases WHERE id = $1`,
      [c.id],
    );

    t.clock.set(new Date(new Date(due_soon_at).getTime() + 1000));
    while ((await sweeper.sweepOnce()) > 0);
    t.clock.set(new Date(new Date(due_at).getTime() + 1000));
    while ((await sweeper.sweepOnce()) > 0);
    while ((await sweeper.sweepOnce()) > 0);

    const events = await sql<{ type: string; actor_role: string }>(
      `SELECT type, actor_role FROM case_events WHERE case_id = $1 AND type LIKE 'DEADLINE_%' ORDER BY seq`,
      [c.id],
    );
    expect(events).toEqual([
      { type: 'DEADLINE_WARNING', actor_role: 'system' },
      { type: 'DEADLINE_PASSED', actor_role: 'system' },
    ]);
    const detail = (
      await http()
        .get(`/api/cases/${c.id}`)
        .set(await auth('chuyenvien.diachinh'))
        .expect(200)
    ).body as CaseDetailDto;
    expect(detail).toMatchObject({ deadlineStatus: 'overdue', overdueSince: new Date(due_at).toISOString() });
    const overdue = (
      await http()
        .get('/api/cases?overdue=true')
        .set(await auth('chuyenvien.diachinh'))
        .expect(200)
    ).body as CasePage;
    expect(overdue.items.map((i) => i.id)).toContain(c.id);

    while ((await t.app.get(NotificationsService).dispatchOnce()) > 0);
    const inbox = (
      await http()
        .get('/api/notifications')
        .set(await auth('chuyenvien.diachinh'))
        .expect(200)
    ).body as { kind: string; caseId: string }[];
    expect(
      inbox
        .filter((n) => n.caseId === c.id)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(['case.assigned', 'case.due_soon', 'case.overdue']);
    const leader = (
      await http()
        .get('/api/notifications')
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as { kind: string; caseId: string }[];
    expect(leader.filter((n) => n.caseId === c.id).map((n) => n.kind)).toEqual(['case.overdue']);
  });

  it('fires every deadline exactly once when several sweepers race (SKIP LOCKED on PostgreSQL)', async () => {
    t.clock.set('2026-05-04T02:00:00.000Z');
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const c = await create('tiepdan.anphu', base('reflection', { summary: `Phản ánh số ${i}` }));
      await run(c.id, [['tiepdan.anphu', 'ACCEPT', { agencyId: agencies['AP-DC'].id }]]);
      ids.push(c.id);
    }
    t.clock.set('2026-09-01T02:00:00.000Z');
    const sweeper = t.app.get(DeadlineSweeper);
    const drain = async () => {
      while ((await sweeper.sweepOnce(7)) > 0);
    };
    await Promise.all([drain(), drain(), drain()]);
    const rows = await sql<{ case_id: string; n: string }>(
      `SELECT case_id, count(*) AS n FROM case_events WHERE case_id = ANY($1::uuid[]) AND type = 'DEADLINE_PASSED' GROUP BY case_id`,
      [ids],
    );
    expect(rows).toHaveLength(ids.length);
    expect(rows.every((r) => r.n === '1')).toBe(true);
    const [{ pending }] = await sql<{ pending: string }>(
      `SELECT count(*) AS pending FROM cases WHERE id = ANY($1::uuid[]) AND next_deadline_at IS NOT NULL`,
      [ids],
    );
    expect(pending).toBe('0');
  });

  it('lists with filters, accent-free search and cursor pages, inside the caller scope only', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const mine = await create(
      'tiepdan.anphu',
      base('reflection', { summary: 'Đèn đường hỏng ở ngõ 5', petitioner: { fullName: 'Trần Thị Hạnh' } }),
    );
    const remote = await create('tiepdan.namkhoa', base('reflection', { summary: 'Đèn đường hỏng ở bản Khoa' }));
    const found = (
      await http()
        .get('/api/cases?q=den%20duong&type=reflection')
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as CasePage;
    expect(found.items.map((i) => i.id)).toContain(mine.id);
    expect(found.items.map((i) => i.id)).not.toContain(remote.id);
    const byName = (
      await http()
        .get('/api/cases?q=tran%20thi%20hanh')
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as CasePage;
    expect(byName.items.map((i) => i.id)).toEqual([mine.id]);

    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = (
        await http()
          .get(`/api/cases?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
          .set(await auth('lanhdao.anphu'))
          .expect(200)
      ).body as CasePage;
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    const [{ n }] = await sql<{ n: string }>(`SELECT count(*) AS n FROM cases WHERE commune_id = $1`, [agencies['AP'].id]);
    expect(seen.size).toBe(Number(n));

    await http()
      .get(`/api/cases/${remote.id}`)
      .set(await auth('lanhdao.anphu'))
      .expect(404);
    await http()
      .get(`/api/cases/${mine.id}`)
      .set(await auth('chuyenvien.namkhoa'))
      .expect(404);
    await http()
      .get('/api/cases?cursor=nonsense')
      .set(await auth('lanhdao.anphu'))
      .expect(400);
  });

  it('keeps the denouncer identity out of every case payload and reveals it only to the handler, audited', async () => {
    const c = await create('tiepdan.anphu', {
      ...base('denunciation', { leadAgencyId: agencies['AP-CA'].id }),
      petitioner: undefined,
      denouncer: { fullName: 'Lê Thị Kín Đáo', phone: '0900000001', idNumber: '001300099999' },
    });
    const [stored] = await sql<{ ciphertext: string }>(`SELECT ciphertext FROM confidential_identities WHERE case_id = $1`, [c.id]);
    expect(stored.ciphertext).not.toContain('Kín');
    for (const user of ['tiepdan.anphu', 'lanhdao.anphu', 'chuyenvien.congan']) {
      const detail = await http()
        .get(`/api/cases/${c.id}`)
        .set(await auth(user))
        .expect(200);
      const list = await http()
        .get('/api/cases?type=denunciation')
        .set(await auth(user))
        .expect(200);
      expect(JSON.stringify(detail.body) + JSON.stringify(list.body)).not.toMatch(/Kín Đáo|0900000001|001300099999/);
    }
    await http()
      .post(`/api/cases/${c.id}/identity/reveal`)
      .set(await auth('chuyenvien.diachinh'))
      .send({ reason: 'x' })
      .expect(404);
    await http()
      .post(`/api/cases/${c.id}/identity/reveal`)
      .set(await auth('chuyenvien.congan'))
      .send({})
      .expect(400);
    // Not yet the case's handler: refused, and the refusal is on the security log.
    await http()
      .post(`/api/cases/${c.id}/identity/reveal`)
      .set(await auth('chuyenvien.congan'))
      .send({ reason: 'Chưa được giao' })
      .expect(403);
    const me = (
      await http()
        .get('/api/auth/me')
        .set(await auth('chuyenvien.congan'))
        .expect(200)
    ).body as { id: string };
    expect(
      (
        await http()
          .get(`/api/cases/${c.id}`)
          .set(await auth('chuyenvien.congan'))
          .expect(200)
      ).body.canRevealIdentity,
    ).toBe(false);
    // Taking the case oneself does not open the identity: the head must give it to the handler.
    await http()
      .put(`/api/cases/${c.id}/assignee`)
      .set(await auth('chuyenvien.congan'))
      .send({ handlerId: me.id })
      .expect(200);
    expect(
      (
        await http()
          .get(`/api/cases/${c.id}`)
          .set(await auth('chuyenvien.congan'))
          .expect(200)
      ).body.canRevealIdentity,
    ).toBe(false);
    const selfAssigned = await http()
      .post(`/api/cases/${c.id}/identity/reveal`)
      .set(await auth('chuyenvien.congan'))
      .send({ reason: 'Tự nhận hồ sơ' })
      .expect(403);
    expect(selfAssigned.body.code).toBe('IDENTITY_REVEAL_FORBIDDEN');
    const head = bearer(await createAgencyHead(t, agencies['AP-CA'].id, 'truong.congan'));
    await http().put(`/api/cases/${c.id}/assignee`).set(head).send({ handlerId: null, reason: 'Trưởng đơn vị phân công lại' }).expect(200);
    await http().put(`/api/cases/${c.id}/assignee`).set(head).send({ handlerId: me.id, reason: 'Giao chuyên viên xác minh' }).expect(200);
    expect(
      (
        await http()
          .get(`/api/cases/${c.id}`)
          .set(await auth('chuyenvien.congan'))
          .expect(200)
      ).body.canRevealIdentity,
    ).toBe(true);
    expect(
      (
        await http()
          .get(`/api/cases/${c.id}`)
          .set(await auth('tiepdan.anphu'))
          .expect(200)
      ).body.canRevealIdentity,
    ).toBe(false);
    const revealed = await http()
      .post(`/api/cases/${c.id}/identity/reveal`)
      .set(await auth('chuyenvien.congan'))
      .send({ reason: 'Liên hệ xác minh' })
      .expect(200);
    expect(revealed.body).toMatchObject({ fullName: 'Lê Thị Kín Đáo' });
    const audit = await sql<{ action: string; details: { reason: string } }>(
      `SELECT action, details FROM security_audit WHERE target_id = $1 ORDER BY id`,
      [c.id],
    );
    expect(audit).toEqual([
      { action: 'identity.reveal_refused', details: { reason: 'Chưa được giao' } },
      { action: 'identity.reveal_refused', details: { reason: 'Tự nhận hồ sơ' } },
      { action: 'identity.reveal', details: { reason: 'Liên hệ xác minh' } },
    ]);
  });

  it('lists every deadline rule and previews a due date with its explanation', async () => {
    const rules = (
      await http()
        .get('/api/deadline-rules')
        .set(await auth('tiepdan.anphu'))
        .expect(200)
    ).body as { id: string; version: number }[];
    expect(
      rules
        .filter((r) => r.id === 'complaint.accept')
        .map((r) => r.version)
        .sort(),
    ).toEqual([1, 2]);
    const preview = await http()
      .post('/api/deadline-rules/preview')
      .set(await auth('tiepdan.anphu'))
      .send({ ruleId: 'reception.reply', startedAt: '2026-03-02T09:00:00+07:00' })
      .expect(200);
    expect(preview.body).toMatchObject({ ruleId: 'reception.reply', dueAt: '2026-03-16T16:59:59.999Z' });
    expect(preview.body.explanation.skippedDays.length).toBeGreaterThan(0);
    const bad = await http()
      .post('/api/deadline-rules/preview')
      .set(await auth('tiepdan.anphu'))
      .send({ ruleId: 'nope', startedAt: 'x' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['ruleId', 'startedAt']);
  });
});
