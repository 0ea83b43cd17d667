import type { AgencyKind, CaseNoticeKind, CaseType, ComplaintRefusalGround, DenunciationRefusalGround } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { NoticeFacts } from './case-notices';

/**
 * The statutory notices of a case as pdfmake documents, laid out after the forms of Thông tư 05/2021/TT-TTCP and the
 * presentation rules of Nghị định 30/2020/NĐ-CP: issuing body and national motto, number and place/date line, title,
 * addressee, body citing the legal basis, recipients ("Nơi nhận") and the signature block left for the signer.
 *
 * Confidentiality (Luật Tố cáo 2018 Art. 47): a denunciation's notice never names the denouncer; the caller does not
 * even pass a petitioner for one, and `noticeDocument` ignores it if it did.
 */

/** Grounds not to accept a complaint, as Luật Khiếu nại 2011 Art. 11 words them. */
export const COMPLAINT_REFUSAL_WORDING: Record<ComplaintRefusalGround, string> = {
  not_administrative:
    'khiếu nại không thuộc đối tượng giải quyết theo Luật Khiếu nại hoặc quyết định hành chính, hành vi hành chính bị khiếu nại không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại (khoản 1, khoản 2 Điều 11 Luật Khiếu nại năm 2011)',
  no_standing:
    'người khiếu nại không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp, hoặc người đại diện không hợp pháp (khoản 3, khoản 4 Điều 11 Luật Khiếu nại năm 2011)',
  time_limit_passed: 'thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng (khoản 6 Điều 11 Luật Khiếu nại năm 2011)',
  already_resolved: 'khiếu nại đã có quyết định giải quyết khiếu nại lần hai (khoản 7 Điều 11 Luật Khiếu nại năm 2011)',
  before_court:
    'việc khiếu nại đã được Tòa án thụ lý hoặc đã được giải quyết bằng bản án, quyết định của Tòa án (khoản 9 Điều 11 Luật Khiếu nại năm 2011)',
  other: 'khiếu nại không đủ điều kiện thụ lý theo quy định tại Điều 11 Luật Khiếu nại năm 2011',
};

/** Grounds not to accept a denunciation, after Luật Tố cáo 2018 Art. 29. */
export const DENUNCIATION_REFUSAL_WORDING: Record<DenunciationRefusalGround, string> = {
  already_resolved: 'nội dung tố cáo đã được giải quyết mà người tố cáo không cung cấp thông tin, tình tiết mới',
  no_basis: 'nội dung tố cáo không có cơ sở để xác minh hành vi vi phạm pháp luật',
  no_capacity: 'người tố cáo không có đủ năng lực hành vi dân sự mà không có người đại diện theo quy định của pháp luật',
  other: 'tố cáo không đủ điều kiện thụ lý theo quy định tại Điều 29 Luật Tố cáo năm 2018',
};

/** The denouncer as every denunciation notice addresses them. */
export const SEALED_DENOUNCER = 'Người tố cáo (thông tin cá nhân được giữ bí mật theo Điều 47 Luật Tố cáo)';

const TT05 =
  'Thông tư số 05/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh';

const LETTER_OF: Record<CaseType, string> = {
  complaint: 'khiếu nại',
  denunciation: 'tố cáo',
  proposal: 'kiến nghị',
  reflection: 'phản ánh',
  reception: 'trình bày tại buổi tiếp công dân',
  commitment: 'cam kết',
};

/** File names: the Vietnamese one (sent as RFC 5987 `filename*`) and an ASCII fallback for old clients. */
const FILE_LABELS: Record<CaseNoticeKind, { vi: string; ascii: string }> = {
  acceptance: { vi: 'Thông báo thụ lý', ascii: 'thong-bao-thu-ly' },
  refusal: { vi: 'Thông báo không thụ lý', ascii: 'thong-bao-khong-thu-ly' },
  'forwarding-slip': { vi: 'Phiếu chuyển đơn', ascii: 'phieu-chuyen-don' },
  guidance: { vi: 'Văn bản hướng dẫn', ascii: 'van-ban-huong-dan' },
};

/** The body that issues and signs the notice. */
export interface NoticeIssuer {
  /** In running text: 'Ủy ban nhân dân phường An Phú', 'Sở Xây dựng'. */
  name: string;
  /** The header block, upper case, the superior body first: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG AN PHÚ']. */
  header: [string, string];
  /** Abbreviation of the number line: 'UBND' in 'Số: …/TB-UBND'. */
  symbol: string;
  /** Place of the date line: 'An Phú'. */
  place: string;
  /** Title of the signature block. */
  signer: 'CHỦ TỊCH' | 'THỦ TRƯỞNG CƠ QUAN';
}

