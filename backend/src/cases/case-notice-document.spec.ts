import { COMPLAINT_REFUSAL_GROUNDS, DENUNCIATION_REFUSAL_GROUNDS, type CaseType } from '@tiep-dan/contracts';
import { renderPdf } from '../platform/documents/pdf-document';
import {
  COMPLAINT_REFUSAL_WORDING,
  DENUNCIATION_REFUSAL_WORDING,
  noticeDocument,
  noticeIssuer,
  SEALED_DENOUNCER,
  type NoticeCase,
} from './case-notice-document';
import { noticeFacts, type NoticeFacts } from './case-notices';

// pdf-parse's index runs a self-test when it has no parent module; its library entry does not.
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;

const AN_PHU = { name: 'Phường An Phú', kind: 'commune' as const };
const MINH_AN = { name: 'Tỉnh Minh An', kind: 'province' as const };
const issuer = noticeIssuer(AN_PHU, { name: 'Công chức Địa chính – Xây dựng phường An Phú', kind: 'unit' }, MINH_AN);
const AT = '2026-03-04T02:00:00.000Z';
const CANARY = 'Canary Nguyễn';
const base = { caseId: 'c1', receivedAt: '2026-03-02T02:00:00.000Z', remote: false, updatedAt: AT };

function aCase(type: CaseType, withPetitioner = true): NoticeCase {
  return {
    code: 'KN-2026-000042',
    type,
    summary: 'Khiếu nại quyết định thu hồi đất tại tổ dân phố 3',
    receivedAt: '2026-03-02T02:00:00.000Z',
    petitioner: withPetitioner ? { fullName: CANARY, address: 'Số 5, tổ dân phố 3' } : null,
  };
}

function facts(kind: Parameters<typeof noticeFacts>[0], type: CaseType, state: string, context: Record<string, unknown>): NoticeFacts {
  const read = noticeFacts(kind, type, state, context);
  if (!read) throw new Error(`no ${kind} for ${type} in ${state}`);
  return read;
}

/** The notice's text as a reader sees it: NFC, whitespace collapsed. */
async function textOf(...args: Parameters<typeof noticeDocument>): Promise<string> {
  const { text } = await pdfParse(await renderPdf(noticeDocument(...args).definition));
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

const MOTTO = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'ỦY BAN NHÂN DÂN',
  'PHƯỜNG AN PHÚ',
  'An Phú, ngày 04 tháng 3 năm 2026',
  'Nơi nhận:',
  'CHỦ TỊCH',
];

