import ExcelJS from 'exceljs';
import request from 'supertest';
import type {
  AgencyDto,
  CaseDetailDto,
  CloseReceptionSessionResponse,
  DuplicateCheckResponse,
  NeighbourhoodDto,
  ReceptionRegisterDto,
  ReceptionSessionDetailDto,
  ReceptionSessionDto,
  ReceptionTodayDto,
  ReceptionVisitDto,
} from '@tiep-dan/contracts';
import { PUBLIC_LOOKUP_LIMIT } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

// pdf-parse's index runs a self-test when it has no parent module; its library entry does not.
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;

const OFFICER = 'tiepdan.anphu';
const LEADER = 'lanhdao.anphu';

function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe.each(testDatabases())('reception day on $kind', (db) => {
  let t: TestApp;
  let agencies: Record<string, AgencyDto>;
  let neighbourhoods: Record<string, NeighbourhoodDto>;
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

  async function openScheduled(): Promise<ReceptionSessionDto> {
    const res = await http()
      .post('/api/reception/sessions')
      .set(await auth(OFFICER))
      .send({ kind: 'scheduled' });
    if (res.status !== 201) throw new Error(`open failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ReceptionSessionDto;
  }

  async function logVisit(sessionId: string, body: Record<string, unknown>): Promise<ReceptionVisitDto> {
    const res = await http()
      .post(`/api/reception/sessions/${sessionId}/visits`)
      .set(await auth(OFFICER))
      .send(body);
    if (res.status !== 201) throw new Error(`visit failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ReceptionVisitDto;
  }

  async function direct(caseId: string, type: string, payload: Record<string, unknown>): Promise<CaseDetailDto> {
    const res = await http()
      .post(`/api/cases/${caseId}/events`)
      .set(await auth(LEADER))
      .send({ type, payload });
    if (res.status !== 200) throw new Error(`${type} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CaseDetailDto;
  }

  const citizen = (name: string, idNumber: string, phone: string) => ({
    fullName: name,
    idNumber,
    phone,
    address: 'Số 5 đường Lê Lợi, phường An Phú',
  });

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    const admin = await auth('quantri');
    const list = (await http().get('/api/agencies').set(admin).expect(200)).body as AgencyDto[];
    agencies = Object.fromEntries(list.map((a) => [a.code, a]));
    const hoods = (await http().get('/api/neighbourhoods').query({ communeId: agencies['AP'].id }).set(admin).expect(200))
      .body as NeighbourhoodDto[];
    neighbourhoods = Object.fromEntries(hoods.map((n) => [n.name, n]));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('holds the session on Monday, and moves a holiday Monday to the next working day', async () => {
    // Monday 27 April 2026: compensatory day off for the Hùng Kings' day.
    t.clock.set('2026-04-27T02:00:00.000Z');
    const today = (
      await http()
        .get('/api/reception/today')
        .set(await auth(OFFICER))
        .expect(200)
    ).body as ReceptionTodayDto;
    expect(today.now).toBe('2026-04-27T02:00:00.000Z');
    expect(today).toMatchObject({
      today: '2026-04-27',
      isReceptionDay: false,
      openSession: null,
    });
    expect(today.schedule).toMatchObject({ weekday: 1, isDefault: true });
    expect(today.schedule.leaders.map((l) => l.name)).toContain('Trần Văn Minh');
    expect(today.next[0]).toMatchObject({
      date: '2026-04-28',
      movedFrom: '2026-04-27',
    });
    expect(today.next[1]).toMatchObject({
      date: '2026-05-04',
      movedFrom: null,
    });

    const refused = await http()
      .post('/api/reception/sessions')
      .set(await auth(OFFICER))
      .send({ kind: 'scheduled' })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'RECEPTION_NOT_RECEPTION_DAY',
      nextDate: '2026-04-28',
    });
    const noReason = await http()
      .post('/api/reception/sessions')
      .set(await auth(OFFICER))
      .send({ kind: 'ad_hoc' })
      .expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');

    t.clock.set('2026-04-28T01:00:00.000Z');
    const session = await openScheduled();
    expect(session).toMatchObject({
      kind: 'scheduled',
      date: '2026-04-28',
      movedFrom: '2026-04-27',
      status: 'open',
      communeName: 'Phường An Phú',
    });
    expect(session.movedBecause?.vi).toBeTruthy();
    await http()
      .post('/api/reception/sessions')
      .set(await auth(LEADER))
      .send({ kind: 'scheduled' })
      .expect(409);
    const closed = (
      await http()
        .post(`/api/reception/sessions/${session.id}/close`)
        .set(await auth(OFFICER))
        .expect(200)
    ).body as CloseReceptionSessionResponse;
    expect(closed.session.status).toBe('closed');
    expect(closed.carriedOver).toEqual([]);
    expect(closed.nextSession).toMatchObject({
      date: '2026-05-04',
      status: 'planned',
      kind: 'scheduled',
    });
    const reopen = await http()
      .post('/api/reception/sessions')
      .set(await auth(OFFICER))
      .send({ kind: 'scheduled' })
      .expect(409);
    expect(reopen.body.code).toBe('RECEPTION_SESSION_CLOSED');

    // An ad-hoc session for a crowd matter, any working day.
    t.clock.set('2026-04-29T03:00:00.000Z');
    const adHoc = (
      await http()
        .post('/api/reception/sessions')
        .set(await auth(LEADER))
        .send({
          kind: 'ad_hoc',
          reason: 'Đoàn đông người về bồi thường dự án đường',
        })
        .expect(201)
    ).body as ReceptionSessionDto;
    expect(adHoc).toMatchObject({
      kind: 'ad_hoc',
      date: '2026-04-29',
      status: 'open',
      startTime: '10:00',
    });
    await http()
      .post(`/api/reception/sessions/${adHoc.id}/close`)
      .set(await auth(LEADER))
      .expect(200);
  });

  it('lets the commune move its reception day; a holiday on the new day moves it to the next working day', async () => {
    // Nậm Khoa, so the An Phú Monday sessions of the other tests keep their schedule.
    t.clock.set('2026-04-27T02:00:00.000Z');
    const officer = await auth('tiepdan.namkhoa');
    const bad = await http()
      .put('/api/reception/schedule')
      .set(officer)
      .send({
        weekday: 6,
        startTime: '25:00',
        endTime: '11:00',
        place: '',
        leaders: [],
      })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['place', 'startTime', 'weekday']);

    const saved = (
      await http()
        .put('/api/reception/schedule')
        .set(officer)
        .send({
          weekday: 4,
          startTime: '08:00',
          endTime: '11:00',
          place: 'Nhà văn hóa xã Nậm Khoa',
          leaders: [{ name: 'Lò Văn Páo', title: 'Chủ tịch UBND xã' }],
        })
        .expect(200)
    ).body as ReceptionTodayDto['schedule'];
    expect(saved).toMatchObject({
      weekday: 4,
      startTime: '08:00',
      place: 'Nhà văn hóa xã Nậm Khoa',
      isDefault: false,
    });

    const today = (await http().get('/api/reception/today').set(officer).expect(200)).body as ReceptionTodayDto;
    // Thursday 30 April is Reunification Day and Friday 1 May Labour Day: the session moves to Monday 4 May.
    expect(today.next.slice(0, 2)).toEqual([
      expect.objectContaining({ date: '2026-05-04', movedFrom: '2026-04-30' }),
      expect.objectContaining({ date: '2026-05-07', movedFrom: null }),
    ]);
    // An Phú still receives on Mondays.
    const anPhu = (
      await http()
        .get('/api/reception/today')
        .set(await auth(OFFICER))
        .expect(200)
    ).body as ReceptionTodayDto;
    expect(anPhu.schedule.weekday).toBe(1);
  });

  describe('a Monday session', () => {
    let session: ReceptionSessionDto;
    let single: ReceptionVisitDto;
    let group: ReceptionVisitDto;
    let split: ReceptionVisitDto;
    let repeat: ReceptionVisitDto;
    let nextSessionId: string;
    const hood = () => neighbourhoods['Tổ dân phố 2'].id;

    beforeAll(async () => {
      t.clock.set('2026-03-02T02:00:00.000Z');
      session = await openScheduled();
    });

    it('logs a single visit: one reception case, the 10-working-day reply clock running at once', async () => {
      single = await logVisit(session.id, {
        citizen: citizen('Nguyễn Văn Bình', '001200012345', '0912 345 678'),
        neighbourhoodId: hood(),
        previouslyHandledBy: 'Tổ dân phố 2',
        contents: [
          {
            contentType: 'complaint',
            category: 'land',
            summary: 'Tranh chấp ranh giới đất với hộ liền kề',
          },
        ],
      });
      expect(single.seq).toBe(1);
      expect(single.cases).toHaveLength(1);
      const [c] = single.cases;
      expect(c.code).toMatch(/^TD-2026-\d{6}$/);
      expect(c).toMatchObject({
        contentType: 'complaint',
        state: 'logged',
        deadlineStatus: 'on_time',
        direction: null,
      });
      // Received Monday 2 March 2026: 10 working days → Monday 16 March, end of the day in Vietnam.
      expect(c.dueAt).toBe('2026-03-16T16:59:59.999Z');
      const detail = (
        await http()
          .get(`/api/cases/${c.id}`)
          .set(await auth(OFFICER))
          .expect(200)
      ).body as CaseDetailDto;
      expect(detail).toMatchObject({
        type: 'reception',
        channel: 'reception',
        deadlineRuleId: 'reception.reply',
      });
      expect(detail.context['sessionId']).toBe(session.id);
      expect(detail.parties).toEqual([
        expect.objectContaining({
          role: 'petitioner',
          fullName: 'Nguyễn Văn Bình',
          idNumber: '001200012345',
        }),
      ]);
    });

    it('logs a group visit of 12 with 3 representatives, and enforces the representative rule', async () => {
      const reps = [
        citizen('Lê Thị Cúc', '001200011111', '0901111111'),
        citizen('Phạm Văn Dũng', '001200022222', '0902222222'),
        citizen('Hoàng Văn Em', '001200033333', '0903333333'),
      ];
      group = await logVisit(session.id, {
        citizen: reps[0],
        groupSize: 12,
        representatives: reps,
        neighbourhoodId: neighbourhoods['Khu phố Bến Đá'].id,
        contents: [
          {
            contentType: 'proposal',
            category: 'site_clearance',
            summary: 'Đề nghị xem xét lại đơn giá bồi thường dự án mở rộng đường',
          },
        ],
      });
      expect(group).toMatchObject({ seq: 2, groupSize: 12 });
      expect(group.representatives).toHaveLength(3);
      const detail = (
        await http()
          .get(`/api/cases/${group.cases[0].id}`)
          .set(await auth(OFFICER))
          .expect(200)
      ).body as CaseDetailDto;
      expect(detail.groupSize).toBe(12);
      expect(detail.parties.filter((p) => p.role === 'representative')).toHaveLength(3);
      // A hot spot the moment the visit is saved, with no scheduled job run: the leaders' overview shows it at once.
      const flags = await sql<{ kind: string; case_ids: string[] }>(
        `SELECT kind, case_ids FROM hot_spots WHERE $1 = ANY(case_ids) AND cleared_at IS NULL`,
        [group.cases[0].id],
      );
      expect(flags).toEqual([{ kind: 'group_visit', case_ids: [group.cases[0].id] }]);

      const tooMany = await http()
        .post(`/api/reception/sessions/${session.id}/visits`)
        .set(await auth(OFFICER))
        .send({
          citizen: reps[0],
          groupSize: 8,
          representatives: reps,
          contents: [{ contentType: 'proposal', category: 'other', summary: 'x' }],
        })
        .expect(400);
      expect(tooMany.body.errors[0].field).toBe('representatives');
      const none = await http()
        .post(`/api/reception/sessions/${session.id}/visits`)
        .set(await auth(OFFICER))
        .send({
          citizen: reps[0],
          groupSize: 6,
          contents: [{ contentType: 'proposal', category: 'other', summary: 'x' }],
        })
        .expect(400);
      expect(none.body.errors[0].field).toBe('representatives');
      const six = await http()
        .post(`/api/reception/sessions/${session.id}/visits`)
        .set(await auth(OFFICER))
        .send({
          citizen: reps[0],
          groupSize: 6,
          representatives: reps,
          contents: [{ contentType: 'proposal', category: 'other', summary: 'x' }],
        })
        .expect(400);
      expect(six.body.errors[0].field).toBe('representatives');
    });

    it('splits mixed content into several cases in one transaction; a denunciation case names no one', async () => {
      const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases`);
      split = await logVisit(session.id, {
        citizen: citizen('Trần Thị Hạnh', '001200054321', '0987654321'),
        neighbourhoodId: hood(),
        contents: [
          {
            contentType: 'reflection',
            category: 'environment',
            summary: 'Xưởng gỗ gây tiếng ồn và bụi ban đêm',
          },
          {
            contentType: 'denunciation',
            category: 'construction',
            summary: 'Tố cáo cán bộ địa chính nhận tiền để làm ngơ công trình xây dựng trái phép',
            content: 'Chi tiết...',
          },
        ],
      });
      expect(split.cases.map((c) => c.contentType)).toEqual(['reflection', 'denunciation']);
      expect(new Set(split.cases.map((c) => c.code)).size).toBe(2);
      const after = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases`);
      // Two reception cases, and the denunciation case the second matter opened at once.
      expect(after[0].n - before[0].n).toBe(3);
      const denunciation = (
        await http()
          .get(`/api/cases/${split.cases[1].id}`)
          .set(await auth(OFFICER))
          .expect(200)
      ).body as CaseDetailDto;
      expect(denunciation.parties).toEqual([]);
      expect(JSON.stringify(denunciation)).not.toContain('Trần Thị Hạnh');

      // A failure while creating the cases rolls back the visit and every case of it.
      const visitsBefore = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM reception_visits`);
      await http()
        .post(`/api/reception/sessions/${session.id}/visits`)
        .set(await auth(OFFICER))
        .send({
          citizen: citizen('Ai Đó', '001200099999', '0900000000'),
          duplicateOf: '00000000-0000-4000-8000-000000000000',
          contents: [
            { contentType: 'proposal', category: 'other', summary: 'Một' },
            { contentType: 'reflection', category: 'other', summary: 'Hai' },
          ],
        })
        .expect(400);
      expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM reception_visits`))[0].n).toBe(visitsBefore[0].n);
      expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases`))[0].n).toBe(after[0].n);
    });

    it('records a lawful refusal on the visit without opening a case, and refuses unlawful reasons', async () => {
      const refused = await logVisit(session.id, {
        citizen: citizen('Đinh Văn Giang', '001200077777', '0977777777'),
        refusal: { reason: 'threatening', note: 'Lớn tiếng đe dọa cán bộ' },
        contents: [],
      });
      expect(refused.cases).toEqual([]);
      expect(refused.refusal).toMatchObject({
        reason: 'threatening',
        note: 'Lớn tiếng đe dọa cán bộ',
      });
      expect(refused.refusal?.label.vi).toContain('đe dọa');
      const bad = await http()
        .post(`/api/reception/sessions/${session.id}/visits`)
        .set(await auth(OFFICER))
        .send({
          citizen: citizen('X', '001200077777', '0977777777'),
          refusal: { reason: 'busy' },
          contents: [],
        })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('refusal.reason');
      const empty = await http()
        .post(`/api/reception/sessions/${session.id}/visits`)
        .set(await auth(OFFICER))
        .send({
          citizen: citizen('X', '001200077777', '0977777777'),
          contents: [],
        })
        .expect(400);
      expect(empty.body.errors[0].field).toBe('contents');

      // The refused citizen is handed a written notice: the reason and the clause of Art. 9 that allows it.
      const notice = await http()
        .get(`/api/reception/visits/${refused.id}/refusal-notice.pdf`)
        .set(await auth(OFFICER))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(notice.headers['content-type']).toContain('application/pdf');
      const flat = (await pdfParse(notice.body as Buffer)).text.normalize('NFC').replace(/\s+/g, ' ');
      expect(flat).toContain('THÔNG BÁO');
      expect(flat).toContain('Về việc từ chối tiếp công dân');
      expect(flat).toContain('Kính gửi: Đinh Văn Giang');
      expect(flat).toContain('khoản 2 Điều 9 Luật Tiếp công dân năm 2013');
      expect(flat).toContain('Lớn tiếng đe dọa cán bộ');
      // A visit that was received has no refusal notice; another commune's desk gets nothing.
      const received = await http()
        .get(`/api/reception/visits/${single.id}/refusal-notice.pdf`)
        .set(await auth(OFFICER))
        .expect(409);
      expect(received.body.code).toBe('RECEPTION_VISIT_NOT_REFUSED');
      await http()
        .get(`/api/reception/visits/${refused.id}/refusal-notice.pdf`)
        .set(await auth('tiepdan.namkhoa'))
        .expect(404);
    });

    it("records the leader's directions through the reception machine", async () => {
      const answered = await direct(single.cases[0].id, 'ANSWER_ON_SPOT', {
        answer: 'Ranh giới đã được xác định theo bản đồ địa chính năm 2015',
      });
      expect(answered.state).toBe('answered');
      const assigned = await direct(group.cases[0].id, 'ASSIGN', {
        agencyId: agencies['AP-DC'].id,
        dueDate: '2026-03-10',
        note: 'Rà soát đơn giá',
      });
      expect(assigned).toMatchObject({
        state: 'assigned',
        leadAgencyId: agencies['AP-DC'].id,
        dueAt: '2026-03-16T16:59:59.999Z',
      });
      await direct(split.cases[0].id, 'GUIDE', {
        body: 'Phòng Cảnh sát môi trường Công an tỉnh',
      });
      // Only the leader gives directions.
      await http()
        .post(`/api/cases/${split.cases[1].id}/events`)
        .set(await auth(OFFICER))
        .send({ type: 'ASSIGN', payload: { agencyId: agencies['AP-CA'].id } })
        .expect(403);

      const detail = (
        await http()
          .get(`/api/reception/sessions/${session.id}`)
          .set(await auth(LEADER))
          .expect(200)
      ).body as ReceptionSessionDetailDto;
      expect(detail.visits).toHaveLength(4);
      const byId = new Map(detail.visits.flatMap((v) => v.cases).map((c) => [c.id, c]));
      expect(byId.get(single.cases[0].id)?.direction).toMatchObject({
        kind: 'answer_on_spot',
      });
      expect(byId.get(group.cases[0].id)?.direction).toMatchObject({
        kind: 'assign',
        agencyName: agencies['AP-DC'].name,
        dueDate: '2026-03-10',
      });
      expect(byId.get(split.cases[0].id)?.direction).toMatchObject({
        kind: 'guide',
        text: 'Phòng Cảnh sát môi trường Công an tỉnh',
      });
    });

    it('warns of duplicates by ID number or a very similar summary in the same neighbourhood, with the outcome', async () => {
      const byId = (
        await http()
          .post('/api/reception/duplicates')
          .send({ idNumber: '001200012345' })
          .set(await auth(OFFICER))
          .expect(200)
      ).body as DuplicateCheckResponse;
      expect(byId.candidates).toEqual([
        expect.objectContaining({
          caseId: single.cases[0].id,
          match: 'id_number',
          resolved: true,
          outcome: expect.stringContaining('bản đồ địa chính'),
        }),
      ]);
      const similar = (
        await http()
          .post('/api/reception/duplicates')
          .send({
            summary: 'tranh chap ranh gioi dat voi ho lien ke',
            neighbourhoodId: hood(),
          })
          .set(await auth(OFFICER))
          .expect(200)
      ).body as DuplicateCheckResponse;
      expect(similar.candidates[0]).toMatchObject({
        caseId: single.cases[0].id,
        match: 'similar_summary',
      });
      expect(similar.candidates[0].similarity).toBeGreaterThan(0.55);
      const elsewhere = (
        await http()
          .post('/api/reception/duplicates')
          .send({
            summary: 'tranh chap ranh gioi dat voi ho lien ke',
            neighbourhoodId: neighbourhoods['Tổ dân phố 1'].id,
          })
          .set(await auth(OFFICER))
          .expect(200)
      ).body as DuplicateCheckResponse;
      expect(elsewhere.candidates).toEqual([]);
      // The denunciation is never offered as a duplicate (it would link the denouncer to it).
      const denouncer = (
        await http()
          .post('/api/reception/duplicates')
          .send({ idNumber: '001200054321' })
          .set(await auth(OFFICER))
          .expect(200)
      ).body as DuplicateCheckResponse;
      expect(denouncer.candidates.map((c) => c.caseId)).toEqual([split.cases[0].id]);

      // The repeat comes back: logged as a duplicate (marked so in the desk's list), then refused as already lawfully resolved.
      repeat = await logVisit(session.id, {
        citizen: citizen('Nguyễn Văn Bình', '001200012345', '0912345678'),
        neighbourhoodId: hood(),
        duplicateOf: single.cases[0].id,
        contents: [
          {
            contentType: 'complaint',
            category: 'land',
            summary: 'Tranh chấp ranh giới đất với hộ liền kề (lần 2)',
          },
        ],
      });
      expect(repeat.cases[0].repeatOf).toEqual({
        id: single.cases[0].id,
        code: single.cases[0].code,
      });
      const refused = await direct(repeat.cases[0].id, 'REFUSE', {
        reason: 'already_resolved',
        note: `Đã trả lời tại hồ sơ ${single.cases[0].code}`,
      });
      expect(refused).toMatchObject({
        state: 'refused',
        related: { duplicateOf: single.cases[0].id },
      });
    });

    it('downloads a receipt PDF with the code, the due date and how to look it up, in Vietnamese', async () => {
      const res = await http()
        .get(`/api/reception/cases/${group.cases[0].id}/receipt.pdf`)
        .set(await auth(OFFICER))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      const { text } = await pdfParse(res.body as Buffer);
      const flat = text.normalize('NFC').replace(/\s+/g, ' ');
      expect(flat).toContain('PHIẾU TIẾP NHẬN');
      expect(flat).toContain(group.cases[0].code);
      expect(flat).toContain('02/03/2026');
      expect(flat).toContain('Hạn trả lời: 16/03/2026');
      expect(flat).toContain('Công chức Địa chính – Xây dựng phường An Phú');
      expect(flat).toContain('4 số cuối số điện thoại');
      expect(flat).toContain('Đề nghị xem xét lại đơn giá bồi thường');
      // Outside the caller's scope: 404.
      await http()
        .get(`/api/reception/cases/${group.cases[0].id}/receipt.pdf`)
        .set(await auth('tiepdan.namkhoa'))
        .expect(404);
    });

    it('closes the session and carries every unresolved case over to the next session agenda', async () => {
      const closed = (
        await http()
          .post(`/api/reception/sessions/${session.id}/close`)
          .set(await auth(OFFICER))
          .expect(200)
      ).body as CloseReceptionSessionResponse;
      // Assigned (group) and still without direction (denunciation); answered, guided and refused ones are done.
      expect(closed.carriedOver.map((c) => c.id).sort()).toEqual([group.cases[0].id, split.cases[1].id].sort());
      expect(closed.nextSession).toMatchObject({
        date: '2026-03-09',
        status: 'planned',
      });
      expect(closed.carriedOver[0]).toMatchObject({
        fromSessionId: session.id,
        fromSessionDate: '2026-03-02',
      });
      nextSessionId = closed.nextSession.id;
      const history = (
        await http()
          .get(`/api/cases/${group.cases[0].id}`)
          .set(await auth(OFFICER))
          .expect(200)
      ).body as CaseDetailDto;
      expect(history.history.at(-1)).toMatchObject({
        type: 'CARRY_OVER',
        payload: { sessionId: nextSessionId },
        // The history names the session by its day, and the person by name.
        sessionDate: '2026-03-09',
        actorFullName: expect.any(String),
      });
      expect(history.history.at(-1)?.actorFullName).not.toBe(OFFICER);
      expect(history.context['carriedOverTo']).toEqual([nextSessionId]);
      await http()
        .post(`/api/reception/sessions/${session.id}/visits`)
        .set(await auth(OFFICER))
        .send({
          citizen: citizen('X', '001200077777', '0977777777'),
          contents: [{ contentType: 'proposal', category: 'other', summary: 'x' }],
        })
        .expect(422);

      // Next Monday: the planned session opens with its agenda; closing it again carries them on.
      t.clock.set('2026-03-09T01:30:00.000Z');
      const next = await openScheduled();
      expect(next.id).toBe(nextSessionId);
      const detail = (
        await http()
          .get(`/api/reception/sessions/${next.id}`)
          .set(await auth(OFFICER))
          .expect(200)
      ).body as ReceptionSessionDetailDto;
      expect(detail.agenda.map((a) => a.id).sort()).toEqual([group.cases[0].id, split.cases[1].id].sort());
      expect(detail.agenda.find((a) => a.id === group.cases[0].id)?.citizenName).toBe('Lê Thị Cúc');
      expect(detail.agenda.find((a) => a.id === split.cases[1].id)?.citizenName).toBeNull();
      await direct(split.cases[1].id, 'ASSIGN', {
        agencyId: agencies['AP-TP'].id,
      });
      const handler = await auth('chuyenvien.diachinh');
      await http()
        .post(`/api/cases/${group.cases[0].id}/events`)
        .set(handler)
        .send({ type: 'AGENCY_REPORT', payload: { report: 'Đã rà soát' } })
        .expect(200);
      await http()
        .post(`/api/cases/${group.cases[0].id}/events`)
        .set(await auth(OFFICER))
        .send({
          type: 'ANSWER_CITIZEN',
          payload: { answer: 'Giữ nguyên đơn giá' },
        })
        .expect(200);
      const again = (
        await http()
          .post(`/api/reception/sessions/${next.id}/close`)
          .set(await auth(OFFICER))
          .expect(200)
      ).body as CloseReceptionSessionResponse;
      expect(again.carriedOver.map((c) => c.id)).toEqual([split.cases[1].id]);
      expect(again.nextSession.date).toBe('2026-03-16');
    });

    it('exports the register (form 03/TCD) of the session, as JSON and as Excel', async () => {
      const register = (
        await http()
          .get('/api/reception/register')
          .query({ sessionId: session.id })
          .set(await auth(OFFICER))
          .expect(200)
      ).body as ReceptionRegisterDto;
      expect(register).toMatchObject({ from: '2026-03-02', to: '2026-03-02' });
      expect(register.title).toContain('Phường An Phú');
      // single + group + two split matters + refused visit + repeat = 6 rows.
      expect(register.rows.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6]);
      const [first, grp, reflection, denunciation, refusal, rep] = register.rows;
      expect(first).toMatchObject({
        date: '2026-03-02',
        nameAndAddress: 'Nguyễn Văn Bình, Số 5 đường Lê Lợi, phường An Phú',
        idNumber: '001200012345',
        type: 'Khiếu nại – Đất đai',
        people: 1,
        previouslyHandledBy: 'Tổ dân phố 2',
        withinCompetence: 'Có',
        caseCode: single.cases[0].code,
      });
      expect(first.guidance).toContain('Trả lời trực tiếp');
      expect(grp).toMatchObject({
        people: 12,
        acceptedBy: agencies['AP-DC'].name,
        withinCompetence: 'Có',
      });
      expect(grp.note).toContain('đại diện: Lê Thị Cúc, Phạm Văn Dũng, Hoàng Văn Em');
      expect(grp.note).toContain('Chuyển kỳ tiếp sau');
      expect(grp.followUp).toContain('Giữ nguyên đơn giá');
      expect(reflection).toMatchObject({
        withinCompetence: 'Không',
        guidance: 'Hướng dẫn đến Phòng Cảnh sát môi trường Công an tỉnh',
      });
      expect(denunciation).toMatchObject({
        type: 'Tố cáo – Trật tự xây dựng',
        idNumber: '',
      });
      expect(denunciation.nameAndAddress).not.toContain('Hạnh');
      expect(refusal).toMatchObject({ caseCode: null, summary: '' });
      expect(refusal.note).toContain('Từ chối tiếp');
      expect(rep.note).toContain('Từ chối: already_resolved');
      // The register's note column marks the repeat visit with the case it repeats.
      expect(rep.note).toContain(`Đến nhiều lần: lặp lại vụ việc ${single.cases[0].code}`);

      const xlsx = await http()
        .get('/api/reception/register.xlsx')
        .query({ sessionId: session.id })
        .set(await auth(OFFICER))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(xlsx.headers['content-disposition']).toContain('so-tiep-cong-dan_2026-03-02_2026-03-02.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.worksheets[0];
      expect(sheet.getCell(1, 1).value).toBe(register.title);
      const header = (sheet.getRow(4).values as unknown[]).slice(1);
      expect(header).toEqual([
        'STT',
        'Ngày tiếp',
        'Họ tên, địa chỉ',
        'Số CCCD/CMND',
        'Nội dung vụ việc',
        'Phân loại đơn/vụ việc',
        'Số người',
        'Cơ quan đã giải quyết',
        'Thuộc thẩm quyền',
        'Hướng dẫn, trả lời',
        'Cơ quan tiếp nhận, xử lý',
        'Theo dõi kết quả giải quyết',
        'Ghi chú',
        'Mã hồ sơ',
        'Hồ sơ khiếu nại/tố cáo đã mở',
      ]);
      expect(sheet.getRow(6).getCell(3).value).toBe('Lê Thị Cúc, Số 5 đường Lê Lợi, phường An Phú');
      expect(sheet.getRow(6).getCell(7).value).toBe(12);
      expect(sheet.getRow(5).getCell(2).value).toBe('02/03/2026');
      expect(sheet.rowCount).toBe(4 + 6);

      // A period covers both Mondays; the register of another commune is out of reach.
      const period = (
        await http()
          .get('/api/reception/register')
          .query({ from: '2026-03-01', to: '2026-03-31' })
          .set(await auth(OFFICER))
          .expect(200)
      ).body as ReceptionRegisterDto;
      expect(period.rows).toHaveLength(6);
      await http()
        .get('/api/reception/register')
        .query({ sessionId: session.id })
        .set(await auth('tiepdan.namkhoa'))
        .expect(404);
    });

    it('lets the citizen look the case up with the code and the last 4 phone digits, revealing nothing else', async () => {
      const code = group.cases[0].code;
      const ok = await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', '203.0.113.7')
        .send({ code, phoneLast4: '1111' })
        .expect(200);
      expect(ok.body).toEqual({
        code,
        receivedOn: '2026-03-02',
        status: { vi: 'Đã trả lời công dân', en: 'Citizen answered' },
        closed: false,
        nextDueDate: null,
        outcome: {
          vi: 'Đã trả lời: Giữ nguyên đơn giá',
          en: 'Answered: Giữ nguyên đơn giá',
        },
        // A visit's case has no decision and no second-complaint window.
        decidedOn: null,
        secondComplaint: null,
        // Answered: the citizen may rate it (once).
        answered: true,
        rating: null,
      });
      // A case with a running clock shows its next due date; the denunciation's visit phone works too.
      const open = await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', '203.0.113.7')
        .send({ code: split.cases[1].code.toLowerCase(), phoneLast4: '4321' })
        .expect(200);
      expect(open.body).toMatchObject({
        nextDueDate: '2026-03-16',
        closed: false,
      });
      expect(JSON.stringify(open.body)).not.toMatch(/Hạnh|001200054321|0987654321/);

      const wrongDigits = await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', '203.0.113.7')
        .send({ code, phoneLast4: '0000' })
        .expect(404);
      const wrongCode = await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', '203.0.113.7')
        .send({ code: 'TD-2026-999999', phoneLast4: '1111' })
        .expect(404);
      const strip = (body: Record<string, unknown>) => ({
        ...body,
        requestId: undefined,
        instance: undefined,
      });
      expect(strip(wrongDigits.body)).toEqual(strip(wrongCode.body));
      expect(wrongDigits.body.code).toBe('LOOKUP_NOT_FOUND');
      await http().post('/api/public/lookup').set('X-Forwarded-For', '203.0.113.7').send({ code, phoneLast4: '12' }).expect(400);
    });

    it('throttles lookups per address', async () => {
      const ip = '198.51.100.23';
      for (let i = 0; i < PUBLIC_LOOKUP_LIMIT.attempts; i++) {
        await http()
          .post('/api/public/lookup')
          .set('X-Forwarded-For', ip)
          .send({ code: `TD-2026-00000${i}`, phoneLast4: '9999' })
          .expect(404);
      }
      const throttled = await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', ip)
        .send({ code: group.cases[0].code, phoneLast4: '1111' })
        .expect(429);
      expect(throttled.body).toMatchObject({ code: 'LOOKUP_THROTTLED' });
      expect(JSON.stringify(throttled.body)).not.toContain(group.cases[0].code);
      // Another address is unaffected; the window passes.
      await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', '198.51.100.24')
        .send({ code: group.cases[0].code, phoneLast4: '1111' })
        .expect(200);
      t.clock.advance(PUBLIC_LOOKUP_LIMIT.windowMs);
      await http()
        .post('/api/public/lookup')
        .set('X-Forwarded-For', ip)
        .send({ code: group.cases[0].code, phoneLast4: '1111' })
        .expect(200);
    });

    it('looks back 12 months only for duplicates', async () => {
      t.clock.set('2027-03-10T02:00:00.000Z');
      const late = (
        await http()
          .post('/api/reception/duplicates')
          .send({ idNumber: '001200012345' })
          .set(await auth(OFFICER))
          .expect(200)
      ).body as DuplicateCheckResponse;
      expect(late.candidates).toEqual([]);
    });
  });

  it('takes no visit into a session left open on an earlier day; closing it late carries over to a session ahead', async () => {
    // Monday 1 June 2026: the session is opened and a visit logged, and nobody closes it.
    t.clock.set('2026-06-01T02:00:00.000Z');
    const old = await openScheduled();
    const visit = await logVisit(old.id, {
      citizen: citizen('Đinh Thị Muộn', '001190000555', '0905000555'),
      contents: [
        {
          contentType: 'proposal',
          category: 'land',
          summary: 'Đề nghị sửa đường ngõ 12 bị sụt lún',
        },
      ],
    });

    // A Sunday three weeks on.
    t.clock.set('2026-06-21T03:00:00.000Z');
    const today = (
      await http()
        .get('/api/reception/today')
        .set(await auth(OFFICER))
        .expect(200)
    ).body as ReceptionTodayDto;
    expect(today.today).toBe('2026-06-21');
    expect(today.openSession).toBeNull();
    expect(today.staleSession).toMatchObject({
      id: old.id,
      date: '2026-06-01',
      visitCount: 1,
    });
    expect(today.isReceptionDay).toBe(false);
    expect(today.next[0].date).toBe('2026-06-22');

    const refused = await http()
      .post(`/api/reception/sessions/${old.id}/visits`)
      .set(await auth(OFFICER))
      .send({
        citizen: citizen('Lê Văn Trễ', '001190000556', '0905000556'),
        contents: [{ contentType: 'proposal', category: 'land', summary: 'Kiến nghị' }],
      })
      .expect(409);
    expect(refused.body.code).toBe('RECEPTION_SESSION_OF_ANOTHER_DAY');
    expect(refused.body.message.vi).toContain('01/06/2026');
    expect(refused.body.message.en).toContain('21/06/2026');
    // Nothing was half-written: the old session still holds its one visit.
    expect(await sql(`SELECT count(*)::int AS n FROM reception_visits WHERE session_id = $1`, [old.id])).toEqual([{ n: 1 }]);

    // An ad-hoc session cannot open beside it either: the message says which session to close.
    const blocked = await http()
      .post('/api/reception/sessions')
      .set(await auth(OFFICER))
      .send({ kind: 'ad_hoc', reason: 'Đoàn đông người' })
      .expect(409);
    expect(blocked.body).toMatchObject({ sessionDate: '2026-06-01' });

    // Closed three weeks late, it carries its unresolved case to the next session ahead (Monday 22 June), not to a day gone by.
    const closed = (
      await http()
        .post(`/api/reception/sessions/${old.id}/close`)
        .set(await auth(OFFICER))
        .expect(200)
    ).body as CloseReceptionSessionResponse;
    expect(closed.nextSession.date).toBe('2026-06-22');
    expect(closed.carriedOver.map((c) => c.id)).toEqual(visit.cases.map((c) => c.id));

    const after = (
      await http()
        .get('/api/reception/today')
        .set(await auth(OFFICER))
        .expect(200)
    ).body as ReceptionTodayDto;
    expect(after.staleSession).toBeNull();
    const adHoc = (
      await http()
        .post('/api/reception/sessions')
        .set(await auth(OFFICER))
        .send({ kind: 'ad_hoc', reason: 'Đoàn đông người' })
        .expect(201)
    ).body as ReceptionSessionDto;
    expect(adHoc.date).toBe('2026-06-21');
    await http()
      .post(`/api/reception/sessions/${adHoc.id}/close`)
      .set(await auth(OFFICER))
      .expect(200);
  });

  it('keeps reception to commune desks: no login, wrong role or province user gets nothing', async () => {
    t.clock.set('2027-03-10T02:00:00.000Z');
    await http().get('/api/reception/today').expect(401);
    await http()
      .get('/api/reception/today')
      .set(await auth('chuyenvien.diachinh'))
      .expect(403);
    const province = await http()
      .get('/api/reception/today')
      .set(await auth('lanhdao.tinh'))
      .expect(403);
    expect(province.body.code).toBe('RECEPTION_NO_COMMUNE');
    const bad = await http()
      .post('/api/reception/sessions')
      .set(await auth(OFFICER))
      .send({ kind: 'weekly' })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('kind');
  });
});
