import { CITIZEN_NOTICE_LABELS, type BilingualText, type CaseType, type CitizenNoticeKind, type NoticeChannel } from '@tiep-dan/contracts';

/** What a notice says, read when it is sent: the public code and facts of the case, never a name or an address. */
export interface NoticeFacts {
  code: string;
  caseType: CaseType;
  kind: CitizenNoticeKind;
  /** dd/mm/yyyy in Vietnam, when the case has a running deadline. */
  dueDate: string | null;
  agencyName: string | null;
  /** A proposal's or reflection's approved answer (the `answered` notice). */
  answer: string | null;
  /** Null for a denunciation: it is never looked up online, to protect the denouncer. */
  lookupUrl: string | null;
  /** A petition sent without a phone: the 4 digits to give at the lookup instead. */
  lookupPin: string | null;
}

const WHAT_HAPPENED: Record<CitizenNoticeKind, BilingualText> = {
  received: {
    vi: 'đã được tiếp nhận qua mạng và đang chờ phân loại, xử lý',
    en: 'was received online and awaits triage',
  },
  accepted: {
    vi: 'đã được thụ lý giải quyết',
    en: 'has been accepted for resolution',
  },
  refused: {
    vi: 'không được thụ lý giải quyết',
    en: 'was not accepted for resolution',
  },
  forwarded: {
    vi: 'đã được chuyển đến cơ quan có thẩm quyền giải quyết',
    en: 'was forwarded to the competent body',
  },
  guided: {
    vi: 'không thuộc thẩm quyền; ông/bà được hướng dẫn gửi đến cơ quan có thẩm quyền',
    en: 'is outside our competence; you are guided to the competent body',
  },
  extended: {
    vi: 'được gia hạn thời hạn giải quyết',
    en: 'has been given more time',
  },
  suspended: { vi: 'được tạm đình chỉ giải quyết', en: 'has been suspended' },
  resumed: { vi: 'được tiếp tục giải quyết', en: 'is being resolved again' },
  answered: { vi: 'đã có kết quả giải quyết', en: 'has been answered' },
};

/** The subject line and the text of one notice, Vietnamese first; SMS and Zalo get a short Vietnamese line. */
export function renderNotice(channel: NoticeChannel, f: NoticeFacts): { subject: string; text: string } {
  const label = CITIZEN_NOTICE_LABELS[f.kind];
  const what = WHAT_HAPPENED[f.kind];
  const subject = `[Tiếp Dân] ${f.code}: ${label.vi} / ${label.en}`;
  const due =
    f.dueDate && (f.kind === 'accepted' || f.kind === 'extended' || f.kind === 'resumed' || f.kind === 'received') ? f.dueDate : null;
  if (channel !== 'email') {
    const parts = [`Tiếp Dân: hồ sơ ${f.code} ${what.vi}.`];
    if (due) parts.push(`Hạn ${f.kind === 'received' ? 'xử lý đơn' : 'giải quyết'}: ${due}.`);
    if (f.lookupUrl) parts.push(`Tra cứu: ${f.lookupUrl}${f.lookupPin ? ` (mã tra cứu ${f.lookupPin})` : ''}`);
    return { subject, text: parts.join(' ') };
  }
  const vi = [
    'Kính gửi ông/bà,',
    '',
    `Hồ sơ ${f.code} của ông/bà ${what.vi}.`,
    ...(f.agencyName && f.kind !== 'received' ? [`Cơ quan giải quyết: ${f.agencyName}.`] : []),
    ...(due ? [`${f.kind === 'received' ? 'Hạn phân loại, xử lý đơn' : 'Hạn giải quyết'}: ${due}.`] : []),
    ...(f.answer ? ['', 'Nội dung trả lời:', f.answer] : []),
    '',
    ...(f.lookupUrl
      ? [
          `Tra cứu tình trạng hồ sơ: ${f.lookupUrl}`,
          f.lookupPin
            ? `(nhập mã hồ sơ ${f.code} và mã tra cứu ${f.lookupPin})`
            : `(nhập mã hồ sơ ${f.code} và 4 số cuối số điện thoại đã khai)`,
        ]
      : ['Để bảo vệ người tố cáo, đơn tố cáo không tra cứu trên mạng; xin liên hệ cơ quan tiếp nhận nếu cần.']),
    '',
    'Đây là thư tự động của hệ thống Tiếp Dân, xin không trả lời thư này.',
  ];
  const en = [
    `Your case ${f.code} ${what.en}.`,
    ...(f.agencyName && f.kind !== 'received' ? [`Handled by: ${f.agencyName}.`] : []),
    ...(due ? [`${f.kind === 'received' ? 'Triage due' : 'Due'}: ${due}.`] : []),
    ...(f.answer ? ['The answer is above, in Vietnamese.'] : []),
    f.lookupUrl
      ? `Follow it at ${f.lookupUrl} with the case code and ${f.lookupPin ? `the lookup code ${f.lookupPin}` : 'the last 4 digits of your phone'}.`
      : 'Denunciations are not looked up online, to protect the denouncer; contact the receiving body if needed.',
    'This is an automatic message; please do not reply.',
  ];
  return { subject, text: [...vi, '', '---', '', ...en, ''].join('\n') };
}