describe('noticeIssuer', () => {
  it('has the commune People’s Committee sign for the commune’s units, through its chairman', () => {
    expect(issuer).toEqual({
      name: 'Ủy ban nhân dân phường An Phú',
      header: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG AN PHÚ'],
      symbol: 'UBND',
      place: 'An Phú',
      signer: 'CHỦ TỊCH',
    });
    expect(noticeIssuer(AN_PHU, null, MINH_AN).name).toBe('Ủy ban nhân dân phường An Phú');
  });

  it('has a province department sign as its head, under the province People’s Committee', () => {
    expect(noticeIssuer(AN_PHU, { name: 'Sở Nông nghiệp và Môi trường', kind: 'department' }, MINH_AN)).toEqual({
      name: 'Sở Nông nghiệp và Môi trường',
      header: ['ỦY BAN NHÂN DÂN TỈNH MINH AN', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
      symbol: 'SNNMT',
      place: 'Minh An',
      signer: 'THỦ TRƯỞNG CƠ QUAN',
    });
    expect(noticeIssuer(AN_PHU, MINH_AN, null)).toMatchObject({
      name: 'Ủy ban nhân dân tỉnh Minh An',
      header: ['ỦY BAN NHÂN DÂN', 'TỈNH MINH AN'],
    });
  });
});

describe('noticeDocument rendered to PDF', () => {
  it('words every refusal ground', () => {
    for (const ground of COMPLAINT_REFUSAL_GROUNDS) expect(COMPLAINT_REFUSAL_WORDING[ground]).toMatch(/Điều 11/);
    for (const ground of DENUNCIATION_REFUSAL_GROUNDS) expect(DENUNCIATION_REFUSAL_WORDING[ground].length).toBeGreaterThan(20);
  });

  it('prints the acceptance of a complaint to the complainant, citing Luật Khiếu nại Art. 27', async () => {
    const text = await textOf({
      facts: facts('acceptance', 'complaint', 'accepted.verification', { ...base, acceptedAt: AT }),
      case: aCase('complaint'),
      issuer,
    });
    for (const line of MOTTO) expect(text).toContain(line);
    expect(text).toContain('Số: /TB-UBND');
    expect(text).toContain('THÔNG BÁO Về việc thụ lý giải quyết khiếu nại');
    expect(text).toContain(`Kính gửi: Ông/Bà ${CANARY}`);
    expect(text).toContain('Địa chỉ: Số 5, tổ dân phố 3');
    expect(text).toContain('Căn cứ Điều 27 Luật Khiếu nại năm 2011');
    expect(text).toContain('thụ lý giải quyết khiếu nại lần đầu kể từ ngày 04 tháng 3 năm 2026');
    expect(text).toContain('Điều 28 Luật Khiếu nại năm 2011');
    expect(text).toContain('Ngày 02/03/2026, Ủy ban nhân dân phường An Phú nhận được đơn khiếu nại');
    expect(text).toContain('KN-2026-000042');
  });

  it('prints a second complaint’s acceptance with its own time limit (Art. 37)', async () => {
    const text = await textOf({
      facts: facts('acceptance', 'complaint', 'accepted', { ...base, acceptedAt: AT, level: 'second' }),
      case: aCase('complaint'),
      issuer,
    });
    expect(text).toContain('Về việc thụ lý giải quyết khiếu nại lần hai');
    expect(text).toContain('Điều 37 Luật Khiếu nại năm 2011');
  });

  it('prints the acceptance of a denunciation without the denouncer, even if one were passed (Luật Tố cáo Art. 29(3), 47)', async () => {
    const text = await textOf({
      facts: facts('acceptance', 'denunciation', 'accepted', { ...base, acceptedAt: AT }),
      case: aCase('denunciation'),
      issuer,
    });
    expect(text).toContain('Về việc thụ lý tố cáo');
    expect(text).toContain(`Kính gửi: ${SEALED_DENOUNCER}`);
    expect(text).toContain('khoản 3 Điều 29 Luật Tố cáo năm 2018');
    expect(text).toContain('Người bị tố cáo (thông báo về nội dung tố cáo)');
    expect(text).not.toContain('Canary');
    expect(text).not.toContain('tổ dân phố 3,');
    expect(text).not.toContain('Số 5');
  });

  it.each(COMPLAINT_REFUSAL_GROUNDS.map((g) => [g]))('prints a complaint’s refusal on the ground %s', async (ground) => {
    const context = { ...base, refusal: { ground, reason: 'Đơn gửi sau 90 ngày kể từ ngày nhận quyết định.', at: AT } };
    const text = await textOf({ facts: facts('refusal', 'complaint', 'notAccepted', context), case: aCase('complaint'), issuer });
    expect(text).toContain('Về việc không thụ lý giải quyết khiếu nại');
    expect(text).toContain('Căn cứ Điều 11 và Điều 27 Luật Khiếu nại năm 2011');
    expect(text).toContain(`vì lý do: ${COMPLAINT_REFUSAL_WORDING[ground]}.`);
    expect(text).toContain('Cụ thể: Đơn gửi sau 90 ngày kể từ ngày nhận quyết định.');
    expect(text).toContain(`Kính gửi: Ông/Bà ${CANARY}`);
  });

  it.each(DENUNCIATION_REFUSAL_GROUNDS.map((g) => [g]))('prints a denunciation’s refusal on the ground %s, sealed', async (ground) => {
    const context = { ...base, refusal: { ground, reason: 'Không có tài liệu, chứng cứ kèm theo', at: AT } };
    const text = await textOf({
      facts: facts('refusal', 'denunciation', 'notAccepted', context),
      case: aCase('denunciation', false),
      issuer,
    });
    expect(text).toContain('Về việc không thụ lý tố cáo');
    expect(text).toContain('Căn cứ Điều 29 Luật Tố cáo năm 2018');
    expect(text).toContain(`vì lý do: ${DENUNCIATION_REFUSAL_WORDING[ground]}.`);
    expect(text).toContain(`Kính gửi: ${SEALED_DENOUNCER}`);
  });

  it('prints a complaint’s forwarding slip to the named body, with the note', async () => {
    const context = { ...base, forwarding: { toBody: 'Sở Tài nguyên và Môi trường', at: AT, note: 'Kèm 3 tài liệu' } };
    const text = await textOf({ facts: facts('forwarding-slip', 'complaint', 'forwarded', context), case: aCase('complaint'), issuer });
    expect(text).toContain('PHIẾU CHUYỂN ĐƠN Về việc chuyển đơn khiếu nại');
    expect(text).toContain('Số: /PC-UBND');
    expect(text).toContain('Kính gửi: Sở Tài nguyên và Môi trường');
    expect(text).toContain('chuyển đơn đến Sở Tài nguyên và Môi trường để xem xét, giải quyết theo thẩm quyền');
    expect(text).toContain('Thông tư số 05/2021/TT-TTCP');
    expect(text).toContain('Ghi chú: Kèm 3 tài liệu.');
    expect(text).toContain(`Ông/Bà ${CANARY} (để biết)`);
  });

  it('prints a denunciation’s forwarding slip with its number, to the agency by name, sealed (Luật Tố cáo Art. 24(2))', async () => {
    const context = { ...base, forwardedTo: 'agency-id', forwardDecidedAt: AT, forwardSlipNo: '12/PC' };
    const text = await textOf({
      facts: facts('forwarding-slip', 'denunciation', 'forwarded', context),
      case: aCase('denunciation', false),
      issuer,
      destinationName: 'Công an phường An Phú',
    });
    expect(text).toContain('Số: 12/PC');
    expect(text).toContain('Về việc chuyển đơn tố cáo');
    expect(text).toContain('Kính gửi: Công an phường An Phú');
    expect(text).toContain('khoản 2 Điều 24 Luật Tố cáo năm 2018');
    expect(text).toContain('đã lược bỏ thông tin cá nhân của người tố cáo');
    expect(text).not.toContain('agency-id');
  });

  it('prints a proposal’s forwarding slip to the body it was transferred to', async () => {
    const context = { ...base, transferredTo: 'Công ty Điện lực Minh An', closedAt: AT };
    const text = await textOf({ facts: facts('forwarding-slip', 'proposal', 'transferred', context), case: aCase('proposal'), issuer });
    expect(text).toContain('Về việc chuyển đơn kiến nghị');
    expect(text).toContain('Kính gửi: Công ty Điện lực Minh An');
    expect(text).toContain(`đơn kiến nghị của ông/bà ${CANARY}`);
  });

  it('prints the guidance letter of a complaint to the competent body', async () => {
    const context = { ...base, guidedTo: 'Tòa án nhân dân khu vực 1 tỉnh Minh An', closedAt: AT };
    const text = await textOf({ facts: facts('guidance', 'complaint', 'guided', context), case: aCase('complaint'), issuer });
    expect(text).toContain('Số: /HD-UBND');
    expect(text).toContain('VĂN BẢN HƯỚNG DẪN');
    expect(text).toContain(`Kính gửi: Ông/Bà ${CANARY}`);
    expect(text).toContain(`hướng dẫn ông/bà ${CANARY} gửi đơn đến Tòa án nhân dân khu vực 1 tỉnh Minh An`);
    expect(text).toContain('Luật Khiếu nại năm 2011');
    expect(text).toContain('Việc hướng dẫn chỉ thực hiện một lần');
  });

  it('prints the guidance letter of a reception case, leaving the addressee blank when no citizen is named', async () => {
    const context = { ...base, guidedTo: 'Văn phòng đăng ký đất đai', directedAt: AT };
    const text = await textOf({ facts: facts('guidance', 'reception', 'guided', context), case: aCase('reception', false), issuer });
    expect(text).toContain('tại buổi tiếp công dân');
    expect(text).toContain('Căn cứ Luật Tiếp công dân năm 2013');
    expect(text).toContain('Kính gửi: Ông/Bà ......');
    expect(text).toContain('gửi đơn đến Văn phòng đăng ký đất đai');
  });

  it('signs a department’s notice as its head', async () => {
    const department = noticeIssuer(AN_PHU, { name: 'Sở Xây dựng', kind: 'department' }, MINH_AN);
    const text = await textOf({
      facts: facts('acceptance', 'complaint', 'accepted', { ...base, acceptedAt: AT }),
      case: aCase('complaint'),
      issuer: department,
    });
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH MINH AN');
    expect(text).toContain('SỞ XÂY DỰNG');
    expect(text).toContain('Số: /TB-SXD');
    expect(text).toContain('Minh An, ngày 04 tháng 3 năm 2026');
    expect(text).toContain('THỦ TRƯỞNG CƠ QUAN');
  });

  it('names the file in Vietnamese, with an ASCII fallback', () => {
    const doc = noticeDocument({
      facts: facts('guidance', 'complaint', 'guided', { ...base, guidedTo: 'Tòa án' }),
      case: aCase('complaint'),
      issuer,
    });
    expect(doc.fileName).toBe('Văn bản hướng dẫn KN-2026-000042.pdf');
    expect(doc.asciiFileName).toBe('van-ban-huong-dan-KN-2026-000042.pdf');
  });
});