export interface NoticeAgency {
  name: string;
  kind: AgencyKind;
}

const UBND = 'Ủy ban nhân dân';

/** 'Phường An Phú' → 'An Phú': the place name of the date line. */
function placeOf(name: string): string {
  return name.replace(/^(tỉnh|thành phố|phường|xã|thị trấn|đặc khu)\s+/iu, '');
}

/** 'Phường An Phú' → 'phường An Phú', inside a sentence. */
function inSentence(name: string): string {
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}

/** 'Sở Nông nghiệp và Môi trường' → 'SNNMT': the usual abbreviation of a body in a document's number. */
function abbreviation(name: string): string {
  return name
    .split(/\s+/u)
    .filter((word) => word && word.toLocaleLowerCase('vi') !== 'và')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi'))
    .join('');
}

/**
 * Who issues a case's notices: the province's department that leads the case signs as its head; otherwise the People's
 * Committee signs through its chairman (of the province for a province-level case, else of the case's commune, whose
 * units only prepare the notice).
 */
export function noticeIssuer(commune: NoticeAgency, lead: NoticeAgency | null, province: NoticeAgency | null): NoticeIssuer {
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  if (lead?.kind === 'department') {
    return {
      name: lead.name,
      header: [province ? upper(`${UBND} ${province.name}`) : upper(UBND), upper(lead.name)],
      symbol: abbreviation(lead.name),
      place: placeOf(province?.name ?? commune.name),
      signer: 'THỦ TRƯỞNG CƠ QUAN',
    };
  }
  const body = lead?.kind === 'province' ? lead : commune;
  return {
    name: `${UBND} ${inSentence(body.name)}`,
    header: [upper(UBND), upper(body.name)],
    symbol: 'UBND',
    place: placeOf(body.name),
    signer: 'CHỦ TỊCH',
  };
}

export interface NoticeCase {
  code: string;
  type: CaseType;
  summary: string;
  receivedAt: string;
  /** The complainant or citizen; always null for a denunciation. */
  petitioner: { fullName: string; address: string | null } | null;
}

export interface NoticeInput {
  facts: NoticeFacts;
  case: NoticeCase;
  issuer: NoticeIssuer;
  /** Forwarding slip: the name of the body the letter goes to (the named body, else the agency's name). */
  destinationName?: string;
}

export interface NoticeDocument {
  fileName: string;
  asciiFileName: string;
  definition: TDocumentDefinitions;
}

