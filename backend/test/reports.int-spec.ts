import { Workbook } from 'exceljs';
import request from 'supertest';
import type {
  AgencyDto,
  CaseDetailDto,
  LetterDto,
  PeriodReportDto,
  ReportForm,
  ReportItemsDto,
  ReportRow,
  ReportTable,
  ReceptionSessionDto,
  ReceptionVisitDto,
} from '@tiep-dan/contracts';
import { DeadlineSweeper } from '../src/cases/deadline-sweeper';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

const PASSWORD = 'BaoCao2026abcd';
const Q1 = { from: '2026-01-01', to: '2026-03-31' };

/** An instant given as a Vietnam date and time. */
const vn = (day: string, time = '09:00') => new Date(`${day}T${time}:00+07:00`).toISOString();

/**
 * The periodic forms of Thông tư 02/2021/TT-TTCP, checked cell by cell against a quarter counted by hand.
 *
 * Phường Báo Cáo (BC), first quarter of 2026 (the period), with what came before and after it:
 *
 * Reception (visits; R = the reception case of a matter, K/D/P = the complaint, denunciation or proposal it opened)
 *  V0 15/12/2025 Monday session S0 (the head): 1 person, complaint (land) → assigned; K0 accepted 20/12, upheld 10/01.
 *  S1 05/01 Monday session, the head:
 *   V1 6 people (a group), complaint (land) R1a/K8 + proposal (social policy) R1b/P1b; both assigned; K8 accepted 06/01.
 *   V2 1 person, reflection (environment) R2, a repeat of V0's matter (R0, still being handled) → guided.
 *   V3 refused (not a petition).
 *  S2 14/01 ad-hoc session held by an authorised deputy:
 *   V4 2 people, complaint (land) R4a/K9 → assigned (K9 never accepted) + denunciation (construction) R4b/D3 → guided,
 *      so D3 is forwarded.
 *  S3 20/01 the officers' regular reception:
 *   V5 1 person, proposal (land) R5 → answered on the spot.
 *   V6 7 people (a group), complaint (other) R6/K10 → no direction yet.
 *  S4 02/03 Monday session, the head: V7 1 person, complaint (land) R7/K11, a repeat of K0 (decided) → guided.
 *  S5 16/03 Monday session held by an authorised deputy, nobody came.
 * Letters
 *  L0 22/12/2025 one signatory, complaint (land) K1: accepted 05/01, its 30 days passed 04/02 (swept 10/02), rejected
 *     20/02: late.
 *  L1 08/01 one, complaint (land) K2: accepted 12/01, suspended 01/02.
 *  L2 15/01 four signatories, complaint (social policy) K3 + proposal (land) P3: K3 accepted 16/01, partly upheld
 *     10/02; P3 accepted 16/01.
 *  L3 05/02 one, denunciation (land) D1: accepted 06/02, concluded 01/03.
 *  L4 10/02 one, denunciation (other) D2: accepted 11/02, withdrawn 20/02.
 *  L5 05/03 one, complaint (environment) K4: forwarded 06/03.
 *  L6 10/03 one, reflection (other) P6: transferred on 03/04, after the period.
 *  L7 12/03 two signatories, complaint (land) K5: archived 13/03.
 *  L9 02/04 (after the period), complaint K12.
 * Cases registered without a letter
 *  C7 06/01 post, complaint (land) K7: accepted 07/01, withdrawn 30/01.
 *  C6 25/01 post, second complaint (social policy) on K0 → K6: accepted 26/01, dialogue, first decision confirmed 20/02.
 *  C5 20/03 online, complaint (other) K13: not handled.
 * Xã Báo Cáo Hai (B2): V8 02/02 regular reception, 1 person, reflection (other) R8 answered on the spot; L8 03/02 one
 * signatory, proposal (land) P8, not handled.
 */
