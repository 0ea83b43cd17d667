import request from 'supertest';
import type { AgencyDto, CaseDetailDto, CaseNoticeKind } from '@tiep-dan/contracts';
import { bearer, login } from './support/auth';
import { startTestApp, TestApp } from './support/test-app';
import { testDatabases } from './support/test-database';

// pdf-parse's index runs a self-test when it has no parent module; its library entry does not.
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;

const OFFICER = 'tiepdan.anphu';
const LEADER = 'lanhdao.anphu';
const LAND = 'chuyenvien.diachinh';
const POLICE = 'chuyenvien.congan';
const CANARY = 'Canary Nguyễn';
const CANARY_PHONE = '0900004242';
const CANARY_ADDRESS = 'Số 9 ngõ Chim Hoàng Yến';

function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe.each(testDatabases())('case notices on $kind', (db) => {
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

  async function create(username: string, body: Record<string, unknown>): Promise<CaseDetailDto> {
    const res = await http()
      .post('/api/cases')
      .set(await auth(username))
      .send(body);
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CaseDetailDto;
  }

  async function send(username: string, id: string, type: string, payload: Record<string, unknown> = {}): Promise<CaseDetailDto> {
    const res = await http()
      .post(`/api/cases/${id}/events`)
      .set(await auth(username))
      .send({ type, payload });
    if (res.status !== 200) throw new Error(`${type} by ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as CaseDetailDto;
  }

  /** Downloads a notice and returns its text as a reader sees it (NFC, whitespace collapsed). */
  async function notice(username: string, id: string, kind: CaseNoticeKind): Promise<{ text: string; fileName: string }> {
    const res = await http()
      .get(`/api/cases/${id}/notices/${kind}`)
      .set(await auth(username))
      .buffer(true)
      .parse(binary);
    if (res.status !== 200) throw new Error(`${kind} failed: ${res.status} ${(res.body as Buffer).toString('utf8')}`);
    expect(res.headers['content-type']).toBe('application/pdf');
    const disposition = String(res.headers['content-disposition']);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.pdf"; /);
    const { text } = await pdfParse(res.body as Buffer);
    return { text: text.normalize('NFC').replace(/\s+/g, ' '), fileName: decodeURIComponent(encoded) };
  }

  const complaint = (extra: Record<string, unknown> = {}) => ({
    type: 'complaint',
    channel: 'post',
    category: 'land',
    summary: 'Khiếu nại quyết định thu hồi đất của hộ gia đình tại tổ dân phố 3',
    leadAgencyId: agencies['AP-DC'].id,
    petitioner: {
      fullName: 'Trần Thị Khiếu',
      address: 'Số 12, tổ dân phố 3, phường An Phú',
      phone: '0911000111',
      idNumber: '001190000111',
    },
    ...extra,
  });
  const denunciation = (extra: Record<string, unknown> = {}) => ({
    type: 'denunciation',
    channel: 'post',
    category: 'land',
    summary: 'Tố cáo cán bộ địa chính nhận tiền khi đo đạc đất',
    leadAgencyId: agencies['AP-CA'].id,
    denouncer: { fullName: CANARY, phone: CANARY_PHONE, address: CANARY_ADDRESS, idNumber: '001300004242' },
    ...extra,
  });
  /** Nothing of the denouncer given at creation is in a denunciation's notice (Luật Tố cáo 2018 Art. 47). */
  const expectNoDenouncer = (text: string) => {
    for (const secret of ['Canary', CANARY_PHONE, CANARY_ADDRESS, '001300004242']) expect(text).not.toContain(secret);
  };
  const SEALED = 'Kính gửi: Người tố cáo (thông tin cá nhân được giữ bí mật theo Điều 47 Luật Tố cáo)';

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
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
  });

  describe('with the machines of today', () => {
    it('prints a complaint’s acceptance notice to the complainant, citing Luật Khiếu nại Art. 27', async () => {
      const created = await create(OFFICER, complaint());
      const accepted = await send(LAND, created.id, 'TRIAGE_ACCEPT', { agencyId: agencies['AP-DC'].id });
      const { text, fileName } = await notice(LAND, accepted.id, 'acceptance');
      expect(fileName).toBe(`Thông báo thụ lý ${created.code}.pdf`);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('ỦY BAN NHÂN DÂN PHƯỜNG AN PHÚ');
      expect(text).toContain('Số: /TB-UBND');
      expect(text).toContain('An Phú, ngày 02 tháng 3 năm 2026');
      expect(text).toContain('THÔNG BÁO Về việc thụ lý giải quyết khiếu nại');
      expect(text).toContain('Kính gửi: Ông/Bà Trần Thị Khiếu');
      expect(text).toContain('Địa chỉ: Số 12, tổ dân phố 3, phường An Phú');
      expect(text).toContain('Căn cứ Điều 27 Luật Khiếu nại năm 2011');
      expect(text).toContain(created.code);
      expect(text).toContain('Nơi nhận:');
      expect(text).toContain('CHỦ TỊCH');
      // Least data (Nghị định 13/2023/NĐ-CP): the phone and ID number are not printed.
      expect(text).not.toContain('0911000111');
      expect(text).not.toContain('001190000111');
    });

    it('prints a complaint’s guidance letter to the competent body', async () => {
      const created = await create(OFFICER, complaint());
      await send(OFFICER, created.id, 'TRIAGE_GUIDE', { body: 'Tòa án nhân dân khu vực 1 tỉnh Minh An' });
      const { text, fileName } = await notice(OFFICER, created.id, 'guidance');
      expect(fileName).toBe(`Văn bản hướng dẫn ${created.code}.pdf`);
      expect(text).toContain('VĂN BẢN HƯỚNG DẪN');
      expect(text).toContain('Kính gửi: Ông/Bà Trần Thị Khiếu');
      expect(text).toContain('gửi đơn đến Tòa án nhân dân khu vực 1 tỉnh Minh An');
      expect(text).toContain('Căn cứ Luật Khiếu nại năm 2011 và Thông tư số 05/2021/TT-TTCP');
    });

    it('prints the forwarding slip of a proposal transferred to another body', async () => {
      const created = await create(OFFICER, {
        type: 'proposal',
        channel: 'reception',
        category: 'other',
        summary: 'Đề nghị sửa chữa đường dây điện hạ thế bị võng',
        petitioner: { fullName: 'Lê Văn Kiến', address: 'Tổ dân phố 2' },
      });
      await send(OFFICER, created.id, 'TRANSFER', { toBody: 'Công ty Điện lực Minh An' });
      const { text, fileName } = await notice(OFFICER, created.id, 'forwarding-slip');
      expect(fileName).toBe(`Phiếu chuyển đơn ${created.code}.pdf`);
      expect(text).toContain('PHIẾU CHUYỂN ĐƠN Về việc chuyển đơn kiến nghị');
      expect(text).toContain('Kính gửi: Công ty Điện lực Minh An');
      expect(text).toContain('chuyển đơn đến Công ty Điện lực Minh An để xem xét, giải quyết theo thẩm quyền');
      expect(text).toContain('đơn kiến nghị của ông/bà Lê Văn Kiến');
    });

    it('prints a denunciation’s acceptance notice that never names the denouncer (Luật Tố cáo Art. 29(3), 47)', async () => {
      const created = await create(OFFICER, denunciation());
      await send(POLICE, created.id, 'ACCEPT', { agencyId: agencies['AP-CA'].id });
      const { text } = await notice(POLICE, created.id, 'acceptance');
      expect(text).toContain('THÔNG BÁO Về việc thụ lý tố cáo');
      expect(text).toContain('khoản 3 Điều 29 Luật Tố cáo năm 2018');
      expect(text).toContain('Người bị tố cáo (thông báo về nội dung tố cáo)');
      expect(text).toContain(SEALED);
      expectNoDenouncer(text);
    });

    it('prints a forwarded denunciation’s slip with the agency’s name when only its id is known', async () => {
      const created = await create(OFFICER, denunciation());
      await send(POLICE, created.id, 'FORWARD', { toAgencyId: agencies['MA-TTR'].id });
      const { text } = await notice(POLICE, created.id, 'forwarding-slip');
      expect(text).toContain('Kính gửi: Thanh tra tỉnh');
      expect(text).toContain('khoản 2 Điều 24 Luật Tố cáo năm 2018');
      expect(text).not.toContain(agencies['MA-TTR'].id);
      expect(text).toContain('đã lược bỏ thông tin cá nhân của người tố cáo');
      expectNoDenouncer(text);
    });

    it('prints a reception case’s guidance letter', async () => {
      const created = await create(OFFICER, {
        type: 'reception',
        channel: 'reception',
        category: 'land',
        summary: 'Hỏi về tranh chấp đất đai với hộ liền kề',
        petitioner: { fullName: 'Phạm Văn Tiếp', address: 'Tổ dân phố 1' },
      });
      await send(LEADER, created.id, 'GUIDE', { body: 'Tòa án nhân dân khu vực 1 tỉnh Minh An' });
      const { text } = await notice(OFFICER, created.id, 'guidance');
      expect(text).toContain('tại buổi tiếp công dân');
      expect(text).toContain('Kính gửi: Ông/Bà Phạm Văn Tiếp');
      expect(text).toContain('Căn cứ Luật Tiếp công dân năm 2013');
      expect(text).toContain('gửi đơn đến Tòa án nhân dân khu vực 1 tỉnh Minh An');
    });

    it('refuses an unknown kind (400 naming kind), a notice the case has not (422), outside the scope (404) and without a token (401)', async () => {
      const created = await create(OFFICER, complaint());
      const unknown = await http()
        .get(`/api/cases/${created.id}/notices/receipt`)
        .set(await auth(OFFICER))
        .expect(400);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
      expect((unknown.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['kind']);

      const early = await http()
        .get(`/api/cases/${created.id}/notices/acceptance`)
        .set(await auth(OFFICER))
        .expect(422);
      expect(early.headers['content-type']).toContain('application/problem+json');
      expect(early.body).toMatchObject({ code: 'CASE_NOTICE_NOT_AVAILABLE', kind: 'acceptance', state: 'received', availableNotices: [] });
      expect((early.body as { message: { vi: string; en: string } }).message.vi).toContain('thông báo thụ lý');
      expect((early.body as { message: { vi: string; en: string } }).message.en).toContain('acceptance notice');

      await http()
        .get(`/api/cases/${created.id}/notices/acceptance`)
        .set(await auth('tiepdan.namkhoa'))
        .expect(404);
      await http().get(`/api/cases/${created.id}/notices/acceptance`).expect(401);
      await http()
        .get(`/api/cases/not-a-uuid/notices/acceptance`)
        .set(await auth(OFFICER))
        .expect(400);
    });
  });

  describe('with the v2 machines (complaint v2, denunciation v2)', () => {
    it('prints a complaint’s refusal notice with the ground in words (Luật Khiếu nại Art. 11)', async () => {
      const created = await create(OFFICER, complaint());
      const refused = await send(LAND, created.id, 'TRIAGE_REFUSE', {
        ground: 'time_limit_passed',
        reason: 'Đơn gửi sau hơn 90 ngày kể từ ngày nhận quyết định thu hồi đất',
      });
      expect(refused.state).toBe('notAccepted');
      expect(refused.notices).toEqual(['refusal']);
      const { text, fileName } = await notice(LAND, created.id, 'refusal');
      expect(fileName).toBe(`Thông báo không thụ lý ${created.code}.pdf`);
      expect(text).toContain('THÔNG BÁO Về việc không thụ lý giải quyết khiếu nại');
      expect(text).toContain('Kính gửi: Ông/Bà Trần Thị Khiếu');
      expect(text).toContain('Căn cứ Điều 11 và Điều 27 Luật Khiếu nại năm 2011');
      expect(text).toContain('thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng');
      expect(text).toContain('Đơn gửi sau hơn 90 ngày kể từ ngày nhận quyết định thu hồi đất');
    });

    it('prints a forwarded complaint’s slip to the named body, with the note', async () => {
      const created = await create(OFFICER, complaint());
      const forwarded = await send(LAND, created.id, 'TRIAGE_FORWARD', {
        toBody: 'Sở Tài nguyên và Môi trường',
        note: 'Kèm theo 3 tài liệu',
      });
      expect(forwarded.state).toBe('forwarded');
      expect(forwarded.notices).toEqual(['forwarding-slip']);
      const { text } = await notice(LAND, created.id, 'forwarding-slip');
      expect(text).toContain('PHIẾU CHUYỂN ĐƠN Về việc chuyển đơn khiếu nại');
      expect(text).toContain('Kính gửi: Sở Tài nguyên và Môi trường');
      expect(text).toContain('Ghi chú: Kèm theo 3 tài liệu.');
      expect(text).toContain('Thông tư số 05/2021/TT-TTCP');
    });

    it('prints a denunciation’s forwarding slip with its number once sent, sealed (Luật Tố cáo Art. 24(2))', async () => {
      const created = await create(OFFICER, denunciation());
      const deciding = await send(POLICE, created.id, 'FORWARD', { toBody: 'Công an tỉnh Minh An' });
      expect(deciding.notices).toEqual(['forwarding-slip']);
      const sent = await send(POLICE, created.id, 'SEND_FORWARD', { slipNo: '12/PC' });
      expect(sent.state).toBe('forwarded');
      const { text } = await notice(POLICE, created.id, 'forwarding-slip');
      expect(text).toContain('Số: 12/PC');
      expect(text).toContain('Kính gửi: Công an tỉnh Minh An');
      expect(text).toContain('khoản 2 Điều 24 Luật Tố cáo năm 2018');
      expectNoDenouncer(text);
    });

    it('prints a denunciation’s refusal notice with the ground in words, sealed (Luật Tố cáo Art. 29)', async () => {
      const created = await create(OFFICER, denunciation());
      const refused = await send(POLICE, created.id, 'REFUSE_ACCEPTANCE', {
        ground: 'no_basis',
        reason: 'Đơn không nêu cụ thể thời gian, địa điểm',
      });
      expect(refused.state).toBe('notAccepted');
      expect(refused.notices).toEqual(['refusal']);
      const { text } = await notice(POLICE, created.id, 'refusal');
      expect(text).toContain('THÔNG BÁO Về việc không thụ lý tố cáo');
      expect(text).toContain('Căn cứ Điều 29 Luật Tố cáo năm 2018');
      expect(text).toContain('nội dung tố cáo không có cơ sở để xác minh hành vi vi phạm pháp luật');
      expect(text).toContain('Đơn không nêu cụ thể thời gian, địa điểm');
      expect(text).toContain(SEALED);
      expectNoDenouncer(text);
    });
  });
});
