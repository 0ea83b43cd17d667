import request from 'supertest';
import type {
  AgencyDto,
  CaseDetailDto,
  CasePage,
  DialogueDetailDto,
  LetterDto,
  LetterPage,
  ReceptionRegisterDto,
  ReceptionSessionDto,
  ReceptionVisitDto,
} from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

const OFFICER = 'tiepdan.anphu';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
const LEADER = 'lanhdao.anphu';
const HANDLER = 'chuyenvien.diachinh';
const HEAD = 'truong.diachinh';

/** Every door a petition comes through opens the case of its type, on the rule of its first state. */
describe.each(testDatabases())('intake on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  const tokens = new Map<string, string>();
  const http = () => request(t.app.getHttpServer());
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    t.app.get(DataSource).query(text, params) as Promise<T[]>;

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  async function call<T>(
    method: 'get' | 'post' | 'put',
    username: string,
    url: string,
    body?: unknown,
    status = method === 'post' ? 201 : 200,
  ): Promise<T> {
    const req = http()
      [method](url)
      .set(await auth(username));
    const res = await (body === undefined ? req : req.send(body as object));
    if (res.status !== status) throw new Error(`${method.toUpperCase()} ${url} by ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  const event = (username: string, caseId: string, type: string, payload: Record<string, unknown> = {}, status = 200) =>
    call<CaseDetailDto>('post', username, `/api/cases/${caseId}/events`, { type, payload }, status);

  const getCase = (username: string, id: string) => call<CaseDetailDto>('get', username, `/api/cases/${id}`);

  let open: ReceptionSessionDto | undefined;
  /** One ad-hoc session for the whole file (a commune has one open session at a time). */
  async function session(): Promise<ReceptionSessionDto> {
    if (open) return open;
    const res = await http()
      .post('/api/reception/sessions')
      .set(await auth(OFFICER))
      .send({ kind: 'ad_hoc', reason: 'Kiểm thử tiếp nhận' });
    if (res.status !== 201) throw new Error(`session: ${res.status} ${JSON.stringify(res.body)}`);
    open = res.body as ReceptionSessionDto;
    return open;
  }

  const letter = (extra: Record<string, unknown> = {}) => ({
    channel: 'post',
    senders: [{ fullName: 'Trần Thị Hạnh', idNumber: '001199001122', phone: '0987654321', address: 'Tổ dân phố 2, phường An Phú' }],
    summary: 'Đơn về việc thu hồi đất và chiếu sáng ngõ 7',
    matters: [
      {
        type: 'complaint',
        category: 'land',
        summary: 'Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND',
        leadAgencyId: agencies['AP-DC'].id,
      },
    ],
    ...extra,
  });

  const counts = async () =>
    (
      await sql<{ cases: number; letters: number; events: number }>(
        `SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM letters) AS letters, (SELECT count(*)::int FROM case_events) AS events`,
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    const list = await call<AgencyDto[]>('get', 'quantri', '/api/agencies');
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('the desk opens a complaint case beside the visit; the leader routes it; the land office accepts it', async () => {
    t.clock.set('2026-11-30T02:00:00.000Z'); // Monday 30 November 2026, 09:00 in Vietnam
    const s = await session();
    const visit = await call<ReceptionVisitDto>('post', OFFICER, `/api/reception/sessions/${s.id}/visits`, {
      citizen: { fullName: 'Phạm Văn Khải', idNumber: '001088004455', phone: '0911222333', address: 'Tổ dân phố 1' },
      contents: [{ contentType: 'complaint', category: 'land', summary: 'Khiếu nại quyết định thu hồi đất của UBND phường' }],
    });
    const [matter] = visit.cases;
    expect(matter.statutoryCase).toMatchObject({ type: 'complaint', deadlineRuleId: 'complaint.accept' });
    // Received Monday 30 November 2026, after 1 July 2026: 7 working days → Wednesday 9 December, end of day.
    expect(matter.statutoryCase?.dueAt).toBe('2026-12-09T16:59:59.999Z');
    const complaintId = must(matter.statutoryCase).id;

    const reception = await getCase(LEADER, matter.id);
    expect(reception.deadlineRuleId).toBe('reception.reply');
    expect(reception.links).toEqual([expect.objectContaining({ relation: 'statutory_case', caseId: complaintId, type: 'complaint' })]);
    const complaint = await getCase(LEADER, complaintId);
    expect(complaint).toMatchObject({ type: 'complaint', state: 'received', channel: 'reception', leadAgencyId: null });
    expect(complaint.parties).toEqual([expect.objectContaining({ role: 'petitioner', fullName: 'Phạm Văn Khải' })]);
    expect(complaint.links).toEqual([expect.objectContaining({ relation: 'reception_case', caseId: matter.id })]);

    await event(LEADER, matter.id, 'ASSIGN', { agencyId: agencies['AP-DC'].id, note: 'Địa chính xem xét, thụ lý' });
    const routed = await getCase(HANDLER, complaintId);
    expect(routed.leadAgencyId).toBe(agencies['AP-DC'].id);
    expect(routed.history.map((h) => h.type)).toEqual(['CREATED', 'ROUTED']);
    const inbox = await call<CasePage>('get', HANDLER, `/api/cases?type=complaint`);
    expect(inbox.items.map((c) => c.id)).toContain(complaintId);

    const accepted = await event(HANDLER, complaintId, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id });
    expect(accepted).toMatchObject({ state: 'accepted.verification', deadlineRuleId: 'complaint.resolve.first' });
    // 30 calendar days from Monday 30 November → Wednesday 30 December 2026.
    expect(accepted.dueAt).toBe('2026-12-30T16:59:59.999Z');

    const register = await call<ReceptionRegisterDto>('get', OFFICER, `/api/reception/register?sessionId=${s.id}`);
    expect(register.rows).toContainEqual(expect.objectContaining({ caseCode: reception.code, statutoryCaseCode: complaint.code }));
  });

  it('a denunciation at the desk seals the visit and keeps the denouncer and the representatives only in the vault', async () => {
    t.clock.set('2026-11-30T03:00:00.000Z');
    const s = await session();
    const visit = await call<ReceptionVisitDto>('post', OFFICER, `/api/reception/sessions/${s.id}/visits`, {
      citizen: { fullName: 'Canary Đinh Văn Tố', idNumber: '001077009988', phone: '0900111222', address: 'Khu phố Bến Đá' },
      groupSize: 6,
      representatives: [{ fullName: 'Canary Lương Thị Đại', phone: '0900333444' }],
      contents: [{ contentType: 'denunciation', category: 'land', summary: 'Tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận' }],
    });
    const other = await call<ReceptionVisitDto>('post', OFFICER, `/api/reception/sessions/${s.id}/visits`, {
      citizen: { fullName: 'Lã Văn Đường', phone: '0900777888' },
      contents: [{ contentType: 'proposal', category: 'construction', summary: 'Kiến nghị sửa đường ngõ 9' }],
    });
    expect(visit.citizen.fullName).not.toContain('Canary');
    expect(visit.citizen.idNumber).toBeNull();
    expect(visit.representatives).toEqual([]);
    const denunciation = must(must(visit.cases.find((c) => c.contentType === 'denunciation')).statutoryCase);
    expect(denunciation).toMatchObject({ type: 'denunciation', deadlineRuleId: 'denunciation.accept' });
    // No proposal case until the leader assigns the matter.
    expect(other.cases[0].statutoryCase).toBeNull();

    const stored = JSON.stringify(await sql(`SELECT * FROM reception_visits WHERE id = $1`, [visit.id]));
    expect(stored).not.toContain('Canary');
    expect(await sql(`SELECT * FROM case_parties WHERE case_id = $1`, [denunciation.id])).toEqual([]);
    const found = await call<CasePage>('get', 'thanhtra.tinh', `/api/cases?q=${encodeURIComponent('Canary')}`);
    expect(found.items).toEqual([]);
    const detail = await getCase(LEADER, denunciation.id);
    expect(detail.hasConfidentialIdentity).toBe(true);
    expect(JSON.stringify(detail)).not.toContain('Canary');
    // Kept to the day: the lists cannot pair it with the visit's named matters by the instant.
    expect(detail.receivedAt).toBe('2026-11-29T17:00:00.000Z');
    const register = await call<ReceptionRegisterDto>('get', OFFICER, `/api/reception/register?sessionId=${s.id}`);
    expect(JSON.stringify(register)).not.toContain('Canary');

    // The leader's direction carries on: the denunciation goes to the police, the proposal opens at the land office.
    const denunciationMatter = must(visit.cases.find((c) => c.contentType === 'denunciation'));
    const proposalMatter = other.cases[0];
    await event(LEADER, denunciationMatter.id, 'ASSIGN', { agencyId: agencies['AP-CA'].id });
    await event(LEADER, proposalMatter.id, 'ASSIGN', { agencyId: agencies['AP-DC'].id });
    const proposal = must((await getCase(LEADER, proposalMatter.id)).links.find((l) => l.relation === 'statutory_case'));
    expect(proposal).toMatchObject({ type: 'proposal', state: 'assigned' });
    expect((await getCase(HANDLER, proposal.caseId)).deadlineRuleId).toBe('proposal.resolve');
    expect((await getCase(LEADER, denunciation.id)).leadAgencyId).toBe(agencies['AP-CA'].id);

    // The police handler accepts, and once assigned by a leader may reveal through the audited reveal.
    const accepted = await event('chuyenvien.congan', denunciation.id, 'ACCEPT', { agencyId: agencies['AP-CA'].id });
    expect(accepted).toMatchObject({ state: 'accepted.notifying', deadlineRuleId: 'denunciation.notify-acceptance' });
  });

  it('a mixed letter splits into one case per matter, each on its own clock, linked to the letter', async () => {
    t.clock.set('2026-11-30T04:00:00.000Z');
    const registered = await call<LetterDto>(
      'post',
      OFFICER,
      '/api/letters',
      letter({
        signatoryCount: 3,
        matters: [
          {
            type: 'complaint',
            category: 'land',
            summary: 'Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND',
            leadAgencyId: agencies['AP-DC'].id,
          },
          { type: 'proposal', category: 'construction', summary: 'Kiến nghị lắp đèn chiếu sáng ngõ 7', leadAgencyId: agencies['AP-DC'].id },
        ],
      }),
    );
    expect(registered.code).toMatch(/^DT-2026-\d{6}$/);
    expect(registered).toMatchObject({ channel: 'post', senderCount: 1, signatoryCount: 3, confidential: false, triaged: false });
    expect(registered.matters.map((m) => [m.type, m.state, m.deadlineRuleId])).toEqual([
      ['complaint', 'received', 'complaint.accept'],
      ['proposal', 'received', 'letter.triage'],
    ]);
    const [complaint, proposal] = registered.matters;
    const detail = await getCase(HANDLER, complaint.caseId);
    expect(detail.letter).toMatchObject({ id: registered.id, code: registered.code, channel: 'post' });
    expect(detail.links).toEqual([expect.objectContaining({ relation: 'same_letter', caseId: proposal.caseId })]);
    expect(detail.parties[0]).toMatchObject({ fullName: 'Trần Thị Hạnh' });

    // The complaint is not this commune's to resolve: forwarded with a reason; the proposal is accepted.
    await event(OFFICER, complaint.caseId, 'TRIAGE_FORWARD', { toBody: 'Sở Nông nghiệp và Môi trường', note: 'Thuộc thẩm quyền cấp tỉnh' });
    await event(OFFICER, proposal.caseId, 'ACCEPT', { agencyId: agencies['AP-DC'].id });
    const after = await call<LetterDto>('get', OFFICER, `/api/letters/${registered.id}`);
    expect(after.matters.map((m) => m.state)).toEqual(['forwarded', 'assigned']);
    expect(after.triaged).toBe(true);
    const forwarded = await getCase(OFFICER, complaint.caseId);
    const last = forwarded.history[forwarded.history.length - 1];
    expect(last).toMatchObject({ type: 'TRIAGE_FORWARD', toState: 'forwarded', note: null });
    // The outcome, its reason and its legal basis are in the history.
    expect(last.payload).toMatchObject({
      toBody: 'Sở Nông nghiệp và Môi trường',
      note: 'Thuộc thẩm quyền cấp tỉnh',
      legalBasis: expect.stringContaining('05/2021/TT-TTCP'),
    });
    const pending = await call<LetterPage>('get', OFFICER, '/api/letters?pending=true');
    expect(pending.items.map((l) => l.id)).not.toContain(registered.id);
  });

  it('writes nothing when one matter of a letter is refused, and names that matter', async () => {
    const before = await counts();
    const res = await http()
      .post('/api/letters')
      .set(await auth(OFFICER))
      .send(
        letter({
          matters: [
            { type: 'proposal', category: 'other', summary: 'Kiến nghị nạo vét cống' },
            { type: 'complaint', category: 'land', summary: 'Khiếu nại', leadAgencyId: agencies['NK-DC'].id },
          ],
        }),
      );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'matters.1.leadAgencyId' })]);
    expect(await counts()).toEqual(before);
  });

  it('a letter that carries a denunciation keeps no sender: the vault has them', async () => {
    const registered = await call<LetterDto>(
      'post',
      OFFICER,
      '/api/letters',
      letter({
        channel: 'email',
        senders: [{ fullName: 'Canary Vũ Thị Thư', phone: '0900555666' }, { fullName: 'Canary Hồ Văn Kiện' }],
        matters: [
          { type: 'denunciation', category: 'other', summary: 'Tố cáo việc thu tiền sai quy định', leadAgencyId: agencies['AP-CA'].id },
        ],
      }),
    );
    expect(registered).toMatchObject({ confidential: true, senders: [], senderCount: 2 });
    expect(JSON.stringify(await sql(`SELECT * FROM letters WHERE id = $1`, [registered.id]))).not.toContain('Canary');
    const [matter] = registered.matters;
    expect(await sql(`SELECT * FROM case_parties WHERE case_id = $1`, [matter.caseId])).toEqual([]);
    const vault = await sql<{ ciphertext: string }>(`SELECT ciphertext FROM confidential_identities WHERE case_id = $1`, [matter.caseId]);
    expect(vault).toHaveLength(1);
    expect(vault[0].ciphertext).not.toContain('Canary');
  });

  it('opens the right case type with the right first rule through every door', async () => {
    t.clock.set('2026-12-01T02:00:00.000Z'); // Tuesday 1 December 2026
    const expected = {
      complaint: 'complaint.accept',
      denunciation: 'denunciation.accept',
      proposal: 'letter.triage',
      reflection: 'letter.triage',
    } as const;
    for (const channel of ['post', 'email', 'online', 'forwarded'] as const) {
      for (const type of ['complaint', 'denunciation', 'proposal', 'reflection'] as const) {
        const l = await call<LetterDto>(
          'post',
          OFFICER,
          '/api/letters',
          letter({
            channel,
            ...(channel === 'forwarded' ? { forwardedBy: 'Ban Tiếp công dân tỉnh', documentNo: '45/PC-BTCD' } : {}),
            matters: [{ type, category: 'other', summary: `Đơn ${type} qua ${channel}` }],
          }),
        );
        expect(l.matters.map((m) => [m.type, m.deadlineRuleId])).toEqual([[type, expected[type]]]);
        const c = await getCase(LEADER, l.matters[0].caseId);
        expect(c.channel).toBe(channel);
      }
    }
    // The API and a dialogue go through the same door.
    const api = await call<CaseDetailDto>('post', OFFICER, '/api/cases', {
      type: 'denunciation',
      channel: 'hotline',
      category: 'other',
      summary: 'Tố cáo qua đường dây nóng',
      denouncer: { fullName: 'Canary Hotline' },
      representatives: [{ fullName: 'Canary Đại Diện' }],
    });
    expect(api).toMatchObject({ deadlineRuleId: 'denunciation.accept', parties: [] });
    const d = await call<DialogueDetailDto>('post', LEADER, '/api/dialogues', {
      kind: 'dialogue',
      title: 'Đối thoại về dự án mở rộng đường',
      date: '2026-12-01',
      place: 'Hội trường UBND phường',
      chairs: ['Chủ tịch UBND phường'],
      invitedAgencyIds: [agencies['AP-DC'].id],
      participantCount: 40,
      representatives: [],
      topics: ['Giải phóng mặt bằng'],
    });
    const minutes = await call<DialogueDetailDto>(
      'put',
      LEADER,
      `/api/dialogues/${d.id}/minutes`,
      {
        summary: 'Người dân nêu ý kiến về bồi thường.',
        opinions: [
          { raisedBy: 'Ông Canary Khiếu', content: 'Khiếu nại mức bồi thường đất nông nghiệp', category: 'site_clearance' },
          { raisedBy: 'Bà Canary Tố', content: 'Tố cáo cán bộ gây khó khăn khi kiểm đếm', category: 'site_clearance' },
        ],
      },
      200,
    );
    const raised = await call<DialogueDetailDto>(
      'post',
      LEADER,
      `/api/dialogues/${d.id}/cases`,
      {
        items: [
          { opinionId: minutes.opinions[0].id, type: 'complaint', leadAgencyId: agencies['AP-DC'].id },
          { opinionId: minutes.opinions[1].id, type: 'denunciation', leadAgencyId: agencies['AP-CA'].id },
        ],
      },
      200,
    );
    const [complaintOpinion, denunciationOpinion] = raised.opinions;
    const complaint = await getCase(LEADER, must(complaintOpinion.caseId));
    expect(complaint).toMatchObject({ type: 'complaint', channel: 'dialogue', deadlineRuleId: 'complaint.accept' });
    expect(complaint.parties[0].fullName).toBe('Ông Canary Khiếu');
    const denunciation = await getCase(LEADER, must(denunciationOpinion.caseId));
    expect(denunciation).toMatchObject({ type: 'denunciation', hasConfidentialIdentity: true, parties: [] });
    // The minutes keep the opinion but no longer who raised the denunciation.
    expect(denunciationOpinion.raisedBy).toBeNull();
  });

  it('runs the acceptance rule in force on the day the complaint came in (across 1 July 2026)', async () => {
    // Friday 26 June 2026: 10 calendar days → Monday 6 July (Luật Khiếu nại 2011 Art. 27).
    t.clock.set('2026-06-26T02:00:00.000Z');
    const before = await call<CaseDetailDto>('post', OFFICER, '/api/cases', {
      type: 'complaint',
      channel: 'post',
      category: 'land',
      summary: 'Khiếu nại trước 1/7',
    });
    expect(before).toMatchObject({ deadlineRuleId: 'complaint.accept', dueAt: '2026-07-06T16:59:59.999Z' });
    expect(before.deadline).toMatchObject({ ruleVersion: 1 });
    // Thursday 2 July 2026: 7 working days → Monday 13 July (ND 155/2026 Art. 10).
    t.clock.set('2026-07-02T02:00:00.000Z');
    const after = await call<CaseDetailDto>('post', OFFICER, '/api/cases', {
      type: 'complaint',
      channel: 'post',
      category: 'land',
      summary: 'Khiếu nại sau 1/7',
    });
    expect(after).toMatchObject({ deadlineRuleId: 'complaint.accept', dueAt: '2026-07-13T16:59:59.999Z' });
    expect(after.deadline).toMatchObject({ ruleVersion: 2 });
  });

  it('runs every clock of a denunciation: initial handling (extendable), forwarding from receipt, notice, resolution from acceptance', async () => {
    t.clock.set('2026-12-07T02:00:00.000Z'); // Monday 7 December 2026
    const create = () =>
      call<CaseDetailDto>('post', OFFICER, '/api/cases', {
        type: 'denunciation',
        channel: 'post',
        category: 'other',
        summary: 'Tố cáo hành vi vi phạm',
        leadAgencyId: agencies['AP-DC'].id,
        denouncer: { fullName: 'Người tố cáo' },
      });
    const a = await create();
    // 7 working days → Wednesday 16 December; extended to 10 → Monday 21 December.
    expect(a.dueAt).toBe('2026-12-16T16:59:59.999Z');
    const extended = await event(HEAD, a.id, 'EXTEND_INITIAL_HANDLING', { reason: 'Phải kiểm tra tại nhiều địa điểm' });
    expect(extended).toMatchObject({ state: 'received', dueAt: '2026-12-21T16:59:59.999Z' });
    // Once only: a second one is refused (answered like a double submit, with the current version).
    await event(HEAD, a.id, 'EXTEND_INITIAL_HANDLING', { reason: 'again' }, 409);
    expect((await getCase(HEAD, a.id)).history.filter((h) => h.type === 'EXTEND_INITIAL_HANDLING')).toHaveLength(1);

    t.clock.set('2026-12-09T02:00:00.000Z'); // two days later the body finds it is not competent
    const forwarding = await event(HANDLER, a.id, 'FORWARD', { toAgencyId: agencies['NK-CA'].id, note: 'Thuộc thẩm quyền xã Nậm Khoa' });
    // Counted from receipt (Monday 7 December): 5 working days → Monday 14 December.
    expect(forwarding).toMatchObject({ state: 'forwarding', deadlineRuleId: 'denunciation.forward', dueAt: '2026-12-14T16:59:59.999Z' });
    const sent = await event(HANDLER, a.id, 'SEND_FORWARD', { slipNo: '12/PC-ĐC' });
    expect(sent).toMatchObject({ state: 'forwarded', closedAt: expect.any(String) });

    const b = await create();
    const accepted = await event(HANDLER, b.id, 'ACCEPT', { agencyId: agencies['AP-DC'].id });
    // Accepted Wednesday 9 December: the notice within 5 working days → Wednesday 16 December.
    expect(accepted).toMatchObject({ state: 'accepted.notifying', dueAt: '2026-12-16T16:59:59.999Z' });
    t.clock.set('2026-12-11T02:00:00.000Z');
    const notified = await event(HANDLER, b.id, 'NOTIFY_DENOUNCER');
    // Resolution: 30 days from the acceptance (9 December) → Friday 8 January 2027, not from the notice.
    expect(notified).toMatchObject({
      state: 'accepted.verification',
      deadlineRuleId: 'denunciation.resolve',
      dueAt: '2027-01-08T16:59:59.999Z',
    });
  });

  it('checks every id in an event payload: format 400, reach 422, and writes nothing', async () => {
    t.clock.set('2026-12-14T02:00:00.000Z');
    const c = await call<CaseDetailDto>('post', OFFICER, '/api/cases', {
      type: 'complaint',
      channel: 'post',
      category: 'land',
      summary: 'Khiếu nại để thử tham chiếu',
      leadAgencyId: agencies['AP-DC'].id,
    });
    const before = await counts();
    const bad = await http()
      .post(`/api/cases/${c.id}/events`)
      .set(await auth(HANDLER))
      .send({ type: 'TRIAGE_ACCEPT', payload: { agencyId: 'nope' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'payload.agencyId' })]);
    const foreign = await http()
      .post(`/api/cases/${c.id}/events`)
      .set(await auth(HANDLER))
      .send({ type: 'TRIAGE_ACCEPT', payload: { agencyId: agencies['NK-DC'].id } });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'payload.agencyId' })]);
    const other = await http()
      .post(`/api/cases/${c.id}/events`)
      .set(await auth(HANDLER))
      .send({ type: 'TRIAGE_ACCEPT', payload: { agencyId: agencies['AP-CA'].id } });
    expect(other.status).toBe(422);
    const unknown = await http()
      .post(`/api/cases/${c.id}/events`)
      .set(await auth(OFFICER))
      .send({ type: 'TRIAGE_FORWARD', payload: { toAgencyId: '00000000-0000-4000-8000-000000000000', toBody: 'X' } });
    expect(unknown.status).toBe(422);
    expect(await counts()).toEqual(before);
    const proposal = await call<CaseDetailDto>('post', OFFICER, '/api/cases', {
      type: 'proposal',
      channel: 'post',
      category: 'other',
      summary: 'Kiến nghị',
    });
    const before2 = await counts();
    const moved = await http()
      .post(`/api/cases/${proposal.id}/events`)
      .set(await auth(OFFICER))
      .send({ type: 'ACCEPT', payload: { agencyId: agencies['NK-DC'].id } });
    expect(moved.status).toBe(422);
    expect(await counts()).toEqual(before2);
    expect((await getCase(HANDLER, c.id)).state).toBe('received');
  });
});