describe.each(testDatabases())('periodic reports (Thông tư 02/2021) on $kind', (db) => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  const tokens = new Map<string, string>();
  const ids: Record<string, string> = {};
  /** Case codes and ids by the fixture's names (K1, R4a, D2…), and letters and visits by theirs. */
  const code: Record<string, string> = {};
  const caseId: Record<string, string> = {};
  const sessions: Record<string, ReceptionSessionDto> = {};
  const visits: Record<string, ReceptionVisitDto> = {};
  const letters: Record<string, LetterDto> = {};

  async function auth(username: string): Promise<Record<string, string>> {
    const key = `${username}@${t.clock.now().toISOString()}`;
    let token = tokens.get(key);
    if (!token) {
      token = (await login(t, username, username.includes('.bc') ? PASSWORD : undefined)).accessToken;
      tokens.set(key, token);
    }
    return bearer(token);
  }

  async function post<T>(username: string, url: string, body: object): Promise<T> {
    const res = await http()
      .post(url)
      .set(await auth(username))
      .send(body);
    if (res.status !== 201 && res.status !== 200) throw new Error(`POST ${url} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  async function send(username: string, name: string, type: string, payload: Record<string, unknown> = {}): Promise<void> {
    await post<CaseDetailDto>(username, `/api/cases/${caseId[name]}/events`, {
      type,
      payload,
    });
  }

  const remember = (name: string, c: { id: string; code: string }) => {
    caseId[name] = c.id;
    code[name] = c.code;
  };

  const citizen = (name: string) => ({ fullName: name, phone: '0912345678' });

  async function openSession(name: string, officer: string, body: Record<string, unknown>): Promise<void> {
    sessions[name] = await post<ReceptionSessionDto>(officer, '/api/reception/sessions', body);
  }

  async function closeSession(name: string, officer: string): Promise<void> {
    await post(officer, `/api/reception/sessions/${sessions[name].id}/close`, {});
  }

  /** Logs a visit; each matter's reception case is remembered as R<name><a|b>, its statutory case under `statutory`. */
  async function visit(
    name: string,
    session: string,
    officer: string,
    body: Record<string, unknown>,
    matterNames: string[] = [],
    statutory: (string | null)[] = [],
  ): Promise<void> {
    const v = await post<ReceptionVisitDto>(officer, `/api/reception/sessions/${sessions[session].id}/visits`, body);
    visits[name] = v;
    v.cases.forEach((c, i) => {
      remember(matterNames[i], c);
      const own = statutory[i];
      if (own && c.statutoryCase) remember(own, c.statutoryCase);
    });
  }

  async function letter(name: string, body: Record<string, unknown>, matterNames: string[], officer = 'tiepdan.bc'): Promise<void> {
    const l = await post<LetterDto>(officer, '/api/letters', {
      channel: 'post',
      senders: [citizen(`Người gửi ${name}`)],
      summary: `Đơn ${name}`,
      ...body,
    });
    letters[name] = l;
    l.matters.forEach((m, i) => remember(matterNames[i], { id: m.caseId, code: m.code }));
  }

  const matter = (type: string, category: string, summary: string, leadAgencyId = ids['BC-DC']) => ({
    type,
    category,
    summary,
    leadAgencyId,
  });

  async function sweep(): Promise<void> {
    const sweeper = t.app.get(DeadlineSweeper);
    while ((await sweeper.sweepOnce()) > 0);
  }

  /** Verifies and decides a complaint with the given outcome, signed by the ward chairman (the deciding seat). */
  async function decide(name: string, outcome: string): Promise<void> {
    await send('chuyenvien.bc', name, 'RECORD_VERIFICATION', {
      findings: `Kết quả xác minh ${name}`,
      demandMatchesFindings: true,
    });
    await send('chuyenvien.bc', name, 'PROPOSE_DECISION', {
      summary: `Quyết định ${name}`,
      outcome,
    });
    await send('lanhdao.bc', name, 'APPROVE', {
      documentNo: `${name}/QĐ-UBND`,
    });
  }

  beforeAll(async () => {
    t = await startTestApp(db, { SCHEDULER_ENABLED: 'false' });
    t.clock.set(vn('2025-12-01'));
    const agencies = (
      await http()
        .get('/api/agencies')
        .set(await auth('quantri'))
        .expect(200)
    ).body as AgencyDto[];
    const province = agencies.find((a) => a.code === 'MA');
    if (!province) throw new Error('demo province missing');
    ids['MA'] = province.id;
    for (const a of agencies) ids[a.code] = a.id;
    const agency = async (codeOf: string, kind: string, parentId: string, name: string) =>
      (ids[codeOf] = (
        await post<AgencyDto>('quantri', '/api/agencies', {
          code: codeOf,
          kind,
          parentId,
          name,
        })
      ).id);
    await agency('BC', 'commune', province.id, 'Phường Báo Cáo');
    await agency('BC-DC', 'unit', ids['BC'], 'Địa chính phường Báo Cáo');
    await agency('B2', 'commune', province.id, 'Xã Báo Cáo Hai');
    for (const [username, role, agencyCode] of [
      ['lanhdao.bc', 'leader', 'BC'],
      ['tiepdan.bc', 'reception_officer', 'BC'],
      ['chuyenvien.bc', 'agency_handler', 'BC-DC'],
      ['truong.bc', 'agency_head', 'BC-DC'],
      ['lanhdao.b2.bc', 'leader', 'B2'],
      ['tiepdan.b2.bc', 'reception_officer', 'B2'],
    ])
      await post('quantri', '/api/users', {
        username,
        fullName: `Cán bộ ${username}`,
        password: PASSWORD,
        role,
        agencyId: ids[agencyCode],
      });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('refuses a leader on the regular reception, and an unknown lead', async () => {
    t.clock.set(vn('2025-12-10'));
    for (const body of [
      { kind: 'regular', ledBy: 'head' },
      { kind: 'scheduled', ledBy: 'boss' },
    ]) {
      const res = await http()
        .post('/api/reception/sessions')
        .set(await auth('tiepdan.bc'))
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['ledBy']);
      expect(res.body.message.vi).toBeTruthy();
      expect(res.body.message.en).toBeTruthy();
    }
  });

  it('builds the quarter: visits, sessions, letters, complaints and denunciations', async () => {
    const officer = 'tiepdan.bc';
    const leader = 'lanhdao.bc';
    // ---- before the period ----
    t.clock.set(vn('2025-12-15'));
    await openSession('S0', officer, { kind: 'scheduled' });
    await visit(
      'V0',
      'S0',
      officer,
      {
        citizen: citizen('Công dân V0'),
        contents: [
          {
            contentType: 'complaint',
            category: 'land',
            summary: 'Khiếu nại thu hồi đất V0',
          },
        ],
      },
      ['R0'],
      ['K0'],
    );
    await send(leader, 'R0', 'ASSIGN', { agencyId: ids['BC-DC'] });
    await closeSession('S0', officer);
    t.clock.set(vn('2025-12-20'));
    await send('chuyenvien.bc', 'K0', 'TRIAGE_ACCEPT', {
      agencyId: ids['BC-DC'],
    });
    t.clock.set(vn('2025-12-22'));
    await letter('L0', { matters: [matter('complaint', 'land', 'Khiếu nại đền bù L0')] }, ['K1']);
    // ---- the period: January ----
    t.clock.set(vn('2026-01-05'));
    await send('chuyenvien.bc', 'K1', 'TRIAGE_ACCEPT', {
      agencyId: ids['BC-DC'],
    });
    await openSession('S1', officer, { kind: 'scheduled' });
    expect(sessions['S1'].ledBy).toBe('head');
    await visit(
      'V1',
      'S1',
      officer,
      {
        citizen: citizen('Đại diện đoàn V1'),
        groupSize: 6,
        representatives: [citizen('Đại diện đoàn V1')],
        contents: [
          {
            contentType: 'complaint',
            category: 'land',
            summary: 'Khiếu nại bồi thường V1',
          },
          {
            contentType: 'proposal',
            category: 'social_policy',
            summary: 'Kiến nghị trợ cấp V1',
          },
        ],
      },
      ['R1a', 'R1b'],
      ['K8', null],
    );
    await visit(
      'V2',
      'S1',
      officer,
      {
        citizen: citizen('Công dân V2'),
        duplicateOf: caseId['R0'],
        contents: [
          {
            contentType: 'reflection',
            category: 'environment',
            summary: 'Phản ánh ô nhiễm V2',
          },
        ],
      },
      ['R2'],
    );
    await visit('V3', 'S1', officer, {
      citizen: citizen('Công dân V3'),
      contents: [],
      refusal: { reason: 'not_a_petition', note: 'Hỏi thủ tục' },
    });
    await send(leader, 'R1a', 'ASSIGN', { agencyId: ids['BC-DC'] });
    await send(leader, 'R1b', 'ASSIGN', { agencyId: ids['BC-DC'] });
    await send(leader, 'R2', 'GUIDE', {
      body: 'Sở Tài nguyên và Môi trường',
    });
    await closeSession('S1', officer);
    t.clock.set(vn('2026-01-06'));
    await send('chuyenvien.bc', 'K8', 'TRIAGE_ACCEPT', {
      agencyId: ids['BC-DC'],
    });
    remember(
      'K7',
      await post<CaseDetailDto>(officer, '/api/cases', {
        type: 'complaint',
        channel: 'post',
        category: 'land',
        summary: 'Khiếu nại cấp giấy chứng nhận C7',
        leadAgencyId: ids['BC-DC'],
        petitioner: citizen('Công dân C7'),
      }),
    );
    t.clock.set(vn('2026-01-07'));
    await send('chuyenvien.bc', 'K7', 'TRIAGE_ACCEPT', {
      agencyId: ids['BC-DC'],
    });
    t.clock.set(vn('2026-01-08'));
    await letter('L1', { matters: [matter('complaint', 'land', 'Khiếu nại cấp đất L1')] }, ['K2']);
    t.clock.set(vn('2026-01-10'));
    await decide('K0', 'upheld');
    t.clock.set(vn('2026-01-12'));
    await send('chuyenvien.bc', 'K2', 'TRIAGE_ACCEPT', {
      agencyId: ids['BC-DC'],
    });
    t.clock.set(vn('2026-01-14'));
    await openSession('S2', officer, {
      kind: 'ad_hoc',
      reason: 'Đông người',
      ledBy: 'delegate',
    });
    await visit(
      'V4',
      'S2',
      officer,
      {
        citizen: citizen('Công dân V4'),
        groupSize: 2,
        contents: [
          {
            contentType: 'complaint',
            category: 'land',
            summary: 'Khiếu nại giải tỏa V4',
          },
          {
            contentType: 'denunciation',
            category: 'construction',
            summary: 'Tố cáo xây dựng trái phép V4',
          },
        ],
      },
      ['R4a', 'R4b'],
      ['K9', 'D3'],
    );
    await send(leader, 'R4a', 'ASSIGN', { agencyId: ids['BC-DC'] });
    await send(leader, 'R4b', 'GUIDE', { body: 'Thanh tra tỉnh' });
    await closeSession('S2', officer);
    t.clock.set(vn('2026-01-15'));
    await letter(
      'L2',
      {
        senders: [citizen('Người gửi L2')],
        signatoryCount: 4,
        matters: [matter('complaint', 'social_policy', 'Khiếu nại chế độ L2'), matter('proposal', 'land', 'Kiến nghị làm đường L2')],
      },
      ['K3', 'P3'],
    );
    t.clock.set(vn('2026-01-16'));
    await send('chuyenvien.bc', 'K3', 'TRIAGE_ACCEPT', {
      agencyId: ids['BC-DC'],
    });
    await send(officer, 'P3', 'ACCEPT', { agencyId: ids['BC-DC'] });
    t.clock.set(vn('2026-01-20'));
    await openSession('S3', officer, { kind: 'regular' });
    expect(sessions['S3'].ledBy).toBeNull();
    expect(sessions['S3'].leaders).toEqual([]);
    await visit(
      'V5',
      'S3',
      officer,
      {
        citizen: citizen('Công dân V5'),
        contents: [
          {
            contentType: 'proposal',
            category: 'land',
            summary: 'Kiến nghị cắm mốc V5',
          },
        ],
      },
      ['R5'],
    );
    await visit(
      'V6',
      'S3',
      officer,
      {
        citizen: citizen('Đại diện đoàn V6'),
        groupSize: 7,
        representatives: [citizen('Đại diện đoàn V6')],
        contents: [
          {
            contentType: 'complaint',
            category: 'other',
            summary: 'Khiếu nại phí chợ V6',
          },
        ],
      },
      ['R6'],
      ['K10'],
    );
    await send(leader, 'R5', 'ANSWER_ON_SPOT', {
      answer: 'Đã trả lời tại buổi tiếp',
    });
    await closeSession('S3', officer);
    t.clock.set(vn('2026-01-25'));
    remember(
      'K6',
      await post<CaseDetailDto>(officer, '/api/cases', {
        type: 'complaint',
        channel: 'post',
        category: 'social_policy',
        summary: 'Khiếu nại lần hai C6',
        level: 'second',
        secondComplaintOf: caseId['K0'],
        leadAgencyId: ids['BC-DC'],
        petitioner: citizen('Công dân C6'),
      }),
    );
    t.clock.set(vn('2026-01-26'));
    // A second complaint opens at the province, whose chairman accepts it and has the ward's land office verify.
    await send('lanhdao.tinh', 'K6', 'TRIAGE_ACCEPT', {
      agencyId: ids['BC-DC'],
    });
    await send('chuyenvien.bc', 'K6', 'RECORD_VERIFICATION', {
      findings: 'Xác minh K6',
      demandMatchesFindings: false,
    });
    await send('chuyenvien.bc', 'K6', 'SCHEDULE_DIALOGUE', {
      date: '2026-02-05',
      place: 'Trụ sở UBND phường',
      participants: ['Công dân C6', 'Địa chính'],
    });
    t.clock.set(vn('2026-01-30'));
    await send('chuyenvien.bc', 'K7', 'WITHDRAW', {
      reason: 'Đã được giải thích, rút đơn',
    });
    // ---- February ----
    t.clock.set(vn('2026-02-01'));
    await send('truong.bc', 'K2', 'SUSPEND', {
      reason: 'Chờ kết quả giám định',
    });
    t.clock.set(vn('2026-02-02'));
    await openSession('S6', 'tiepdan.b2.bc', { kind: 'regular' });
    await visit(
      'V8',
      'S6',
      'tiepdan.b2.bc',
      {
        citizen: citizen('Công dân V8'),
        contents: [
          {
            contentType: 'reflection',
            category: 'other',
            summary: 'Phản ánh đèn đường V8',
          },
        ],
      },
      ['R8'],
    );
    await send('lanhdao.b2.bc', 'R8', 'ANSWER_ON_SPOT', {
      answer: 'Đã trả lời',
    });
    await closeSession('S6', 'tiepdan.b2.bc');
    t.clock.set(vn('2026-02-03'));
    await letter(
      'L8',
      {
        matters: [{ type: 'proposal', category: 'land', summary: 'Kiến nghị đất L8' }],
      },
      ['P8'],
      'tiepdan.b2.bc',
    );
    t.clock.set(vn('2026-02-05'));
    await letter(
      'L3',
      {
        channel: 'email',
        matters: [matter('denunciation', 'land', 'Tố cáo cán bộ địa chính L3')],
      },
      ['D1'],
    );
    await send('chuyenvien.bc', 'K6', 'RECORD_DIALOGUE_MINUTES', {
      minutes: 'Biên bản đối thoại K6',
    });
    t.clock.set(vn('2026-02-06'));
    await send('chuyenvien.bc', 'D1', 'ACCEPT', { agencyId: ids['BC-DC'] });
    await send('chuyenvien.bc', 'D1', 'NOTIFY_DENOUNCER', {});
    t.clock.set(vn('2026-02-10'));
    await send('chuyenvien.bc', 'K3', 'RECORD_VERIFICATION', {
      findings: 'Xác minh K3',
      demandMatchesFindings: true,
    });
    await send('chuyenvien.bc', 'K3', 'PROPOSE_DECISION', {
      summary: 'Quyết định K3',
      outcome: 'partly_upheld',
    });
    await send('lanhdao.bc', 'K3', 'APPROVE', {});
    await letter(
      'L4',
      {
        matters: [matter('denunciation', 'other', 'Tố cáo thu tiền sai L4')],
      },
      ['D2'],
    );
    t.clock.set(vn('2026-02-10', '10:00'));
    // K1's 30 days from its acceptance on 5 January ended on 4 February.
    await sweep();
    t.clock.set(vn('2026-02-11'));
    await send('chuyenvien.bc', 'D2', 'ACCEPT', { agencyId: ids['BC-DC'] });
    t.clock.set(vn('2026-02-20'));
    await decide('K1', 'rejected');
    await send('chuyenvien.bc', 'K6', 'PROPOSE_DECISION', {
      summary: 'Giữ nguyên quyết định lần đầu',
      outcome: 'rejected',
    });
    await send('lanhdao.tinh', 'K6', 'APPROVE', {});
    await send('chuyenvien.bc', 'D1', 'RECORD_VERIFICATION', {
      findings: 'Xác minh D1',
    });
    await send('chuyenvien.bc', 'D2', 'WITHDRAW', {
      reason: 'Người tố cáo rút tố cáo',
    });
    // ---- March ----
    t.clock.set(vn('2026-03-01'));
    await send('lanhdao.bc', 'D1', 'CONCLUDE', {
      conclusion: 'Kết luận nội dung tố cáo D1',
    });
    t.clock.set(vn('2026-03-02'));
    await openSession('S4', officer, { kind: 'scheduled', ledBy: 'head' });
    await visit(
      'V7',
      'S4',
      officer,
      {
        citizen: citizen('Công dân V7'),
        duplicateOf: caseId['K0'],
        contents: [
          {
            contentType: 'complaint',
            category: 'land',
            summary: 'Khiếu nại lại thu hồi đất V7',
          },
        ],
      },
      ['R7'],
      ['K11'],
    );
    await send(leader, 'R7', 'GUIDE', { body: 'UBND tỉnh' });
    await closeSession('S4', officer);
    t.clock.set(vn('2026-03-05'));
    await letter(
      'L5',
      {
        matters: [matter('complaint', 'environment', 'Khiếu nại xả thải L5')],
      },
      ['K4'],
    );
    t.clock.set(vn('2026-03-06'));
    await send(officer, 'K4', 'TRIAGE_FORWARD', {
      toBody: 'Sở Tài nguyên và Môi trường',
    });
    t.clock.set(vn('2026-03-10'));
    await letter('L6', { matters: [matter('reflection', 'other', 'Phản ánh tiếng ồn L6')] }, ['P6']);
    t.clock.set(vn('2026-03-12'));
    await letter(
      'L7',
      {
        senders: [citizen('Người gửi L7 thứ nhất'), citizen('Người gửi L7 thứ hai')],
        matters: [matter('complaint', 'land', 'Khiếu nại trùng L7')],
      },
      ['K5'],
    );
    t.clock.set(vn('2026-03-13'));
    await send(officer, 'K5', 'TRIAGE_ARCHIVE', {
      reason: 'Đơn trùng',
      ground: 'duplicate',
    });
    t.clock.set(vn('2026-03-16'));
    await openSession('S5', officer, {
      kind: 'scheduled',
      ledBy: 'delegate',
    });
    await closeSession('S5', officer);
    t.clock.set(vn('2026-03-20'));
    remember(
      'K13',
      await post<CaseDetailDto>(officer, '/api/cases', {
        type: 'complaint',
        channel: 'online',
        category: 'other',
        summary: 'Khiếu nại trực tuyến C5',
        leadAgencyId: ids['BC-DC'],
        petitioner: citizen('Công dân C5'),
      }),
    );
    // ---- after the period ----
    t.clock.set(vn('2026-04-02'));
    await letter('L9', { matters: [matter('complaint', 'land', 'Khiếu nại quý hai L9')] }, ['K12']);
    t.clock.set(vn('2026-04-03'));
    await send(officer, 'P6', 'TRANSFER', { toBody: 'Công ty điện lực' });
    expect(Object.keys(code)).toHaveLength(30);
  });

  async function report(username: string, communeId?: string): Promise<PeriodReportDto> {
    const res = await http()
      .get('/api/dashboard/reports')
      .query({ ...Q1, ...(communeId ? { communeId } : {}) })
      .set(await auth(username));
    expect(res.status).toBe(200);
    return res.body as PeriodReportDto;
  }

  /** A row's cells in the form's column order (null is "—"). */
  const cells = (table: ReportTable, row: ReportRow) => table.columns.map((c) => row.values[c.key]);
  const rowOf = (table: ReportTable, communeCode: string) => {
    const row = table.rows.find((r) => r.communeId === ids[communeCode]);
    if (!row) throw new Error(`no row ${communeCode} in ${table.form}`);
    return row;
  };
  const _ = null;
  const zeros = (n: number, dashes: number[] = []) => Array.from({ length: n }, (__, i) => (dashes.includes(i + 1) ? null : 0));

  /** Every cell of every form, counted by hand from the story above: Phường Báo Cáo, Xã Báo Cáo Hai. */
  // prettier-ignore
  const EXPECTED: Record<ReportForm, { BC: (number | null)[]; B2: (number | null)[]; notesBC: Record<string, number> }> = {
    '01/TCD': {
      //   1   2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29
      BC: [6, 18, 8, 2, 8, 2, 0, 1, 7, 1, 0, 2, 3, 8, 2, 2, 1, 6, 2, 0, 2, 1, 2, 2, 0, 0, 0, 0, 0],
      B2: [1,  1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      notesBC: { refused: 1 },
    },
    '02/TCD': {
      //  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16
      BC: [6, 8, 4, 4, 0, 1, 2, 3, 3, 4, 2, 3, 2, 1, _, _],
      B2: [1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, _, _],
      notesBC: { pending: 1, notEligible: 0 },
    },
    '01/XLD': {
      //   1  2  3  4  5   6  7   8   9  10 11 12 13 14 15 16  17  18 19 20 21 22 23 24 25 26
      BC: [17, 0, 1, _, 5, 11, _, 14, 13, 16, 9, 2, 2, 2, 0, 1, 10, 10, 7, 2, 1, 3, 2, 1, _, _],
      B2: [ 2, 0, 0, _, 0,  2, _,  1,  1,  1, 0, 0, 1, 0, 0, 0,  1,  1, 0, 0, 1, 0, 0, 0, _, _],
      notesBC: { notEligible: 1 },
    },
    '02/XLD': {
      //   1  2  3  4  5   6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30
      BC: [12, 0, 1, 5, 6, 10, 1, 9, 9, 9, 9, 2, 6, 1, _, _, 0, 2, 0, _, 0, 7, 7, 6, 1, 2, 1, 1, _, _],
      B2: zeros(30, [15, 16, 20, 29, 30]),
      notesBC: { notEligible: 1 },
    },
    '03/XLD': {
      //  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33
      BC: [2, 0, 0, _, 0, 2, _, 2, 0, 2, 2, 3, 2, 0, 2, _, 0, _, _, _, 1, 3, 0, 0, 0, 2, 2, 0, 1, 0, 1, _, _],
      B2: zeros(33, [4, 7, 16, 18, 19, 20, 32, 33]),
      notesBC: { notEligible: 0 },
    },
    '04/XLD': {
      //  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24
      BC: [3, 0, 0, _, 0, 3, _, 2, 0, 2, 2, 4, 1, 2, _, 1, 0, 1, 3, 3, 0, 0, _, _],
      B2: [2, 0, 0, _, 0, 2, _, 1, 0, 1, 1, 1, 0, 0, _, 1, 0, 0, 1, 1, 0, 0, _, _],
      notesBC: { notEligible: 0, guided: 1 },
    },
    '01/KQGQ': {
      //  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26
      BC: [7, 1, 6, 7, 4, 1, _, _, _, _, _, _, _, _, _, _, _, _, _, 1, 1, 1, 1, 0, 4, 1],
      B2: zeros(26, [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]),
      notesBC: { suspended: 1, unresolved: 2 },
    },
    '03/KQGQ': {
      //  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
      BC: [2, 0, 2, 2, 0, 2, 1, 0, 1, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, 2, 0],
      B2: zeros(31, [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]),
      notesBC: { suspended: 0, unresolved: 0, escalated: 0 },
    },
  };

  it('counts every cell of every form for the commune, as counted by hand', async () => {
    const r = await report('lanhdao.bc');
    expect(r.area).toEqual({
      kind: 'commune',
      id: ids['BC'],
      name: 'Phường Báo Cáo',
    });
    expect(r.tables.map((x) => x.form)).toEqual(['01/TCD', '02/TCD', '01/XLD', '02/XLD', '03/XLD', '04/XLD', '01/KQGQ', '03/KQGQ']);
    for (const table of r.tables) {
      const expected = EXPECTED[table.form];
      expect({ form: table.form, rows: table.rows.length }).toEqual({
        form: table.form,
        rows: 1,
      });
      expect({
        form: table.form,
        cells: cells(table, rowOf(table, 'BC')),
      }).toEqual({ form: table.form, cells: expected.BC });
      expect({ form: table.form, notes: rowOf(table, 'BC').notes }).toEqual({
        form: table.form,
        notes: expected.notesBC,
      });
      expect(table.total.values).toEqual(rowOf(table, 'BC').values);
      // The columns are numbered 1..n in the form's order, "Ghi chú" next.
      expect(table.columns.map((c) => c.no)).toEqual(expected.BC.map((__, i) => i + 1));
      expect(table.notesNo).toBe(expected.BC.length + 1);
    }
  });

  it('has a row per commune for the province, and the total of them', async () => {
    const r = await report('lanhdao.tinh');
    expect(r.area).toMatchObject({ kind: 'province', id: ids['MA'] });
    for (const table of r.tables) {
      const expected = EXPECTED[table.form];
      expect(table.rows.map((x) => x.communeName).sort()).toEqual(
        ['Phường An Phú', 'Phường Báo Cáo', 'Xã Báo Cáo Hai', 'Xã Nậm Khoa'].sort(),
      );
      expect({
        form: table.form,
        BC: cells(table, rowOf(table, 'BC')),
        B2: cells(table, rowOf(table, 'B2')),
      }).toEqual({
        form: table.form,
        BC: expected.BC,
        B2: expected.B2,
      });
      const empty = expected.BC.map((v) => (v === null ? null : 0));
      expect(cells(table, rowOf(table, 'AP'))).toEqual(empty);
      expect(cells(table, rowOf(table, 'NK'))).toEqual(empty);
      expect({ form: table.form, total: cells(table, table.total) }).toEqual({
        form: table.form,
        total: expected.BC.map((v, i) => (v === null ? null : v + (expected.B2[i] ?? 0))),
      });
    }
    // A province user may narrow the report to one commune: the same as the commune's own.
    const narrowed = await report('thanhtra.tinh', ids['BC']);
    expect(narrowed.tables).toEqual((await report('lanhdao.bc')).tables);
  });

  async function items(username: string, form: string, column: string, query: Record<string, string> = {}): Promise<ReportItemsDto> {
    const res = await http()
      .get('/api/dashboard/reports/items')
      .query({ ...Q1, form, column, ...query })
      .set(await auth(username));
    if (res.status !== 200) throw new Error(`items ${form} ${column}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ReportItemsDto;
  }
  const codes = (d: ReportItemsDto) => d.items.map((i) => i.code).sort();
  const named = (...names: string[]) => names.map((n) => code[n]).sort();

  it('lists what each figure counts: visits, sessions, petitions and cases', async () => {
    const u = 'lanhdao.bc';
    // 01/TCD: the matters received, the people the head received, the deputy's sessions, the refused visit.
    expect(codes(await items(u, '01-TCD', 'c3'))).toEqual(named('R1a', 'R1b', 'R2', 'R4a', 'R4b', 'R5', 'R6', 'R7'));
    const people = await items(u, '01-TCD', 'c14');
    expect(people.value).toBe(8);
    expect(people.items.map((i) => [i.kind, i.code, i.people, i.weight])).toEqual([
      ['visit', `${code['R1a']}, ${code['R1b']}`, 6, 6],
      ['visit', code['R2'], 1, 1],
      ['visit', code['R7'], 1, 1],
    ]);
    expect(people.column.path.map((p) => p.vi)).toEqual([
      'Tiếp định kỳ và đột xuất của Thủ trưởng',
      'Thủ trưởng tiếp',
      'Số người được tiếp',
    ]);
    const deputy = await items(u, '01-TCD', 'c21');
    expect(deputy.items.map((i) => [i.kind, i.at])).toEqual([
      ['session', '2026-01-13T17:00:00.000Z'],
      ['session', '2026-03-15T17:00:00.000Z'],
    ]);
    const refused = await items(u, '01-TCD', 'note:refused');
    expect(refused.items.map((i) => [i.kind, i.id, i.summary])).toEqual([
      ['visit', visits['V3'].id, 'Từ chối tiếp: Không phải khiếu nại, tố cáo, kiến nghị, phản ánh'],
    ]);
    // 02/TCD: the desk denunciation forwarded; 01/XLD: the letter carried over, the one forwarded, the archived one.
    expect(codes(await items(u, '02-TCD', 'c14'))).toEqual(named('D3'));
    expect(codes(await items(u, '01-XLD', 'c3'))).toEqual([letters['L0'].code]);
    expect(codes(await items(u, '01-XLD', 'c24'))).toEqual([letters['L5'].code]);
    expect(codes(await items(u, '01-XLD', 'note:notEligible'))).toEqual([letters['L7'].code]);
    expect(codes(await items(u, '02-XLD', 'c25'))).toEqual(named('K6'));
    // KQGQ: decided late, the second decision confirming the first, the withdrawn complaint and denunciation.
    expect(codes(await items(u, '01-KQGQ', 'c26'))).toEqual(named('K1'));
    expect(codes(await items(u, '01-KQGQ', 'c23'))).toEqual(named('K6'));
    expect(codes(await items(u, '01-KQGQ', 'c6'))).toEqual(named('K7'));
    expect(codes(await items(u, '01-KQGQ', 'note:suspended'))).toEqual(named('K2'));
    expect(codes(await items(u, '03-KQGQ', 'c9'))).toEqual(named('D2'));
    expect(codes(await items(u, '03-KQGQ', 'c30'))).toEqual(named('D1', 'D2'));
    // No citizen's name in any list.
    const all = await items(u, '01-XLD', 'c1');
    expect(JSON.stringify(all)).not.toMatch(/Công dân|Người gửi|Đại diện/);

    // Every figure of every form is the sum of what its list shows, for the row and for the total.
    const province = await report('lanhdao.tinh');
    for (const table of province.tables)
      for (const column of table.columns.filter((c) => !c.unavailable))
        for (const row of [rowOf(table, 'BC'), table.total]) {
          const list = await items('lanhdao.tinh', table.slug, column.key, row.communeId ? { row: row.communeId } : {});
          expect({
            form: table.form,
            column: column.no,
            sum: list.items.reduce((s, i) => s + i.weight, 0),
          }).toEqual({
            form: table.form,
            column: column.no,
            sum: row.values[column.key],
          });
        }
  });

  it('refuses a column the form lacks or cannot count, a unit outside the report, and other areas', async () => {
    const u = 'lanhdao.bc';
    const get = async (query: Record<string, string>, username = u) =>
      http()
        .get('/api/dashboard/reports/items')
        .query({ ...Q1, ...query })
        .set(await auth(username));
    let res = await get({ form: '01-TCD', column: 'c99' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['column']);
    res = await get({ form: '02-TCD', column: 'c15' });
    expect(res.status).toBe(400);
    res = await get({ form: '05-XLD', column: 'c1' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['form']);
    res = await get({ form: '01-TCD', column: 'c1', row: ids['B2'] });
    expect(res.status).toBe(404);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['row']);
    res = await get({ form: '01-TCD', column: 'c1', communeId: ids['BC'] }, 'lanhdao.anphu');
    expect(res.status).toBe(404);
    res = await get({ form: '01-TCD', column: 'c1' }, 'chuyenvien.bc');
    expect(res.status).toBe(403);
    res = await http()
      .get('/api/dashboard/reports.xlsx')
      .query({ ...Q1 })
      .set(await auth(u));
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['form']);
  });

  async function workbook(username: string, form: string, communeId?: string): Promise<Workbook> {
    const res = await http()
      .get('/api/dashboard/reports.xlsx')
      .query({ ...Q1, form, ...(communeId ? { communeId } : {}) })
      .set(await auth(username))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`bieu-${form}-`);
    const book = new Workbook();
    await book.xlsx.load(res.body as unknown as Parameters<typeof book.xlsx.load>[0]);
    return book;
  }

  it("exports 01/TCD in the form's layout: merged headings, numbered columns, units as rows, signatures, the list", async () => {
    const book = await workbook('lanhdao.bc', '01-TCD');
    const sheet = book.getWorksheet('Biểu 01-TCD');
    if (!sheet) throw new Error('form sheet missing');
    expect(sheet.getCell('A1').value).toBe('PHƯỜNG BÁO CÁO');
    expect(sheet.getCell('Z1').value).toBe('Biểu số: 01/TCD');
    expect(sheet.getCell('A3').value).toBe('TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT');
    expect(sheet.getCell('A4').value).toBe('Số liệu tính từ ngày 01/01/2026 đến ngày 31/03/2026');
    // Headings on rows 7–10: each group merged over its sub-columns, each column down to the last heading row.
    expect([...sheet.model.merges].sort()).toEqual(
      expect.arrayContaining([
        'A7:A10', // Đơn vị
        'B7:B10', // 1 Tổng số lượt tiếp
        'E7:L7', // Tiếp thường xuyên (4–11)
        'E8:E10', // 4 Số lượt tiếp
        'G8:H8', // Số vụ việc (6–7)
        'I8:L8', // Trong đó đoàn đông người (8–11)
        'M7:AD7', // Tiếp định kỳ và đột xuất của Thủ trưởng (12–29)
        'M8:U8', // Thủ trưởng tiếp (12–20)
        'V8:AD8', // Ủy quyền tiếp (21–29)
        'M9:M10', // 12 Số kỳ tiếp
        'AE7:AE10', // Ghi chú
      ]),
    );
    expect(sheet.getCell('E7').value).toBe('Tiếp thường xuyên');
    expect(sheet.getCell('M7').value).toBe('Tiếp định kỳ và đột xuất của Thủ trưởng');
    expect(sheet.getCell('M8').value).toBe('Thủ trưởng tiếp');
    expect(sheet.getCell('V8').value).toBe('Ủy quyền tiếp');
    expect(sheet.getCell('G9').value).toBe('Tiếp lần đầu');
    expect(sheet.getCell('AE7').value).toBe('Ghi chú');
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(11)).toEqual([
      'MS',
      '1=4+13+22',
      '2=5+14+23',
      '3=6+7+15+16+24+25',
      ...Array.from({ length: 26 }, (__, i) => String(i + 4)),
      '30',
    ]);
    expect(values(12)).toEqual(['Phường Báo Cáo', ...EXPECTED['01/TCD'].BC, 'Từ chối tiếp: 1 lượt']);
    expect(values(13)).toEqual(['Tổng cộng', ...EXPECTED['01/TCD'].BC, 'Từ chối tiếp: 1 lượt']);
    const texts = sheet.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining(['NGƯỜI LẬP BIỂU', '(Ký, ghi rõ họ tên)']));
    const right = [...Array(40).keys()].map((r) => sheet.getCell(r + 1, 16).value);
    expect(right).toEqual(expect.arrayContaining(['THỦ TRƯỞNG ĐƠN VỊ', '(Ký tên, đóng dấu)']));

    // The list sheet: every visit, session and matter, with the columns it counts in.
    const list = book.getWorksheet('Danh sách');
    if (!list) throw new Error('list sheet missing');
    const rows = [...Array(list.rowCount - 1).keys()].map((i) => (list.getRow(i + 2).values as unknown[]).slice(1));
    const byCode = (c: string) => rows.find((r) => r[3] === c);
    expect(byCode(`${code['R4a']}, ${code['R4b']}`)).toEqual([
      expect.any(Number),
      'Phường Báo Cáo',
      'Lượt tiếp',
      `${code['R4a']}, ${code['R4b']}`,
      '14/01/2026',
      'Khiếu nại giải tỏa V4; Tố cáo xây dựng trái phép V4',
      2,
      '1, 2, 22, 23',
    ]);
    // V6 (a group of 7 at the regular reception) and its one matter R6 share the code: a visit and a case.
    const v6 = rows.filter((r) => r[3] === code['R6']);
    expect(v6.map((r) => [r[2], r[6], r[7]])).toEqual([
      ['Lượt tiếp', 7, '1, 2, 4, 5, 8, 9'],
      ['Vụ việc', '', '3, 6, 10'],
    ]);
    expect(rows.filter((r) => r[2] === 'Kỳ tiếp').map((r) => r[7])).toEqual(['12', '21', '12', '21']);
    expect(rows.filter((r) => r[7] === 'Ghi chú (Từ chối tiếp)')).toHaveLength(1);
  });

  it('exports the KQGQ and XLD forms for the province with a row per commune and "—" where no data exists', async () => {
    const kqgq = (await workbook('lanhdao.tinh', '01-KQGQ')).getWorksheet('Biểu 01-KQGQ');
    if (!kqgq) throw new Error('sheet missing');
    expect(kqgq.getCell('A1').value).toBe('TỈNH MINH AN');
    expect(kqgq.getCell('A3').value).toBe('TỔNG HỢP KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI THUỘC THẨM QUYỀN');
    const names = [12, 13, 14, 15, 16].map((r) => kqgq.getCell(r, 1).value);
    expect(names.slice(0, 4).sort()).toEqual(['Phường An Phú', 'Phường Báo Cáo', 'Xã Báo Cáo Hai', 'Xã Nậm Khoa'].sort());
    expect(names[4]).toBe('Tổng cộng');
    const bc = 12 + names.indexOf('Phường Báo Cáo');
    expect((kqgq.getRow(bc).values as unknown[]).slice(2, 28)).toEqual(EXPECTED['01/KQGQ'].BC.map((v) => v ?? '—'));
    expect(kqgq.getCell(bc, 28).value).toBe('Tạm đình chỉ: 1 vụ việc; Chưa giải quyết xong: 2 vụ việc');
    const notes = kqgq.getColumn(1).values.filter((v): v is string => typeof v === 'string' && v.startsWith('Cột '));
    expect(notes).toEqual([
      'Cột ghi "—": hệ thống chưa có số liệu để tổng hợp',
      'Cột 7, 8, 9, 10, 11, 12: Quy trình giải quyết chưa ghi số tiền, diện tích đất phải thu hồi hoặc trả lại.',
      'Cột 13, 14, 15, 16, 17, 18, 19: Quy trình giải quyết chưa ghi tổ chức, cá nhân được trả lại quyền lợi, bị kiến nghị xử lý hay chuyển cơ quan điều tra.',
    ]);
    const xld = (await workbook('lanhdao.tinh', '01-XLD')).getWorksheet('Biểu 01-XLD');
    if (!xld) throw new Error('sheet missing');
    expect(xld.getCell('B7').value).toBe('Tổng số đơn');
    expect(xld.getCell('C7').value).toBe('Kỳ trước chuyển sang');
    expect(xld.getCell('C8').value).toBe('Đơn có nhiều người đứng tên');
    expect(xld.getCell(10, 1).value).toBe('MS');
    expect(xld.getCell(10, 2).value).toBe('1=2+3+...+7');
    expect(xld.getCell(15, 1).value).toBe('Tổng cộng');
    expect(xld.getCell(15, 2).value).toBe(19);
  });
});
