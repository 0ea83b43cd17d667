import type { BilingualText } from '@tiep-dan/contracts';

/** Texts of this screen, Vietnamese first; keys start with `lookup.`. */
export const LOOKUP_MESSAGES = {
  'lookup.title': { vi: 'Tra cứu hồ sơ', en: 'Look up a case' },
  'lookup.intro': {
    vi: 'Nhập mã hồ sơ in trên phiếu tiếp nhận và 4 số cuối số điện thoại đã khai khi nộp đơn.',
    en: 'Enter the case code printed on your receipt and the last 4 digits of the phone number you gave.',
  },
  'lookup.code': { vi: 'Mã hồ sơ', en: 'Case code' },
  'lookup.phone': { vi: '4 số cuối điện thoại', en: 'Last 4 phone digits' },
  'lookup.submit': { vi: 'Tra cứu', en: 'Look up' },
  'lookup.searching': { vi: 'Đang tra cứu…', en: 'Looking up…' },
  'lookup.code.required': {
    vi: 'Nhập mã hồ sơ in trên phiếu.',
    en: 'Enter the case code on your receipt.',
  },
  'lookup.phone.required': {
    vi: 'Nhập 4 số cuối điện thoại.',
    en: 'Enter the last 4 digits of your phone.',
  },
  'lookup.phone.format': {
    vi: 'Nhập đủ 4 chữ số.',
    en: 'Enter exactly 4 digits.',
  },
  'lookup.resultTitle': { vi: 'Hồ sơ {code}', en: 'Case {code}' },
  'lookup.status': { vi: 'Tình trạng', en: 'Status' },
  'lookup.received': { vi: 'Ngày tiếp nhận', en: 'Received on' },
  'lookup.due': { vi: 'Hạn giải quyết tiếp theo', en: 'Next due date' },
  'lookup.outcome': { vi: 'Kết quả', en: 'Outcome' },
  'lookup.closed': { vi: 'Hồ sơ đã kết thúc', en: 'The case is closed' },
  'lookup.decidedOn': { vi: 'Ngày quyết định', en: 'Decided on' },
  'lookup.secondComplaint': {
    vi: 'Khiếu nại lần hai',
    en: 'Second complaint',
  },
  'lookup.secondComplaint.decision': {
    vi: 'Nếu không đồng ý với quyết định, ông/bà có thể khiếu nại lần hai đến hết ngày {date} (Điều 33 Luật Khiếu nại).',
    en: 'If you disagree with the decision, you may file a second complaint until the end of {date} (Art. 33, Law on Complaints).',
  },
  'lookup.secondComplaint.unresolved': {
    vi: 'Đã hết thời hạn giải quyết mà chưa có quyết định: ông/bà có thể khiếu nại lần hai đến hết ngày {date} (Điều 33 Luật Khiếu nại).',
    en: 'The resolution period ran out with no decision: you may file a second complaint until the end of {date} (Art. 33, Law on Complaints).',
  },
  'lookup.answer': { vi: 'Đánh giá kết quả trả lời', en: 'Rate the answer' },
  'lookup.rate.title': {
    vi: 'Ông/bà hài lòng với kết quả giải quyết ở mức nào?',
    en: 'How satisfied are you with the answer?',
  },
  'lookup.rate.stars': { vi: '{n} sao', en: '{n} stars' },
  'lookup.rate.comment': {
    vi: 'Góp ý (không bắt buộc)',
    en: 'Comment (optional)',
  },
  'lookup.rate.submit': { vi: 'Gửi đánh giá', en: 'Send the rating' },
  'lookup.rated': {
    vi: 'Ông/bà đã đánh giá {stars}/5 sao. Cảm ơn ông/bà!',
    en: 'You rated it {stars}/5. Thank you!',
  },
  'lookup.petition': {
    vi: 'Chưa có hồ sơ? Gửi đơn trực tuyến',
    en: 'No case yet? Send a petition online',
  },
  'lookup.failed': {
    vi: 'Không tra cứu được: {message}',
    en: 'Lookup failed: {message}',
  },
} as const satisfies Record<string, BilingualText>;
