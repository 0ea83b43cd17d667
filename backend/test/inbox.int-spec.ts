import request from 'supertest';
import type {
  AgencyDto,
  CaseAssignmentDto,
  CaseDetailDto,
  DeadlineStatus,
  HandlerLoadDto,
  InboxPage,
  InboxSummaryDto,
} from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { caseDeadlineStatus, caseDeadlineStatusSql, type DeadlineStatusRow } from '../src/cases/case-read-model';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

/** A word only this suite's cases carry, so counts ignore whatever else the database holds. */
const MARK = 'hopviecthu';

describe.each(testDatabases())('agency inbox on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  async function complaint(agency: string, summary: string): Promise<CaseDetailDto> {
    const res = await http()
      .post('/api/cases')
      .set(await auth('tiepdan.anphu'))
      .send({
        type: 'complaint',
        channel: 'reception',
        category: 'land',
        summary: `${MARK} ${summary}`,
        leadAgencyId: agencies[agency].id,
        petitioner: { fullName: 'Nguyễn Văn Bình' },
      });
    expect(res.status).toBe(201);
    return res.body as CaseDetailDto;
  }

  async function send(username: string, id: string, type: string, payload: Record<string, unknown> = {}) {
    return http()
      .post(`/api/cases/${id}/events`)
      .set(await auth(username))
      .send({ type, payload });
  }

  async function counts(username: string, extra: Record<string, string> = {}): Promise<InboxSummaryDto['counts']> {
    const res = await http()
      .get('/api/inbox/summary')
      .query({ q: MARK, ...extra })
      .set(await auth(username));
    expect(res.status).toBe(200);
    return (res.body as InboxSummaryDto).counts;
  }

  async function tab(username: string, name: string, extra: Record<string, string> = {}): Promise<InboxPage> {
    const res = await http()
      .get('/api/inbox')
      .query({ q: MARK, tab: name, ...extra })
      .set(await auth(username));
    expect(res.status).toBe(200);
    return res.body as InboxPage;
  }

  async function assign(username: string, id: string, body: Record<string, unknown>) {
    return http()
      .put(`/api/cases/${id}/assignee`)
      .set(await auth(username))
      .send(body);
  }

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

  it('counts every tab in one answer, sorts by due date and follows cases from new to awaiting approval and overdue', async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const first = await complaint('AP-DC', 'tranh chấp ranh giới thửa 12');
    t.clock.set('2026-03-03T02:00:00.000Z');
    const second = await complaint('AP-DC', 'bồi thường thu hồi đất');
    await complaint('AP-TP', 'chứng thực hợp đồng');

    expect(await counts('truong.diachinh')).toEqual({ new: 2, in_progress: 0, due_soon: 0, overdue: 0, awaiting_approval: 0, closed: 0 });
    // The justice office sees only its own case.
    expect((await counts('chuyenvien.tuphap')).new).toBe(1);
    const fresh = await tab('chuyenvien.diachinh', 'new');
    expect(fresh.items.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(fresh.items[0]).toMatchObject({ code: first.code, assignedHandler: null, deadlineStatus: 'on_time' });

    expect((await send('chuyenvien.diachinh', first.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id })).status).toBe(200);
    expect(
      (await send('chuyenvien.diachinh', first.id, 'RECORD_VERIFICATION', { findings: 'Đúng hiện trạng', demandMatchesFindings: true }))
        .status,
    ).toBe(200);
    expect(await counts('truong.diachinh')).toMatchObject({ new: 1, in_progress: 1, awaiting_approval: 0 });

    expect(
      (await send('chuyenvien.diachinh', first.id, 'REQUEST_EXTENSION', { reason: 'Vụ việc phức tạp, nhiều hộ liên quan' })).status,
    ).toBe(200);
    // An extension request waits for the head.
    expect(await counts('truong.diachinh')).toMatchObject({ in_progress: 0, awaiting_approval: 1 });
    expect((await send('truong.diachinh', first.id, 'APPROVE_EXTENSION')).status).toBe(200);
    expect((await send('chuyenvien.diachinh', first.id, 'PROPOSE_DECISION', { summary: 'Giữ nguyên', outcome: 'rejected' })).status).toBe(
      200,
    );
    const awaiting = await tab('truong.diachinh', 'awaiting_approval');
    expect(awaiting.items.map((c) => c.id)).toEqual([first.id]);

    // The second complaint must be accepted within 10 days of Tuesday 3 March (before 1 July 2026): by Friday 13 March.
    t.clock.set('2026-03-11T03:00:00.000Z');
    expect(await counts('truong.diachinh')).toMatchObject({ new: 1, due_soon: 1, overdue: 0 });
    t.clock.set('2026-03-18T03:00:00.000Z');
    expect(await counts('truong.diachinh')).toMatchObject({ due_soon: 0, overdue: 1 });
    const overdue = await tab('truong.diachinh', 'overdue');
    expect(overdue.items).toEqual([expect.objectContaining({ id: second.id, deadlineStatus: 'overdue' })]);

    expect((await send('lanhdao.anphu', first.id, 'APPROVE')).status).toBe(200);
    expect((await send('chuyenvien.diachinh', first.id, 'NOTIFY_PARTIES')).status).toBe(200);
    expect((await send('chuyenvien.diachinh', first.id, 'CLOSE')).status).toBe(200);
    expect(await counts('truong.diachinh')).toMatchObject({ awaiting_approval: 0, closed: 1 });
    expect((await tab('truong.diachinh', 'closed')).items.map((c) => c.id)).toEqual([first.id]);
  });

  it('pages with a cursor and filters by type, category and words', async () => {
    t.clock.set('2026-04-01T02:00:00.000Z');
    for (const n of [1, 2, 3]) await complaint('AP-CA', `an ninh trật tự số ${n}`);
    const page1 = await tab('chuyenvien.congan', 'new', { limit: '2' });
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = await tab('chuyenvien.congan', 'new', { limit: '2', cursor: page1.nextCursor ?? '' });
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    expect((await counts('chuyenvien.congan', { type: 'denunciation' })).new).toBe(0);
    expect((await counts('chuyenvien.congan', { category: 'environment' })).new).toBe(0);
    expect((await counts('chuyenvien.congan', { q: `${MARK} trat tu so 2` })).new).toBe(1);
    expect((await http().get('/api/inbox/summary')).status).toBe(401);
    // Reception officers work at the desk, not in an agency inbox.
    expect(
      (
        await http()
          .get('/api/inbox')
          .set(await auth('tiepdan.anphu'))
      ).status,
    ).toBe(403);
    const bad = await http()
      .get('/api/inbox')
      .query({ tab: 'everything' })
      .set(await auth('chuyenvien.congan'));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('tab');
  });

  it('lets a handler take a case, the head reassign it with a reason, and records both in the history', async () => {
    t.clock.set('2026-05-04T02:00:00.000Z');
    const c = await complaint('AP-DC', 'lấn chiếm lối đi chung');
    const handler = (await login(t, 'chuyenvien.diachinh')).user;
    const head = (await login(t, 'truong.diachinh')).user;

    const before = (
      await http()
        .get(`/api/cases/${c.id}/assignee`)
        .set(await auth('chuyenvien.diachinh'))
    ).body as CaseAssignmentDto;
    expect(before).toMatchObject({ handler: null, canClaim: true, canReassign: false, canRelease: false, candidates: [] });

    // A handler may not give the case to someone else.
    expect((await assign('chuyenvien.diachinh', c.id, { handlerId: head.id, reason: 'x' })).status).toBe(403);
    const claimed = await assign('chuyenvien.diachinh', c.id, { handlerId: handler.id, expectedVersion: c.version });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ handler: { id: handler.id, fullName: 'Lê Văn Hùng' }, version: c.version + 1, canRelease: true });
    // A form opened before the change is stale now.
    expect((await assign('truong.diachinh', c.id, { handlerId: head.id, reason: 'x', expectedVersion: c.version })).status).toBe(409);
    const stale = await http()
      .post(`/api/cases/${c.id}/events`)
      .set(await auth('chuyenvien.diachinh'))
      .send({ type: 'TRIAGE_ACCEPT', payload: { agencyId: agencies['AP-DC'].id }, expectedVersion: c.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ currentVersion: c.version + 1 });

    const noReason = await assign('truong.diachinh', c.id, { handlerId: head.id });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const other = await assign('truong.diachinh', c.id, {
      handlerId: (await login(t, 'chuyenvien.tuphap')).user.id,
      reason: 'Chuyển tư pháp',
    });
    expect(other.status).toBe(400);
    expect(other.body.errors).toEqual([expect.objectContaining({ field: 'handlerId' })]);

    const headView = (
      await http()
        .get(`/api/cases/${c.id}/assignee`)
        .set(await auth('truong.diachinh'))
    ).body as CaseAssignmentDto;
    expect(headView.canReassign).toBe(true);
    expect(headView.candidates.map((u) => u.fullName)).toEqual(['Lê Văn Hùng', 'Phạm Thị Hoa']);
    const moved = await assign('truong.diachinh', c.id, { handlerId: head.id, reason: 'Chuyên viên Hùng đi công tác' });
    expect(moved.status).toBe(200);

    const detail = (
      await http()
        .get(`/api/cases/${c.id}`)
        .set(await auth('truong.diachinh'))
    ).body as CaseDetailDto;
    const assignments = detail.history.filter((h) => h.type === 'HANDLER_ASSIGNED');
    expect(assignments).toEqual([
      expect.objectContaining({
        actorName: 'chuyenvien.diachinh',
        note: null,
        payload: expect.objectContaining({ handlerName: 'Lê Văn Hùng', previousHandlerId: null }),
      }),
      expect.objectContaining({
        actorName: 'truong.diachinh',
        note: 'Chuyên viên Hùng đi công tác',
        payload: expect.objectContaining({ handlerId: head.id, previousHandlerName: 'Lê Văn Hùng' }),
        fromState: 'received',
        toState: 'received',
      }),
    ]);
    expect(detail.version).toBe(c.version + 2);
    // The machine is untouched: the lifecycle continues from where it was.
    expect((await send('truong.diachinh', c.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id })).status).toBe(200);

    expect((await tab('truong.diachinh', 'in_progress', { mine: 'true' })).items.map((i) => i.id)).toEqual([c.id]);
    expect((await tab('chuyenvien.diachinh', 'in_progress', { mine: 'true' })).items).toEqual([]);

    const loads = (
      await http()
        .get('/api/inbox/handlers')
        .set(await auth('truong.diachinh'))
    ).body as HandlerLoadDto[];
    expect(loads).toEqual([
      expect.objectContaining({ fullName: 'Lê Văn Hùng', open: 0 }),
      expect.objectContaining({ fullName: 'Phạm Thị Hoa', open: 1, overdue: 0 }),
    ]);
    expect(
      (
        await http()
          .get('/api/inbox/handlers')
          .set(await auth('chuyenvien.diachinh'))
      ).status,
    ).toBe(403);

    // The head hands it back unassigned (reason required), and outsiders cannot see the case at all.
    expect((await assign('truong.diachinh', c.id, { handlerId: null, reason: 'Chờ phân công lại' })).body).toMatchObject({ handler: null });
    expect(
      (
        await http()
          .get(`/api/cases/${c.id}/assignee`)
          .set(await auth('chuyenvien.tuphap'))
      ).status,
    ).toBe(404);
    expect((await assign('chuyenvien.tuphap', c.id, { handlerId: null, reason: 'x' })).status).toBe(404);
  });

  it('refuses to schedule a complaint dialogue with less than 5 days of notice', async () => {
    t.clock.set('2026-06-01T02:00:00.000Z');
    const c = await complaint('AP-DC', 'đối thoại thông báo');
    expect((await send('chuyenvien.diachinh', c.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id })).status).toBe(200);
    expect(
      (await send('chuyenvien.diachinh', c.id, 'RECORD_VERIFICATION', { findings: 'Khác yêu cầu', demandMatchesFindings: false })).status,
    ).toBe(200);
    const dialogue = { place: 'Hội trường UBND phường', participants: ['Nguyễn Văn Bình'] };
    const early = await send('chuyenvien.diachinh', c.id, 'SCHEDULE_DIALOGUE', { ...dialogue, date: '2026-06-04' });
    expect(early.status).toBe(422);
    expect((await send('chuyenvien.diachinh', c.id, 'SCHEDULE_DIALOGUE', { ...dialogue, date: '2026-06-06' })).status).toBe(200);
  });

  it('says in SQL what deadlineStatus says: every row meets the condition of its own status and of no other', async () => {
    const now = new Date('2026-03-10T03:00:00.000Z');
    const from = '2026-03-02T02:00:00.000Z';
    const clocks: DeadlineStatusRow['deadline_clock'][] = [
      null,
      { suspensions: [] },
      { suspensions: [{ from }] },
      { suspensions: [{ from, to: '2026-03-04T02:00:00.000Z' }] },
      { suspensions: [{ from, to: null as never }] },
    ];
    // [due_at, due_soon_at]: none, yesterday, today (warned), the due instant being now, in three weeks (not warned).
    const dues: [string | null, string | null][] = [
      [null, null],
      ['2026-03-09T16:59:59.999Z', '2026-03-03T17:00:00.000Z'],
      ['2026-03-10T16:59:59.999Z', '2026-03-04T17:00:00.000Z'],
      [now.toISOString(), '2026-03-04T17:00:00.000Z'],
      ['2026-03-31T16:59:59.999Z', '2026-03-25T17:00:00.000Z'],
    ];
    const samples: DeadlineStatusRow[] = [];
    for (const closed_at of [null, '2026-03-09T08:00:00.000Z'])
      for (const deadline_rule_id of [null, 'complaint.resolve.first', 'complaint.second-filing'])
        for (const deadline_clock of clocks)
          for (const [due_at, due_soon_at] of dues)
            for (const overdue_since of [null, '2026-03-09T16:59:59.999Z'])
              samples.push({ closed_at, deadline_rule_id, deadline_clock, due_at, due_soon_at, overdue_since });
    const params: unknown[] = [now];
    const values = samples.map((r, i) => {
      params.push(
        r.closed_at,
        r.deadline_rule_id,
        r.deadline_clock && JSON.stringify(r.deadline_clock),
        r.due_at,
        r.due_soon_at,
        r.overdue_since,
      );
      const ref = (k: number) => `$${params.length - 5 + k}`;
      return `(${i}, ${ref(0)}::timestamptz, ${ref(1)}::text, ${ref(2)}::jsonb, ${ref(3)}::timestamptz, ${ref(4)}::timestamptz, ${ref(5)}::timestamptz)`;
    });
    const statuses: DeadlineStatus[] = ['none', 'suspended', 'overdue', 'due_soon', 'on_time'];
    const rows: Record<DeadlineStatus, boolean>[] = await t.app.get(DataSource).query(
      `SELECT ${statuses.map((s) => `${caseDeadlineStatusSql(s, 'x', '$1::timestamptz')} AS "${s}"`).join(', ')}
       FROM (VALUES ${values.join(', ')}) AS x(n, closed_at, deadline_rule_id, deadline_clock, due_at, due_soon_at, overdue_since) ORDER BY x.n`,
      params,
    );
    const inSql = rows.map((row) => statuses.filter((s) => row[s]));
    expect(inSql).toEqual(samples.map((r) => [caseDeadlineStatus(r, now)]));
    // The grid reaches every status.
    expect(new Set(inSql.flat())).toEqual(new Set(statuses));
  });
});