/** 'ngày 05 tháng 3 năm 2026' (days below 10 and the months 1 and 2 take a leading zero, Nghị định 30/2020/NĐ-CP). */
function longDate(at: string): string {
  const [year, month, day] = vnDateOf(new Date(at)).split('-').map(Number);
  const dd = day < 10 ? `0${day}` : `${day}`;
  const mm = month <= 2 ? `0${month}` : `${month}`;
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** '05/03/2026', in running text. */
function shortDate(at: string): string {
  const [year, month, day] = vnDateOf(new Date(at)).split('-');
  return `${day}/${month}/${year}`;
}

/** A sentence from free text typed by an officer: trimmed, without its own final stop. */
function clause(text: string): string {
  return text.trim().replace(/[.;,\s]+$/u, '');
}

interface Parts {
  number: string;
  title: string;
  subtitle: string;
  addressee: string[];
  paragraphs: string[];
  recipients: string[];
}

function parts(input: NoticeInput): Parts {
  const { facts, issuer } = input;
  const c = input.case;
  const confidential = c.type === 'denunciation';
  const petitioner = confidential ? null : c.petitioner;
  const citizen = petitioner ? `ông/bà ${petitioner.fullName}` : 'công dân';
  const addressee = confidential
    ? [SEALED_DENOUNCER]
    : petitioner
      ? [`Ông/Bà ${petitioner.fullName}`, ...(petitioner.address ? [`Địa chỉ: ${petitioner.address}`] : [])]
      : ['Ông/Bà ........................................'];
  const received = `Ngày ${shortDate(c.receivedAt)}, ${issuer.name} nhận được đơn ${LETTER_OF[c.type]}${confidential ? '' : ` của ${citizen}`} (mã hồ sơ ${c.code}) với nội dung: ${clause(c.summary)}.`;
  const sealed = 'Thông tin về người tố cáo được giữ bí mật theo Điều 47 Luật Tố cáo năm 2018.';
  const number = (kind: string) => `Số:         /${kind}-${issuer.symbol}`;
  const file = `- Lưu: VT, hồ sơ ${c.code}.`;

  switch (facts.kind) {
    case 'acceptance':
      if (facts.subject === 'complaint') {
        const second = facts.level === 'second';
        return {
          number: number('TB'),
          title: 'THÔNG BÁO',
          subtitle: `Về việc thụ lý giải quyết khiếu nại${second ? ' lần hai' : ''}`,
          addressee,
          paragraphs: [
            received,
            `Căn cứ Điều 27 Luật Khiếu nại năm 2011, xét thấy khiếu nại đủ điều kiện thụ lý và thuộc thẩm quyền giải quyết, ${issuer.name} thông báo đã thụ lý giải quyết khiếu nại ${second ? 'lần hai' : 'lần đầu'} kể từ ${longDate(facts.at)}.`,
            `Thời hạn giải quyết khiếu nại thực hiện theo Điều ${second ? '37' : '28'} Luật Khiếu nại năm 2011. ${issuer.name} thông báo để ${citizen} biết và phối hợp trong quá trình giải quyết.`,
          ],
          recipients: [
            '- Như trên;',
            '- Cơ quan thanh tra nhà nước cùng cấp;',
            '- Cơ quan, tổ chức, cá nhân đã chuyển đơn đến (nếu có);',
            file,
          ],
        };
      }
      return {
        number: number('TB'),
        title: 'THÔNG BÁO',
        subtitle: 'Về việc thụ lý tố cáo',
        addressee,
        paragraphs: [
          received,
          `Căn cứ Điều 29 Luật Tố cáo năm 2018, ${issuer.name} đã thụ lý tố cáo kể từ ${longDate(facts.at)}. Thời hạn giải quyết tố cáo thực hiện theo Điều 30 Luật Tố cáo năm 2018.`,
          `Thực hiện khoản 3 Điều 29 Luật Tố cáo năm 2018, ${issuer.name} thông báo để người tố cáo biết; nội dung tố cáo được thông báo cho người bị tố cáo biết, không kèm theo bất kỳ thông tin nào về người tố cáo.`,
          sealed,
        ],
        recipients: ['- Như trên (gửi riêng, bảo đảm bí mật);', '- Người bị tố cáo (thông báo về nội dung tố cáo);', file],
      };
    case 'refusal': {
      const ground = facts.subject === 'complaint' ? COMPLAINT_REFUSAL_WORDING[facts.ground] : DENUNCIATION_REFUSAL_WORDING[facts.ground];
      const basis = facts.subject === 'complaint' ? 'Điều 11 và Điều 27 Luật Khiếu nại năm 2011' : 'Điều 29 Luật Tố cáo năm 2018';
      const what = facts.subject === 'complaint' ? 'thụ lý giải quyết khiếu nại' : 'thụ lý tố cáo';
      return {
        number: number('TB'),
        title: 'THÔNG BÁO',
        subtitle: `Về việc không ${what}`,
        addressee,
        paragraphs: [
          received,
          `Căn cứ ${basis}, ${issuer.name} thông báo không ${what} nêu trên vì lý do: ${ground}.`,
          `Cụ thể: ${clause(facts.reason)}.`,
          ...(confidential ? [sealed] : []),
        ],
        recipients: [confidential ? '- Như trên (gửi riêng, bảo đảm bí mật);' : '- Như trên;', file],
      };
    }
    case 'forwarding-slip': {
      const to = input.destinationName ?? facts.to.body ?? '........................................';
      const basis = confidential ? 'khoản 2 Điều 24 Luật Tố cáo năm 2018' : TT05;
      return {
        number: facts.slipNo ? `Số: ${facts.slipNo}` : number('PC'),
        title: 'PHIẾU CHUYỂN ĐƠN',
        subtitle: `Về việc chuyển đơn ${LETTER_OF[c.type]}`,
        addressee: [to],
        paragraphs: [
          received,
          `Căn cứ ${basis}, xét thấy nội dung đơn không thuộc thẩm quyền giải quyết của ${issuer.name}, ${issuer.name} chuyển đơn đến ${to} để xem xét, giải quyết theo thẩm quyền.`,
          ...(facts.note ? [`Ghi chú: ${clause(facts.note)}.`] : []),
          confidential
            ? `Kèm theo: đơn tố cáo và tài liệu kèm theo (nếu có), đã lược bỏ thông tin cá nhân của người tố cáo. ${sealed}`
            : 'Kèm theo: đơn và tài liệu kèm theo (nếu có).',
        ],
        recipients: [
          '- Như trên;',
          confidential
            ? '- Người tố cáo (nếu có yêu cầu; gửi riêng, bảo đảm bí mật);'
            : `- ${petitioner ? `Ông/Bà ${petitioner.fullName}` : 'Người gửi đơn'} (để biết);`,
          file,
        ],
      };
    }
    case 'guidance': {
      const reception = facts.subject === 'reception';
      return {
        number: number('HD'),
        title: 'VĂN BẢN HƯỚNG DẪN',
        subtitle: 'Về việc gửi đơn đến cơ quan có thẩm quyền giải quyết',
        addressee,
        paragraphs: [
          reception
            ? `Ngày ${shortDate(c.receivedAt)}, tại buổi tiếp công dân, ${issuer.name} đã tiếp ${citizen} (mã hồ sơ ${c.code}) với nội dung: ${clause(c.summary)}.`
            : received,
          `Căn cứ ${reception ? 'Luật Tiếp công dân năm 2013' : 'Luật Khiếu nại năm 2011'} và ${TT05}, nội dung ${reception ? 'trình bày' : 'đơn'} không thuộc thẩm quyền giải quyết của ${issuer.name}. ${issuer.name} hướng dẫn ${citizen} gửi đơn đến ${facts.guidedTo} để được xem xét, giải quyết theo quy định của pháp luật.`,
          `Việc hướng dẫn chỉ thực hiện một lần; đơn có cùng nội dung tiếp tục gửi đến ${issuer.name} sẽ được lưu theo quy định.`,
        ],
        recipients: ['- Như trên;', file],
      };
    }
  }
}

/** The notice as a pdfmake document (A4, Roboto), with its file names. */
export function noticeDocument(input: NoticeInput): NoticeDocument {
  const p = parts(input);
  const { issuer } = input;
  const label = FILE_LABELS[input.facts.kind];
  const content: Content = [
    {
      columns: [
        {
          width: 200,
          alignment: 'center',
          stack: [issuer.header[0], { text: issuer.header[1], bold: true }, { text: p.number, margin: [0, 8, 0, 0] }],
        },
        {
          width: '*',
          alignment: 'center',
          stack: [
            { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
            { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
            { text: `${issuer.place}, ${longDate(input.facts.at)}`, italics: true, margin: [0, 8, 0, 0] },
          ],
        },
      ],
      columnGap: 12,
      fontSize: 11,
    },
    { text: p.title, alignment: 'center', bold: true, fontSize: 14, margin: [0, 24, 0, 2] },
    { text: p.subtitle, alignment: 'center', bold: true, margin: [0, 0, 0, 14] },
    {
      stack: [
        { text: ['Kính gửi: ', p.addressee[0]] },
        ...p.addressee.slice(1).map((line): Content => ({ text: line, margin: [54, 0, 0, 0] })),
      ],
      margin: [40, 0, 0, 12],
    },
    ...p.paragraphs.map((text): Content => ({ text, alignment: 'justify', leadingIndent: 28, margin: [0, 0, 0, 6] })),
    {
      columns: [
        {
          width: '50%',
          fontSize: 10,
          stack: [{ text: 'Nơi nhận:', bold: true, italics: true }, ...p.recipients],
        },
        {
          width: '50%',
          alignment: 'center',
          stack: [
            { text: issuer.signer, bold: true },
            { text: '(Ký, ghi rõ họ tên và đóng dấu)', italics: true, fontSize: 10 },
          ],
        },
      ],
      margin: [0, 18, 0, 0],
    },
  ];
  return {
    fileName: `${label.vi} ${input.case.code}.pdf`,
    asciiFileName: `${label.ascii}-${input.case.code}.pdf`,
    definition: {
      pageSize: 'A4',
      // Nghị định 30/2020/NĐ-CP: top and bottom 20 mm, left 30 mm, right 15 mm.
      pageMargins: [85, 57, 43, 57],
      defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.15 },
      content,
      info: { title: `${label.vi} ${input.case.code}`, subject: 'Tiếp Dân' },
    },
  };
}
