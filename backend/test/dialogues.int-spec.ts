import request from 'supertest';
import type { AgencyDto, CaseDetailDto, CasePage, DialogueDetailDto, DialogueSummaryDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { dataSourceOptions } from '../src/platform/database/data-source-options';
import { withMigrationContext } from '../src/platform/database/migration-context';
import { fileStoreOf } from '../src/platform/storage/file-store';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

describe.each(testDatabases())('dialogues on $kind', (db) => {
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

  async function send<T>(method: 'post' | 'put', username: string, url: string, body: unknown, status: number): Promise<T> {
    const res = await http()
      [method](url)
      .set(await auth(username))
      .send(body as object);
    if (res.status !== status) throw new Error(`${method} ${url} by ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  const getCase = async (username: string, id: string) =>
    (
      await http()
        .get(`/api/cases/${id}`)
        .set(await auth(username))
        .expect(200)
    ).body as CaseDetailDto;

  const dialogue = (extra: Record<string, unknown> = {}) => ({
    kind: 'dialogue',
    title: 'Đối thoại với nhân dân Tổ dân phố 3 về chỉnh trang đô thị',
    date: '2026-03-02',
    place: 'Nhà văn hóa Tổ dân phố 3',
    chairs: ['Đ/c Trần Văn Minh, Chủ tịch UBND phường'],
    invitedAgencyIds: [agencies['AP-DC'].id, agencies['AP-CA'].id],
    participantCount: 85,
    representatives: ['Ông Nguyễn Văn Tư'],
    topics: ['Chỉnh trang đô thị', 'An ninh trật tự'],
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

  it('records minutes and turns chosen opinions into cases in one action', async () => {
    t.clock.set('2026-03-02T09:00:00.000Z');
    const created = await send<DialogueDetailDto>('post', 'lanhdao.anphu', '/api/dialogues', dialogue(), 201);
    expect(created).toMatchObject({
      status: 'scheduled',
      communeId: agencies['AP'].id,
      communeName: 'Phường An Phú',
      opinions: [],
      participantCount: 85,
    });

    const minutes = await send<DialogueDetailDto>(
      'put',
      'lanhdao.anphu',
      `/api/dialogues/${created.id}/minutes`,
      {
        summary: 'Buổi đối thoại diễn ra cởi mở, 85 hộ dân tham dự.',
        opinions: [
          {
            raisedBy: 'Ông Nguyễn Văn Tư',
            content: 'Đề nghị lắp đèn chiếu sáng ngõ 12',
            answer: 'Phường sẽ khảo sát',
            category: 'construction',
          },
          {
            raisedBy: 'Bà Lê Thị Mơ',
            content: 'Phản ánh tụ tập gây mất trật tự ban đêm ở bãi đất trống',
          },
          { content: 'Cảm ơn phường đã làm đường' },
        ],
      },
      200,
    );
    expect(minutes.status).toBe('held');
    expect(minutes.opinions.map((o) => [o.seq, o.raisedBy, o.answer])).toEqual([
      [1, 'Ông Nguyễn Văn Tư', 'Phường sẽ khảo sát'],
      [2, 'Bà Lê Thị Mơ', null],
      [3, null, null],
    ]);

    const [lights, noise, thanks] = minutes.opinions;
    const raised = await send<DialogueDetailDto>(
      'post',
      'lanhdao.anphu',
      `/api/dialogues/${created.id}/cases`,
      {
        items: [
          {
            opinionId: lights.id,
            type: 'proposal',
            leadAgencyId: agencies['AP-DC'].id,
          },
          {
            opinionId: noise.id,
            type: 'reflection',
            leadAgencyId: agencies['AP-CA'].id,
            category: 'other',
          },
        ],
      },
      200,
    );
    expect(raised.opinions.map((o) => o.caseCode !== null)).toEqual([true, true, false]);
    const proposal = await getCase('chuyenvien.diachinh', raised.opinions[0].caseId as string);
    expect(proposal).toMatchObject({
      type: 'proposal',
      channel: 'dialogue',
      category: 'construction',
      summary: 'Đề nghị lắp đèn chiếu sáng ngõ 12',
      state: 'received',
    });
    expect(proposal.content).toContain('Trả lời tại buổi họp: Phường sẽ khảo sát');
    expect(proposal.parties).toEqual([
      expect.objectContaining({
        role: 'petitioner',
        fullName: 'Ông Nguyễn Văn Tư',
      }),
    ]);
    const police = (
      await http()
        .get('/api/cases')
        .query({ agencyId: agencies['AP-CA'].id })
        .set(await auth('chuyenvien.congan'))
        .expect(200)
    ).body as CasePage;
    expect(police.items.find((c) => c.id === raised.opinions[1].caseId)).toMatchObject({ type: 'reflection', channel: 'dialogue' });

    // An opinion becomes a case once; a failed item leaves nothing behind.
    const again = await http()
      .post(`/api/dialogues/${created.id}/cases`)
      .set(await auth('lanhdao.anphu'))
      .send({
        items: [
          {
            opinionId: thanks.id,
            type: 'proposal',
            leadAgencyId: agencies['AP-DC'].id,
          },
          {
            opinionId: lights.id,
            type: 'proposal',
            leadAgencyId: agencies['AP-DC'].id,
          },
        ],
      });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'items.1.opinionId' })]);
    const after = (
      await http()
        .get(`/api/dialogues/${created.id}`)
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as DialogueDetailDto;
    expect(after.opinions[2].caseId).toBeNull();

    // Minutes can be edited; an opinion that is already a case cannot be dropped.
    const dropped = await http()
      .put(`/api/dialogues/${created.id}/minutes`)
      .set(await auth('lanhdao.anphu'))
      .send({
        summary: 'Sửa',
        opinions: [{ id: thanks.id, content: 'Cảm ơn phường' }],
      });
    expect(dropped.status).toBe(409);

    // The signed minutes as a file, stored with its checksum and given back byte for byte.
    const text = Buffer.from('Biên bản đối thoại ngày 02/03/2026', 'utf8');
    const uploaded = await http()
      .post(`/api/dialogues/${created.id}/attachments`)
      .set(await auth('lanhdao.anphu'))
      .attach('file', text, {
        filename: 'biên-bản.txt',
        contentType: 'text/plain',
      });
    expect(uploaded.status).toBe(201);
    const file = (uploaded.body as DialogueDetailDto).attachments[0];
    expect(file).toMatchObject({
      fileName: 'biên-bản.txt',
      contentType: 'text/plain',
      sizeBytes: text.length,
    });
    const download = await http()
      .get(`/api/dialogues/${created.id}/attachments/${file.id}/content`)
      .set(await auth('thanhtra.tinh'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect((download.body as Buffer).equals(text)).toBe(true);

    // The bytes are in the file store, not the table; the migration that moved them there moves them back and forth.
    const files = fileStoreOf(t.config.dataDir);
    const [stored] = (await t.app.get(DataSource).query(`SELECT storage_key FROM dialogue_attachments WHERE id = $1`, [file.id])) as {
      storage_key: string;
    }[];
    expect(stored.storage_key).toMatch(new RegExp(`^dialogues/\\d{4}/${created.id}/${file.id}$`));
    expect((await files.get(stored.storage_key)).equals(text)).toBe(true);
    const ds = new DataSource(dataSourceOptions(t.database.url, 1));
    await ds.initialize();
    try {
      await withMigrationContext({ files }, async () => {
        await ds.undoLastMigration({ transaction: 'each' });
        const [inTable] = (await ds.query(`SELECT content FROM dialogue_attachments WHERE id = $1`, [file.id])) as { content: Buffer }[];
        expect(Buffer.from(inTable.content).equals(text)).toBe(true);
        await files.remove(stored.storage_key);
        await ds.runMigrations({ transaction: 'each' });
      });
      const [moved] = (await ds.query(`SELECT storage_key FROM dialogue_attachments WHERE id = $1`, [file.id])) as {
        storage_key: string;
      }[];
      expect((await files.get(moved.storage_key)).equals(text)).toBe(true);
      // Without the store, a migration with files to move stops and says why.
      await expect(ds.undoLastMigration({ transaction: 'each' })).rejects.toThrow(/moves files/);
    } finally {
      await ds.destroy();
    }
    const redownload = await http()
      .get(`/api/dialogues/${created.id}/attachments/${file.id}/content`)
      .set(await auth('thanhtra.tinh'))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(redownload.status).toBe(200);
    expect((redownload.body as Buffer).equals(text)).toBe(true);
    const exe = await http()
      .post(`/api/dialogues/${created.id}/attachments`)
      .set(await auth('lanhdao.anphu'))
      .attach('file', Buffer.from([0x4d, 0x5a, 0x90, 0x00]), {
        filename: 'minutes.pdf',
        contentType: 'application/pdf',
      });
    // The same upload check as case files: bytes that are not a PDF are refused, naming the field.
    expect(exe.status).toBe(415);
    expect(exe.body.code).toBe('ATTACHMENT_CONTENT_MISMATCH');
    expect(exe.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);

    // Outside the commune the dialogue does not exist; an inspector reads but does not write.
    await http()
      .get(`/api/dialogues/${created.id}`)
      .set(await auth('lanhdao.namkhoa'))
      .expect(404);
    const list = (
      await http()
        .get('/api/dialogues')
        .set(await auth('thanhtra.tinh'))
        .expect(200)
    ).body as DialogueSummaryDto[];
    expect(list.find((d) => d.id === created.id)).toMatchObject({
      opinionCount: 3,
      commitmentCount: 0,
    });
    await http()
      .put(`/api/dialogues/${created.id}/minutes`)
      .set(await auth('thanhtra.tinh'))
      .send({ summary: 'x', opinions: [] })
      .expect(403);
  });

  it('tracks a commitment as a case with the owner agency and due date, and shows it overdue once the date passes', async () => {
    t.clock.set('2026-03-02T09:00:00.000Z');
    const created = await send<DialogueDetailDto>(
      'post',
      'lanhdao.anphu',
      '/api/dialogues',
      dialogue({ kind: 'voter_contact', title: 'Tiếp xúc cử tri' }),
      201,
    );
    const past = await http()
      .post(`/api/dialogues/${created.id}/commitments`)
      .set(await auth('lanhdao.anphu'))
      .send({
        content: 'x',
        ownerAgencyId: agencies['AP-CA'].id,
        dueDate: '2026-03-01',
      });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'dueDate' })]);

    const withCommitment = await send<DialogueDetailDto>(
      'post',
      'lanhdao.anphu',
      `/api/dialogues/${created.id}/commitments`,
      {
        content: 'Lắp camera an ninh tại bãi đất trống',
        ownerAgencyId: agencies['AP-CA'].id,
        dueDate: '2026-03-20',
        category: 'other',
      },
      201,
    );
    const commitment = withCommitment.commitments[0];
    expect(commitment).toMatchObject({
      ownerAgencyName: 'Công an phường An Phú',
      dueDate: '2026-03-20',
      state: 'inProgress',
      deadlineStatus: 'on_time',
    });
    const tracked = await getCase('chuyenvien.congan', commitment.caseId);
    expect(tracked).toMatchObject({
      type: 'commitment',
      channel: 'voter_contact',
      leadAgencyId: agencies['AP-CA'].id,
      deadlineRuleId: 'commitment.fulfil',
    });
    // The promised day, end of day in Vietnam.
    expect(tracked.dueAt).toBe('2026-03-20T16:59:59.999Z');
    const inbox = (
      await http()
        .get('/api/cases')
        .query({ agencyId: agencies['AP-CA'].id, type: 'commitment' })
        .set(await auth('chuyenvien.congan'))
        .expect(200)
    ).body as CasePage;
    expect(inbox.items.map((c) => c.id)).toContain(commitment.caseId);

    // The day after the promised date the scheduler marks it overdue; the leader's overdue list and the dialogue show it.
    t.clock.set('2026-03-21T02:00:00.000Z');
    const sweeper = t.app.get(DeadlineSweeper);
    while ((await sweeper.sweepOnce()) > 0);
    const overdue = (
      await http()
        .get('/api/cases')
        .query({ overdue: true, type: 'commitment' })
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as CasePage;
    expect(overdue.items.find((c) => c.id === commitment.caseId)).toMatchObject({
      deadlineStatus: 'overdue',
      overdueSince: '2026-03-20T16:59:59.999Z',
    });
    const detail = (
      await http()
        .get(`/api/dialogues/${created.id}`)
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as DialogueDetailDto;
    expect(detail.commitments[0]).toMatchObject({
      deadlineStatus: 'overdue',
      overdueSince: '2026-03-20T16:59:59.999Z',
    });
    expect(detail.overdueCommitmentCount).toBe(1);

    // Reported done and verified by the leader: no longer counted.
    await send(
      'post',
      'chuyenvien.congan',
      `/api/cases/${commitment.caseId}/events`,
      { type: 'REPORT_DONE', payload: { report: 'Đã lắp 2 camera' } },
      200,
    );
    await send('post', 'lanhdao.anphu', `/api/cases/${commitment.caseId}/events`, { type: 'VERIFY', payload: {} }, 200);
    const verified = (
      await http()
        .get(`/api/dialogues/${created.id}`)
        .set(await auth('lanhdao.anphu'))
        .expect(200)
    ).body as DialogueDetailDto;
    expect(verified.commitments[0]).toMatchObject({
      state: 'verified',
      deadlineStatus: 'none',
    });
    expect(verified.overdueCommitmentCount).toBe(0);
  });

  it("holds a complaint's mandatory dialogue through the engine, its minutes in the case history", async () => {
    t.clock.set('2026-03-02T02:00:00.000Z');
    const complaint = await send<CaseDetailDto>(
      'post',
      'tiepdan.anphu',
      '/api/cases',
      {
        type: 'complaint',
        channel: 'reception',
        category: 'land',
        summary: 'Khiếu nại quyết định thu hồi đất',
        leadAgencyId: agencies['AP-DC'].id,
        petitioner: { fullName: 'Nguyễn Văn Bình' },
      },
      201,
    );
    const ev = (user: string, type: string, payload: Record<string, unknown>) =>
      send<CaseDetailDto>('post', user, `/api/cases/${complaint.id}/events`, { type, payload }, 200);
    await ev('chuyenvien.diachinh', 'TRIAGE_ACCEPT', {
      agencyId: agencies['AP-DC'].id,
    });
    await ev('chuyenvien.diachinh', 'RECORD_VERIFICATION', {
      findings: 'Diện tích đo đạc khác yêu cầu',
      demandMatchesFindings: false,
    });

    const body = dialogue({
      title: 'Đối thoại giải quyết khiếu nại',
      place: 'UBND phường',
      caseId: complaint.id,
      invitedAgencyIds: [],
    });
    // Less than 5 days' notice: refused by the machine, and no session is left behind.
    const early = await http()
      .post('/api/dialogues')
      .set(await auth('chuyenvien.diachinh'))
      .send({ ...body, date: '2026-03-05' });
    expect(early.status).toBe(422);
    expect(
      (
        await http()
          .get('/api/dialogues')
          .query({ caseId: complaint.id })
          .set(await auth('chuyenvien.diachinh'))
          .expect(200)
      ).body,
    ).toEqual([]);
    // Only the agency working the case holds its dialogue.
    await http()
      .post('/api/dialogues')
      .set(await auth('chuyenvien.congan'))
      .send({ ...body, date: '2026-03-09' })
      .expect(400);

    const scheduled = await send<DialogueDetailDto>('post', 'chuyenvien.diachinh', '/api/dialogues', { ...body, date: '2026-03-09' }, 201);
    expect(scheduled).toMatchObject({
      caseId: complaint.id,
      caseCode: complaint.code,
      status: 'scheduled',
    });
    expect((await getCase('chuyenvien.diachinh', complaint.id)).state).toBe('accepted.dialogueScheduled');

    t.clock.set('2026-03-09T03:00:00.000Z');
    await send<DialogueDetailDto>(
      'put',
      'chuyenvien.diachinh',
      `/api/dialogues/${scheduled.id}/minutes`,
      {
        summary: 'Hai bên trình bày ý kiến; người khiếu nại giữ nguyên yêu cầu.',
        opinions: [
          {
            raisedBy: 'Ông Nguyễn Văn Bình',
            content: 'Yêu cầu đo đạc lại diện tích',
            answer: 'Sẽ mời đơn vị đo đạc độc lập',
          },
        ],
      },
      200,
    );
    const held = await getCase('chuyenvien.diachinh', complaint.id);
    expect(held.state).toBe('accepted.dialogueHeld');
    const last = held.history[held.history.length - 1];
    expect(last).toMatchObject({
      type: 'RECORD_DIALOGUE_MINUTES',
      actorName: 'chuyenvien.diachinh',
      fromState: 'accepted.dialogueScheduled',
    });
    expect(last.payload['minutes']).toBe(
      'Hai bên trình bày ý kiến; người khiếu nại giữ nguyên yêu cầu.\nÝ kiến:\n1. Ông Nguyễn Văn Bình: Yêu cầu đo đạc lại diện tích — Trả lời: Sẽ mời đơn vị đo đạc độc lập',
    );
    expect(held.history.map((h) => h.type)).toEqual([
      'CREATED',
      // The handler's first action took the unassigned case.
      'HANDLER_ASSIGNED',
      'TRIAGE_ACCEPT',
      'RECORD_VERIFICATION',
      'SCHEDULE_DIALOGUE',
      'RECORD_DIALOGUE_MINUTES',
    ]);
    expect(held.history[4].payload).toMatchObject({
      date: '2026-03-09',
      place: 'UBND phường',
    });
    // With the dialogue held, the agency may now propose the decision.
    expect(held.allowedEvents.map((e) => e.type)).toContain('PROPOSE_DECISION');
  });
  it('refuses unauthenticated calls and names the bad field of a bad request', async () => {
    await http().get('/api/dialogues').expect(401);
    const bad = await http()
      .post('/api/dialogues')
      .set(await auth('lanhdao.anphu'))
      .send({ ...dialogue(), kind: 'party', date: '02/03/2026', chairs: [] });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['chairs', 'date', 'kind']);
    await http()
      .get('/api/dialogues/not-a-uuid')
      .set(await auth('lanhdao.anphu'))
      .expect(400);
    await http()
      .post('/api/dialogues')
      .set(await auth('totruong.to3'))
      .send(dialogue())
      .expect(403);
    const missing = await http()
      .post('/api/dialogues/00000000-0000-4000-8000-000000000000/commitments')
      .set(await auth('lanhdao.anphu'))
      .send({ content: 'x', dueDate: '2026-12-01' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'ownerAgencyId' })]);
  });
});
