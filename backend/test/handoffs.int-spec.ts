import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AgencyDto, CaseDetailDto, CasePage, CaseType, InboxPage } from '@tiep-dan/contracts';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { bearer, createAgencyHead, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

type Step = [user: string, type: string, payload?: Record<string, unknown>];

/**
 * Who decides, and where a case goes next: the deciding seat read from the agency tree, the second-complaint window
 * (inside, outside, remote), the 90-day limitation, handoffs that open the receiving body's case in the same
 * transaction, a forward that happens once, and a re-denunciation that shows the earlier conclusion. Every date and
 * limit below was counted by hand.
 */
describe.each(testDatabases())('competence and handoffs, on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;

  /** Accounts a test made for itself, with their passwords (the demo gives no department a head). */
  const passwords = new Map<string, string>();

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username, passwords.get(username))).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  const send = async (user: string, id: string, type: string, payload: Record<string, unknown> = {}, expectedVersion?: number) =>
    http()
      .post(`/api/cases/${id}/events`)
      .set(await auth(user))
      .send({ type, payload, ...(expectedVersion !== undefined ? { expectedVersion } : {}) });

  async function run(id: string, steps: Step[]): Promise<CaseDetailDto> {
    let last: CaseDetailDto | undefined;
    for (const [user, type, payload] of steps) {
      const res = await send(user, id, type, payload);
      if (res.status !== 200) throw new Error(`${type} by ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
      last = res.body as CaseDetailDto;
    }
    if (!last) throw new Error('no steps');
    return last;
  }

  async function get(user: string, id: string): Promise<CaseDetailDto> {
    const res = await http()
      .get(`/api/cases/${id}`)
      .set(await auth(user));
    if (res.status !== 200) throw new Error(`GET by ${user}: ${res.status}`);
    return res.body as CaseDetailDto;
  }

  async function create(user: string, body: Record<string, unknown>): Promise<CaseDetailDto> {
    const res = await http()
      .post('/api/cases')
      .set(await auth(user))
      .send({ channel: 'post', category: 'land', summary: 'Khiếu nại quyết định thu hồi đất', ...body });
    if (res.status !== 201) throw new Error(`create by ${user}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CaseDetailDto;
  }

  const commune = {
    AP: { desk: 'tiepdan.anphu', handler: 'chuyenvien.diachinh', unit: 'AP-DC', leader: 'lanhdao.anphu' },
    NK: { desk: 'tiepdan.namkhoa', handler: 'chuyenvien.namkhoa', unit: 'NK-DC', leader: 'lanhdao.namkhoa' },
  };

  /** A first complaint of the commune, decided (rejected) by its chairman and sent to the parties at the clock's now. */
  async function notifiedComplaint(where: keyof typeof commune, summary: string): Promise<CaseDetailDto> {
    const c = commune[where];
    const created = await create(c.desk, {
      type: 'complaint' satisfies CaseType,
      summary,
      leadAgencyId: agencies[c.unit].id,
      petitioner: { fullName: 'Nguyễn Văn Bình', phone: '0912345678' },
    });
    return run(created.id, [
      [c.handler, 'TRIAGE_ACCEPT', { agencyId: agencies[c.unit].id }],
      [c.handler, 'RECORD_VERIFICATION', { findings: 'Đúng hiện trạng', demandMatchesFindings: true }],
      [c.handler, 'PROPOSE_DECISION', { summary: 'Giữ nguyên quyết định', outcome: 'rejected' }],
      [c.leader, 'APPROVE', { documentNo: '12/QĐ-UBND' }],
      [c.handler, 'NOTIFY_PARTIES', {}],
    ]);
  }

  const fileSecond = async (user: string, firstId: string, body: Record<string, unknown> = {}) =>
    http()
      .post(`/api/cases/${firstId}/second-complaint`)
      .set(await auth(user))
      .send(body);

  async function sweep(): Promise<void> {
    const sweeper = t.app.get(DeadlineSweeper);
    while ((await sweeper.sweepOnce()) > 0);
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

  it('lets the commune chairman, and only the chairman, decide a first complaint; then the decision must go out in 3 working days', async () => {
    // Monday 5 October 2026, 09:00 in Vietnam.
    t.clock.set('2026-10-05T02:00:00.000Z');
    const created = await create('tiepdan.anphu', {
      type: 'complaint',
      leadAgencyId: agencies['AP-DC'].id,
      petitioner: { fullName: 'Trần Thị Mai' },
    });
    const proposed = await run(created.id, [
      ['chuyenvien.diachinh', 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }],
      ['chuyenvien.diachinh', 'RECORD_VERIFICATION', { findings: 'Đúng', demandMatchesFindings: true }],
      ['chuyenvien.diachinh', 'PROPOSE_DECISION', { summary: 'Bác đơn', outcome: 'rejected' }],
    ]);
    expect(proposed.decider).toMatchObject({
      seat: 'commune_leader',
      agencyId: agencies['AP'].id,
      people: [expect.objectContaining({ fullName: 'Trần Văn Minh' })],
      isCaller: false,
    });

    // The land office head reviews (may return the draft) but does not sign; the province leader is not competent.
    const head = await get('truong.diachinh', created.id);
    expect(head.allowedEvents.map((e) => e.type)).toContain('RETURN');
    expect(head.allowedEvents.map((e) => e.type)).not.toContain('APPROVE');
    for (const user of ['truong.diachinh', 'lanhdao.tinh', 'chuyenvien.diachinh']) {
      const refused = await send(user, created.id, 'APPROVE', {});
      expect(refused.status).toBe(403);
    }
    const byHead = await send('truong.diachinh', created.id, 'APPROVE', {});
    expect(byHead.body).toMatchObject({ code: 'CASE_NOT_DECIDER', errors: [{ field: 'type' }] });
    expect(byHead.body.message.vi).toContain('Chủ tịch UBND cấp xã (Trần Văn Minh)');
    expect((await get('lanhdao.anphu', created.id)).version).toBe(proposed.version);

    const chairman = await get('lanhdao.anphu', created.id);
    expect(chairman.decider?.isCaller).toBe(true);
    expect(chairman.allowedEvents.map((e) => e.type)).toEqual(expect.arrayContaining(['APPROVE', 'RETURN']));
    const decided = await run(created.id, [['lanhdao.anphu', 'APPROVE', { documentNo: '15/QĐ-UBND' }]]);
    expect(decided.history.at(-1)).toMatchObject({ type: 'APPROVE', actorRole: 'leader', actorName: 'lanhdao.anphu' });
    // Sending the decision: 3 working days from Monday 5 October → Thursday 8 October (Art. 31).
    expect(decided).toMatchObject({ state: 'decided', deadlineRuleId: 'complaint.send-decision.first', dueAt: '2026-10-08T16:59:59.999Z' });

    // Not sent in time: the deadline passes on the 'decided' state and is recorded like any other.
    t.clock.set('2026-10-09T02:00:00.000Z');
    await sweep();
    const late = await get('lanhdao.anphu', created.id);
    expect(late.history.at(-1)).toMatchObject({ type: 'DEADLINE_PASSED', payload: { ruleId: 'complaint.send-decision.first' } });
    expect(late.overdueSince).not.toBeNull();
  });

  it('opens a second complaint at the province 20 days after the decision, once, linked both ways', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const first = await notifiedComplaint('AP', 'Khiếu nại lần đầu về bồi thường');
    // 30 days from Monday 5 October: Wednesday 4 November is the last day (Art. 33).
    expect(first.followUps.secondComplaint).toMatchObject({
      basis: 'decision',
      windowEndsAt: '2026-11-04T16:59:59.999Z',
      filedCaseId: null,
    });
    // The complainant's lookup says the same in plain words: the outcome, the day of the decision, the last day to file
    // again; never a name, the findings or the officials' summary.
    const lookup = await http().post('/api/public/lookup').send({ code: first.code, phoneLast4: '5678' }).expect(200);
    expect(lookup.body).toMatchObject({
      decidedOn: '2026-10-05',
      secondComplaint: { until: '2026-11-04', basis: 'decision' },
      nextDueDate: null,
      outcome: { vi: 'Đã có quyết định giải quyết: Khiếu nại của ông/bà không có cơ sở, không được chấp nhận (Quyết định số 12/QĐ-UBND).' },
    });
    for (const secret of ['Nguyễn Văn Bình', 'Đúng hiện trạng', 'Giữ nguyên quyết định', '0912345678'])
      expect(JSON.stringify(lookup.body)).not.toContain(secret);

    t.clock.set('2026-10-25T03:00:00.000Z');
    const res = await fileSecond('tiepdan.anphu', first.id, { summary: 'Không đồng ý quyết định lần đầu' });
    expect(res.status).toBe(201);
    const second = res.body as CaseDetailDto;
    expect(second).toMatchObject({ type: 'complaint', state: 'received', leadAgencyId: agencies['MA'].id, communeId: agencies['AP'].id });
    expect(second.context).toMatchObject({ level: 'second', linkedCaseId: first.id });
    expect(second.parties.map((p) => p.fullName)).toEqual(['Nguyễn Văn Bình']);
    expect(second.decider).toMatchObject({ seat: 'province_leader', agencyId: agencies['MA'].id });
    expect(second.links).toEqual([
      expect.objectContaining({ relation: 'handed_off_from', handoffKind: 'second_complaint', caseId: first.id, accessible: true }),
    ]);

    const firstNow = await get('tiepdan.anphu', first.id);
    expect(firstNow.links).toEqual(
      expect.arrayContaining([expect.objectContaining({ relation: 'handed_off_to', handoffKind: 'second_complaint', caseId: second.id })]),
    );
    expect(firstNow.followUps.secondComplaint?.filedCaseId).toBe(second.id);

    // In the province's inbox, new; the province chairman accepts it for the inspectorate.
    const inbox = (
      await http()
        .get('/api/inbox')
        .query({ tab: 'new', type: 'complaint' })
        .set(await auth('lanhdao.tinh'))
    ).body as InboxPage;
    expect(inbox.items.map((c) => c.id)).toContain(second.id);
    const accepted = await run(second.id, [['lanhdao.tinh', 'TRIAGE_ACCEPT', { agencyId: agencies['MA-TTR'].id }]]);
    expect(accepted).toMatchObject({
      state: 'accepted.verification',
      leadAgencyId: agencies['MA-TTR'].id,
      deadlineRuleId: 'complaint.resolve.second',
    });

    // Once only.
    const again = await fileSecond('tiepdan.anphu', first.id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CASE_FOLLOW_UP_EXISTS' });
  });

  it('refuses a second complaint before the first decision, and after the window unless an obstacle is recorded', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const pending = await create('tiepdan.anphu', {
      type: 'complaint',
      leadAgencyId: agencies['AP-DC'].id,
      petitioner: { fullName: 'Lê Văn Tám' },
    });
    const early = await fileSecond('tiepdan.anphu', pending.id);
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'CASE_FOLLOW_UP_NOT_OPEN', errors: [{ field: 'secondComplaintOf' }] });
    // The old door is closed too: a second complaint created directly goes through the same check.
    const direct = await http()
      .post('/api/cases')
      .set(await auth('tiepdan.anphu'))
      .send({ type: 'complaint', channel: 'post', category: 'land', summary: 'Lần hai', level: 'second', secondComplaintOf: pending.id });
    expect(direct.status).toBe(422);
    expect((await sql(`SELECT 1 FROM cases WHERE second_complaint_of = $1`, [pending.id])).length).toBe(0);

    const first = await notifiedComplaint('AP', 'Khiếu nại về cấp giấy chứng nhận');
    // 31 days after Monday 5 October: Thursday 5 November, one day late.
    t.clock.set('2026-11-05T03:00:00.000Z');
    const late = await fileSecond('tiepdan.anphu', first.id);
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({
      code: 'CASE_OUT_OF_TIME',
      errors: [{ field: 'receivedAt' }],
      windowEndsAt: '2026-11-04T16:59:59.999Z',
    });
    expect(late.body.message.vi).toContain('04/11/2026');
    const count = async () =>
      Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM cases WHERE handed_off_from_case_id = $1`, [first.id]))[0].n);
    expect(await count()).toBe(0);

    const excused = await fileSecond('tiepdan.anphu', first.id, { obstacle: 'Nằm viện điều trị từ 20/10 đến 04/11/2026' });
    expect(excused.status).toBe(201);
    expect((excused.body as CaseDetailDto).history[0].payload).toMatchObject({
      handoff: 'second_complaint',
      secondFilingObstacle: 'Nằm viện điều trị từ 20/10 đến 04/11/2026',
    });
    expect(await count()).toBe(1);
  });

  it('gives a remote commune 45 days for the second complaint', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const inTime = await notifiedComplaint('NK', 'Khiếu nại về hỗ trợ tái định cư');
    const tooLate = await notifiedComplaint('NK', 'Khiếu nại về giao đất rừng');
    // 45 days from Monday 5 October: Thursday 19 November.
    expect(inTime.followUps.secondComplaint?.windowEndsAt).toBe('2026-11-19T16:59:59.999Z');
    const lookup = await http().post('/api/public/lookup').send({ code: inTime.code, phoneLast4: '5678' }).expect(200);
    expect(lookup.body.secondComplaint).toEqual({ until: '2026-11-19', basis: 'decision' });
    t.clock.set('2026-11-14T03:00:00.000Z'); // 40 days: too late in the lowlands, in time here
    expect((await fileSecond('tiepdan.namkhoa', inTime.id)).status).toBe(201);
    t.clock.set('2026-11-20T03:00:00.000Z'); // 46 days
    const refused = await fileSecond('tiepdan.namkhoa', tooLate.id);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'CASE_OUT_OF_TIME' });
    expect(refused.body.message.vi).toContain('45 ngày');
  });

  it('opens the window when the first resolution period runs out with no decision', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const created = await create('tiepdan.anphu', {
      type: 'complaint',
      leadAgencyId: agencies['AP-DC'].id,
      petitioner: { fullName: 'Đinh Văn Lực' },
    });
    const accepted = await run(created.id, [['chuyenvien.diachinh', 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }]]);
    // 30 days from acceptance on Monday 5 October: Wednesday 4 November.
    expect(accepted.dueAt).toBe('2026-11-04T16:59:59.999Z');
    expect((await fileSecond('tiepdan.anphu', created.id)).status).toBe(422);
    t.clock.set('2026-11-05T02:00:00.000Z');
    await sweep();
    const overdue = await get('tiepdan.anphu', created.id);
    // From the last day of the period: 30 more days, ending Friday 4 December.
    expect(overdue.followUps.secondComplaint).toMatchObject({ basis: 'unresolved', windowEndsAt: '2026-12-04T16:59:59.999Z' });
    expect((await fileSecond('tiepdan.anphu', created.id)).status).toBe(201);
  });

  it('refuses to accept a complaint filed after the 90-day limitation unless an obstacle is recorded (Art. 9)', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const body = (learnedAt: string) => ({
      type: 'complaint',
      leadAgencyId: agencies['AP-DC'].id,
      learnedAt,
      petitioner: { fullName: 'Phan Văn Khải' },
    });
    // Learned on 7 July: the 90th day is Monday 5 October, the day it was received.
    const inTime = await create('tiepdan.anphu', body('2026-07-07'));
    expect((await send('chuyenvien.diachinh', inTime.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id })).status).toBe(200);

    // Learned on 1 July: 96 days, 6 days late.
    const late = await create('tiepdan.anphu', body('2026-07-01'));
    expect(late.allowedEvents.map((e) => e.type)).toContain('RECORD_LIMITATION_OBSTACLE');
    const refused = await send('chuyenvien.diachinh', late.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'CASE_OUT_OF_TIME', daysLate: 6 });
    expect(refused.body.message.vi).toContain('Điều 9');
    expect((await get('tiepdan.anphu', late.id)).version).toBe(late.version);
    const notAccepted = await run(late.id, [
      ['chuyenvien.diachinh', 'TRIAGE_REFUSE', { ground: 'time_limit_passed', reason: 'Quá thời hiệu 90 ngày' }],
    ]);
    expect(notAccepted.state).toBe('notAccepted');

    const excused = await create('tiepdan.anphu', body('2026-07-01'));
    const accepted = await run(excused.id, [
      ['tiepdan.anphu', 'RECORD_LIMITATION_OBSTACLE', { reason: 'Thiên tai, lũ cô lập thôn từ 01/7 đến 15/7' }],
      ['chuyenvien.diachinh', 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }],
    ]);
    expect(accepted.state).toBe('accepted.verification');

    // A letter by post carries the date too, per complaint matter.
    const letter = await http()
      .post('/api/letters')
      .set(await auth('tiepdan.anphu'))
      .send({
        channel: 'post',
        senders: [{ fullName: 'Phan Văn Khải' }],
        summary: 'Đơn khiếu nại',
        matters: [
          {
            type: 'complaint',
            category: 'land',
            summary: 'Khiếu nại thu hồi đất',
            learnedAt: '2026-07-01',
            leadAgencyId: agencies['AP-DC'].id,
          },
        ],
      });
    expect(letter.status).toBe(201);
    const fromLetter = await get('tiepdan.anphu', letter.body.matters[0].caseId);
    expect(fromLetter.context['limitation']).toEqual({ learnedAt: '2026-07-01' });
    expect((await send('chuyenvien.diachinh', fromLetter.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id })).status).toBe(422);

    const future = await http()
      .post('/api/cases')
      .set(await auth('tiepdan.anphu'))
      .send({ channel: 'post', category: 'land', summary: 'x', ...body('2026-10-06') });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('learnedAt');
  });

  it('forwards a denunciation to another commune once: the case opens there with the sealed identity, atomically', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const created = await create('tiepdan.anphu', {
      type: 'denunciation',
      category: 'other',
      summary: 'Tố cáo cán bộ địa chính xã Nậm Khoa nhận tiền',
      denouncer: { fullName: 'Người tố cáo Z', phone: '0987000111' },
    });
    await run(created.id, [['tiepdan.anphu', 'FORWARD', { toAgencyId: agencies['NK'].id, toBody: 'UBND xã Nậm Khoa' }]]);

    // The receiving body closes before the slip goes out: nothing moves, nothing opens.
    await sql(`UPDATE agencies SET active = false WHERE id = $1`, [agencies['NK'].id]);
    const failed = await send('tiepdan.anphu', created.id, 'SEND_FORWARD', { slipNo: '01/PC' });
    expect(failed.status).toBe(422);
    await sql(`UPDATE agencies SET active = true WHERE id = $1`, [agencies['NK'].id]);
    const still = await get('tiepdan.anphu', created.id);
    expect(still.state).toBe('forwarding');
    expect((await sql(`SELECT 1 FROM cases WHERE handed_off_from_case_id = $1`, [created.id])).length).toBe(0);

    const sent = await run(created.id, [['tiepdan.anphu', 'SEND_FORWARD', { slipNo: '01/PC' }]]);
    expect(sent.state).toBe('forwarded');
    const link = sent.links.find((l) => l.relation === 'handed_off_to');
    expect(link).toMatchObject({ handoffKind: 'forward', type: 'denunciation', accessible: false, agencyName: agencies['NK'].name });
    const receivedId = link?.caseId ?? '';

    // Nậm Khoa sees it new in its inbox, as a case of its own commune, and cannot forward it again.
    const inbox = (
      await http()
        .get('/api/inbox')
        .query({ tab: 'new' })
        .set(await auth('lanhdao.namkhoa'))
    ).body as InboxPage;
    expect(inbox.items.map((c) => c.id)).toContain(receivedId);
    const received = await get('lanhdao.namkhoa', receivedId);
    expect(received).toMatchObject({
      communeId: agencies['NK'].id,
      leadAgencyId: agencies['NK'].id,
      channel: 'forwarded',
      hasConfidentialIdentity: true,
    });
    expect(received.context).toMatchObject({ forwardCount: 1 });
    expect(received.links).toEqual([expect.objectContaining({ relation: 'handed_off_from', caseId: created.id, accessible: false })]);
    expect(received.allowedEvents.map((e) => e.type)).not.toContain('FORWARD');
    expect(received.decider).toMatchObject({ seat: 'commune_leader', agencyId: agencies['NK'].id, isCaller: true });
    const again = await send('tiepdan.namkhoa', receivedId, 'FORWARD', { toBody: 'Thanh tra tỉnh' });
    expect(again.status).toBe(422);
    // The identity went with it, sealed for the new case, and readable by the resolving leader there.
    const reveal = await http()
      .post(`/api/cases/${receivedId}/identity/reveal`)
      .set(await auth('lanhdao.namkhoa'))
      .send({ reason: 'Xác minh' });
    expect(reveal.status).toBe(200);
    expect(reveal.body).toMatchObject({ fullName: 'Người tố cáo Z' });
    // Nowhere else in clear.
    const clear = await sql(`SELECT 1 FROM cases WHERE id = $1 AND (summary || content || search_text) LIKE '%Người tố cáo Z%'`, [
      receivedId,
    ]);
    expect(clear.length).toBe(0);
  });

  it('forwards a complaint and transfers a proposal to the competent agency, which finds them in its inbox', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const complaint = await create('tiepdan.anphu', {
      type: 'complaint',
      summary: 'Khiếu nại đất ở Nậm Khoa',
      petitioner: { fullName: 'Vàng A Dế' },
    });
    const forwarded = await run(complaint.id, [
      ['tiepdan.anphu', 'TRIAGE_FORWARD', { toAgencyId: agencies['NK-DC'].id, toBody: 'Địa chính xã Nậm Khoa' }],
    ]);
    expect(forwarded.state).toBe('forwarded');
    const to = forwarded.links.find((l) => l.relation === 'handed_off_to');
    expect(to).toMatchObject({ handoffKind: 'forward', type: 'complaint', state: 'received' });
    const inbox = (
      await http()
        .get('/api/inbox')
        .query({ tab: 'new' })
        .set(await auth('chuyenvien.namkhoa'))
    ).body as InboxPage;
    expect(inbox.items.map((c) => c.id)).toContain(to?.caseId);
    const there = await get('chuyenvien.namkhoa', to?.caseId ?? '');
    expect(there.parties.map((p) => p.fullName)).toEqual(['Vàng A Dế']);

    const proposal = await create('tiepdan.anphu', {
      type: 'proposal',
      category: 'construction',
      summary: 'Đề nghị sửa cầu treo',
      petitioner: { fullName: 'Lò Văn Pản' },
    });
    const transferred = await run(proposal.id, [
      ['tiepdan.anphu', 'TRANSFER', { toAgencyId: agencies['MA-XD'].id, toBody: 'Sở Xây dựng' }],
    ]);
    expect(transferred.state).toBe('transferred');
    expect(transferred.links.find((l) => l.relation === 'handed_off_to')).toMatchObject({
      handoffKind: 'transfer',
      type: 'proposal',
      accessible: true,
    });
    // A body outside the system gets no case: the slip is the record.
    const outside = await create('tiepdan.anphu', {
      type: 'proposal',
      category: 'construction',
      summary: 'Đề nghị về điện lưới',
      petitioner: { fullName: 'X' },
    });
    const out = await run(outside.id, [['tiepdan.anphu', 'TRANSFER', { toBody: 'Công ty Điện lực' }]]);
    expect(out.links.filter((l) => l.relation === 'handed_off_to')).toEqual([]);
  });

  it('escalates an overdue denunciation to the province, where a linked case opens', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const created = await create('tiepdan.anphu', {
      type: 'denunciation',
      leadAgencyId: agencies['AP-DC'].id,
      summary: 'Tố cáo lấn chiếm đất công',
      denouncer: { fullName: 'Người tố cáo X' },
    });
    await run(created.id, [
      ['chuyenvien.diachinh', 'ACCEPT', { agencyId: agencies['AP-DC'].id }],
      ['chuyenvien.diachinh', 'NOTIFY_DENOUNCER', {}],
    ]);
    expect((await send('lanhdao.anphu', created.id, 'ESCALATE', {})).status).toBe(422); // not overdue yet
    // 30 days from Monday 5 October: Wednesday 4 November; overdue from the 5th.
    t.clock.set('2026-11-05T02:00:00.000Z');
    await sweep();
    const escalated = await run(created.id, [['lanhdao.anphu', 'ESCALATE', { note: 'Quá hạn, chuyển Thanh tra tỉnh' }]]);
    expect(escalated.state).toBe('escalated');
    const to = escalated.links.find((l) => l.relation === 'handed_off_to');
    expect(to).toMatchObject({ handoffKind: 'escalate', type: 'denunciation', agencyName: agencies['MA'].name });
    const there = await get('lanhdao.tinh', to?.caseId ?? '');
    expect(there).toMatchObject({ leadAgencyId: agencies['MA'].id, hasConfidentialIdentity: true, state: 'received' });
    expect(there.decider?.isCaller).toBe(true);
  });

  it('takes a disputed denunciation conclusion to the province, showing the earlier conclusion', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const created = await create('tiepdan.anphu', {
      type: 'denunciation',
      leadAgencyId: agencies['AP-DC'].id,
      summary: 'Tố cáo xây dựng trái phép',
      denouncer: { fullName: 'Người tố cáo Y' },
    });
    const early = await http()
      .post(`/api/cases/${created.id}/re-denunciation`)
      .set(await auth('tiepdan.anphu'))
      .send({ reason: 'Chưa được giải quyết' });
    expect(early.status).toBe(422);
    const concluded = await run(created.id, [
      ['chuyenvien.diachinh', 'ACCEPT', { agencyId: agencies['AP-DC'].id }],
      ['chuyenvien.diachinh', 'NOTIFY_DENOUNCER', {}],
      ['chuyenvien.diachinh', 'RECORD_VERIFICATION', { findings: 'Không có vi phạm' }],
      ['lanhdao.anphu', 'CONCLUDE', { conclusion: 'Nội dung tố cáo không đúng' }],
    ]);
    // Acting on the conclusion: 7 working days from Monday 5 October → Wednesday 14 October (Luật Tố cáo Art. 36).
    expect(concluded).toMatchObject({
      state: 'concluded',
      deadlineRuleId: 'denunciation.handle-conclusion',
      dueAt: '2026-10-14T16:59:59.999Z',
    });
    expect(concluded.followUps.reDenunciation).toEqual({ ground: 'disputed', filedCaseId: null });

    const res = await http()
      .post(`/api/cases/${created.id}/re-denunciation`)
      .set(await auth('tiepdan.anphu'))
      .send({ reason: 'Kết luận chưa xem xét ảnh hiện trường' });
    expect(res.status).toBe(201);
    const next = res.body as CaseDetailDto;
    expect(next).toMatchObject({ type: 'denunciation', leadAgencyId: agencies['MA'].id, hasConfidentialIdentity: true });
    expect(next.context['earlierConclusion']).toMatchObject({
      caseId: created.id,
      code: created.code,
      conclusion: 'Nội dung tố cáo không đúng',
      ground: 'disputed',
    });
    expect(next.decider).toMatchObject({ seat: 'province_leader' });
    expect(next.links).toEqual([
      expect.objectContaining({ relation: 'handed_off_from', handoffKind: 're_denunciation', caseId: created.id }),
    ]);
  });

  it('lets a leader give an overdue complaint to a department: recorded, notified, in its inbox, decided by its head', async () => {
    // Monday 5 October 2026: the land office accepts (its handler takes the case); 30 days later it is overdue.
    t.clock.set('2026-10-05T02:00:00.000Z');
    const created = await create('tiepdan.anphu', {
      type: 'complaint',
      summary: 'Khiếu nại việc cấp phép xây dựng',
      leadAgencyId: agencies['AP-DC'].id,
      petitioner: { fullName: 'Đặng Thị Hạnh' },
    });
    await run(created.id, [['chuyenvien.diachinh', 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id }]]);
    t.clock.set('2026-11-05T02:00:00.000Z');
    await sweep();
    const overdue = (
      await http()
        .get('/api/cases')
        .query({ overdue: true, open: true, limit: 200 })
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as CasePage;
    const row = overdue.items.find((c) => c.id === created.id);
    expect(row).toMatchObject({ leadAgencyId: agencies['AP-DC'].id, deadlineStatus: 'overdue', reassignable: true });
    const before = await get('lanhdao.anphu', created.id);
    expect(before.allowedEvents.map((e) => e.type)).toContain('REASSIGN_AGENCY');
    expect((await sql(`SELECT assigned_handler_id FROM cases WHERE id = $1`, [created.id]))[0]['assigned_handler_id']).not.toBeNull();

    const department = agencies['MA-NNMT'].id;
    const reason = 'Quyết định cấp phép do Sở ban hành, giao Sở giải quyết';
    // Only a leader, and only one who reaches the case: the land office's own people are refused; another commune's
    // leader does not see the case at all (404, as on every route: no hint that it exists).
    for (const [user, status] of [
      ['chuyenvien.diachinh', 403],
      ['truong.diachinh', 403],
      ['thanhtra.tinh', 403],
      ['lanhdao.namkhoa', 404],
    ] as const)
      expect([user, (await send(user, created.id, 'REASSIGN_AGENCY', { toAgencyId: department, reason })).status]).toEqual([user, status]);
    // Where to: a unit of this commune or a department of the province; never another commune's, never the same agency.
    for (const toAgencyId of [agencies['NK-DC'].id, agencies['AP-DC'].id, agencies['AP'].id, '00000000-0000-4000-8000-000000000000']) {
      const refused = await send('lanhdao.anphu', created.id, 'REASSIGN_AGENCY', { toAgencyId, reason });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({
          field: 'payload.toAgencyId',
          message: { vi: expect.stringMatching(/cơ quan|đơn vị/), en: expect.stringMatching(/agency|unit/) },
        }),
      ]);
    }
    const same = await send('lanhdao.anphu', created.id, 'REASSIGN_AGENCY', { toAgencyId: agencies['AP-DC'].id, reason });
    expect(same.body.errors[0].message.vi).toContain('đang do chính cơ quan này chủ trì');
    const noReason = await send('lanhdao.anphu', created.id, 'REASSIGN_AGENCY', { toAgencyId: department, reason: '   ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'payload.reason' })]);
    expect((await send('lanhdao.anphu', created.id, 'REASSIGN_AGENCY', { toAgencyId: 'sở-nông-nghiệp', reason })).status).toBe(400);
    // Someone moved the case since the leader opened the list: refused with the current version.
    const stale = await send('lanhdao.anphu', created.id, 'REASSIGN_AGENCY', { toAgencyId: department, reason }, before.version - 1);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CASE_VERSION_CONFLICT', currentVersion: before.version });
    expect((await get('lanhdao.anphu', created.id)).version).toBe(before.version);

    const res = await send('lanhdao.anphu', created.id, 'REASSIGN_AGENCY', { toAgencyId: department, reason }, before.version);
    expect(res.status).toBe(200);
    const moved = res.body as CaseDetailDto;
    // Same step, same deadline (it runs from acceptance), still overdue; another agency leads it.
    expect(moved).toMatchObject({
      state: before.state,
      version: before.version + 1,
      leadAgencyId: department,
      leadAgencyName: agencies['MA-NNMT'].name,
      dueAt: before.dueAt,
      deadlineRuleId: 'complaint.resolve.first',
      overdueSince: before.overdueSince,
      deadlineStatus: 'overdue',
    });
    expect(moved.history.at(-1)).toEqual(
      expect.objectContaining({
        type: 'REASSIGN_AGENCY',
        label: { vi: 'Giao lại cơ quan chủ trì', en: 'Reassign the lead agency' },
        actorName: 'lanhdao.anphu',
        actorFullName: 'Trần Văn Minh',
        actorRole: 'leader',
        at: '2026-11-05T02:00:00.000Z',
        fromState: before.state,
        toState: before.state,
        note: reason,
        payload: { toAgencyId: department, fromAgencyId: agencies['AP-DC'].id, previousHandlerId: expect.any(String) },
      }),
    );
    // The land office's handler holds it no more; the department is told, through the outbox, in the same transaction.
    expect((await sql(`SELECT assigned_handler_id FROM cases WHERE id = $1`, [created.id]))[0]['assigned_handler_id']).toBeNull();
    const told = await sql<{ payload: { agencyId: string } }>(
      `SELECT payload FROM outbox WHERE case_id = $1 AND topic = 'case.assigned' ORDER BY id`,
      [created.id],
    );
    expect(told.map((o) => o.payload.agencyId)).toEqual([agencies['AP-DC'].id, department]);

    // The department's inbox has it; the land office's no longer does, nor can its handler open it.
    passwords.set('truong.nnmt', 'TruongDonVi2026');
    await createAgencyHead(t, department, 'truong.nnmt');
    const inboxOf = async (user: string) =>
      (
        (
          await http()
            .get('/api/inbox')
            .query({ tab: 'overdue' })
            .set(await auth(user))
            .expect(200)
        ).body as InboxPage
      ).items.map((c) => c.id);
    expect(await inboxOf('truong.nnmt')).toContain(created.id);
    expect(await inboxOf('chuyenvien.diachinh')).not.toContain(created.id);
    await http()
      .get(`/api/cases/${created.id}`)
      .set(await auth('chuyenvien.diachinh'))
      .expect(404);

    // The deciding seat followed the agency: the department's head decides now, no longer the commune chairman, who
    // may not take the case back either (a province body leads it: the province leader's to move).
    const atDepartment = await get('truong.nnmt', created.id);
    expect(atDepartment.decider).toMatchObject({ seat: 'lead_agency_head', agencyId: department, isCaller: true });
    const back = await send('lanhdao.anphu', created.id, 'REASSIGN_AGENCY', { toAgencyId: agencies['AP-TP'].id, reason: 'Trả về phường' });
    expect(back.status).toBe(403);
    expect(back.body).toMatchObject({ code: 'CASE_REASSIGN_OUT_OF_REACH' });
    await run(created.id, [
      ['truong.nnmt', 'RECORD_VERIFICATION', { findings: 'Giấy phép cấp đúng quy hoạch', demandMatchesFindings: true }],
      ['truong.nnmt', 'PROPOSE_DECISION', { summary: 'Giữ nguyên giấy phép', outcome: 'rejected' }],
    ]);
    const byChairman = await send('lanhdao.anphu', created.id, 'APPROVE', {});
    expect(byChairman.status).toBe(403);
    expect(byChairman.body).toMatchObject({ code: 'CASE_NOT_DECIDER' });
    const decided = await run(created.id, [['truong.nnmt', 'APPROVE', { documentNo: '88/QĐ-SNNMT' }]]);
    expect(decided.history.at(-1)).toMatchObject({ type: 'APPROVE', actorRole: 'agency_head', actorName: 'truong.nnmt' });
    // Decided: no longer given to anyone else.
    expect(decided.reassignable).toBe(false);
    expect((await send('lanhdao.tinh', created.id, 'REASSIGN_AGENCY', { toAgencyId: agencies['MA-XD'].id, reason: 'x' })).status).toBe(422);
  });

  it('gives a second complaint only to a department, and only on the province leader’s word', async () => {
    t.clock.set('2026-10-05T02:00:00.000Z');
    const first = await notifiedComplaint('AP', 'Khiếu nại lần đầu về tiền bồi thường');
    const filed = await fileSecond('tiepdan.anphu', first.id, { summary: 'Không đồng ý mức bồi thường' });
    expect(filed.status).toBe(201);
    const second = filed.body as CaseDetailDto;
    const reason = 'Giao Thanh tra tỉnh xác minh';
    // The commune whose decision is disputed does not move it; the province does not hand it back to the commune.
    const byCommune = await send('lanhdao.anphu', second.id, 'REASSIGN_AGENCY', { toAgencyId: agencies['MA-TTR'].id, reason });
    expect(byCommune.status).toBe(403);
    const toUnit = await send('lanhdao.tinh', second.id, 'REASSIGN_AGENCY', { toAgencyId: agencies['AP-DC'].id, reason });
    expect(toUnit.status).toBe(422);
    expect(toUnit.body.errors[0]).toMatchObject({
      field: 'payload.toAgencyId',
      message: { en: expect.stringContaining('second complaint') },
    });
    const moved = await run(second.id, [['lanhdao.tinh', 'REASSIGN_AGENCY', { toAgencyId: agencies['MA-TTR'].id, reason }]]);
    expect(moved).toMatchObject({ state: 'received', leadAgencyId: agencies['MA-TTR'].id, decider: { seat: 'province_leader' } });
  });
});
