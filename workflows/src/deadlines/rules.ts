import type { DeadlineRuleDto, DeadlineRuleId, LegalBasis } from '@tiep-dan/contracts';
import { parseIsoDate, vnDayOf } from '../calendar/vn-date';
import { DeadlineRuleError } from './deadline-rule-error';

/** A deadline rule: data, with its legal basis beside it (DOMAIN.md "Legal deadlines"). */
export type DeadlineRule = Readonly<DeadlineRuleDto>;

/** Default warning: 3 working days before the due day. */
export const DEFAULT_DUE_SOON_WORKING_DAYS = 3;

/** The day the amendments of Luật 136/2025/QH15 and Decrees 154–156/2026 take effect. */
export const AMENDMENTS_2026_EFFECTIVE = '2026-07-01';

const TCD_2013 = 'Luật Tiếp công dân 2013 (42/2013/QH13)';
const KN_2011 = 'Luật Khiếu nại 2011 (02/2011/QH13)';
const TC_2018 = 'Luật Tố cáo 2018 (25/2018/QH14)';
const LOCAL = 'Quy định của địa phương (cấu hình triển khai)';

const basis = (document: string, article: string, vi: string, en: string): LegalBasis => ({ document, article, vi, en });

const defaults = {
  version: 1,
  direction: 'forward',
  explicitDueDate: 'none',
  suspensionStopsClock: true,
  dueSoonWorkingDays: DEFAULT_DUE_SOON_WORKING_DAYS,
} as const;

/** Every version of every rule. A case follows the version in force on the Vietnam date its clock started. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    ...defaults,
    id: 'reception.reply',
    caseType: 'reception',
    step: { vi: 'Trả lời người được tiếp', en: 'Reply to the citizen after reception' },
    length: 10,
    unit: 'working',
    legalBasis: basis(
      TCD_2013,
      'Điều 28 khoản 1',
      'Trong 10 ngày làm việc kể từ ngày tiếp nhận, phải trả lời người đến khiếu nại, tố cáo, kiến nghị, phản ánh về việc thụ lý, chưa thụ lý, không thụ lý hoặc chuyển đơn.',
      'Within 10 working days of receipt the citizen must be told whether the matter was accepted, needs more time, was refused or transferred.',
    ),
    effectiveFrom: '2014-07-01',
  },
  {
    ...defaults,
    id: 'letter.triage',
    caseType: 'any',
    step: { vi: 'Xử lý đơn', en: 'Triage of the letter' },
    length: 10,
    unit: 'working',
    legalBasis: basis(
      'Thông tư 05/2021/TT-TTCP',
      'Quy định về thời hạn xử lý đơn',
      'Đơn phải được xử lý trong 10 ngày làm việc kể từ ngày nhận được đơn.',
      'A letter must be triaged within 10 working days of its receipt.',
    ),
    effectiveFrom: '2021-11-15',
  },
  {
    ...defaults,
    id: 'complaint.accept',
    caseType: 'complaint',
    step: { vi: 'Thụ lý khiếu nại', en: 'Accept the complaint' },
    length: 10,
    unit: 'calendar',
    legalBasis: basis(
      KN_2011,
      'Điều 27',
      'Trong 10 ngày kể từ ngày nhận được khiếu nại thuộc thẩm quyền, người giải quyết khiếu nại lần đầu phải thụ lý giải quyết.',
      'Within 10 days of receiving a complaint within its competence, the first-level resolver must accept it.',
    ),
    effectiveFrom: '2012-07-01',
    effectiveTo: '2026-06-30',
  },
  {
    ...defaults,
    id: 'complaint.accept',
    version: 2,
    caseType: 'complaint',
    step: { vi: 'Thụ lý khiếu nại', en: 'Accept the complaint' },
    length: 7,
    unit: 'working',
    legalBasis: basis(
      'Luật 136/2025/QH15; Nghị định 155/2026/NĐ-CP',
      'Điều 10 (Nghị định 155/2026/NĐ-CP)',
      'Từ 01/7/2026, khiếu nại thuộc thẩm quyền phải được thụ lý trong 07 ngày làm việc kể từ ngày nhận được.',
      'From 1 July 2026 a complaint within competence must be accepted within 7 working days of receipt.',
    ),
    effectiveFrom: AMENDMENTS_2026_EFFECTIVE,
  },
  {
    ...defaults,
    id: 'complaint.resolve.first',
    caseType: 'complaint',
    step: { vi: 'Giải quyết khiếu nại lần đầu', en: 'Resolve a first complaint' },
    length: 30,
    remoteLength: 45,
    complexLength: 45,
    remoteComplexLength: 60,
    unit: 'calendar',
    legalBasis: basis(
      KN_2011,
      'Điều 28',
      'Không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 45 ngày. Ở vùng sâu, vùng xa đi lại khó khăn: không quá 45 ngày; phức tạp không quá 60 ngày.',
      'At most 30 days from acceptance; 45 for a complex case. In remote, hard-to-reach areas: 45 days; 60 for a complex case.',
    ),
    effectiveFrom: '2012-07-01',
  },
  {
    ...defaults,
    id: 'complaint.resolve.second',
    caseType: 'complaint',
    step: { vi: 'Giải quyết khiếu nại lần hai', en: 'Resolve a second complaint' },
    length: 45,
    remoteLength: 60,
    complexLength: 60,
    remoteComplexLength: 70,
    unit: 'calendar',
    legalBasis: basis(
      KN_2011,
      'Điều 37',
      'Không quá 45 ngày kể từ ngày thụ lý; vụ việc phức tạp không quá 60 ngày. Ở vùng sâu, vùng xa đi lại khó khăn: không quá 60 ngày; phức tạp không quá 70 ngày.',
      'At most 45 days from acceptance; 60 for a complex case. In remote, hard-to-reach areas: 60 days; 70 for a complex case.',
    ),
    effectiveFrom: '2012-07-01',
  },
  {
    ...defaults,
    id: 'complaint.second-filing',
    caseType: 'complaint',
    step: { vi: 'Thời hạn khiếu nại lần hai', en: 'Time to file a second complaint' },
    length: 30,
    remoteLength: 45,
    unit: 'calendar',
    suspensionStopsClock: false,
    bindsCitizen: true,
    legalBasis: basis(
      KN_2011,
      'Điều 33',
      'Trong 30 ngày kể từ ngày hết thời hạn giải quyết lần đầu mà không được giải quyết, hoặc kể từ ngày nhận quyết định giải quyết lần đầu mà không đồng ý, người khiếu nại có quyền khiếu nại lần hai; vùng sâu, vùng xa: 45 ngày.',
      'A second complaint may be filed within 30 days after the first one was decided (or its time ran out unresolved); 45 days in remote areas.',
    ),
    effectiveFrom: '2012-07-01',
  },
  {
    ...defaults,
    id: 'complaint.send-decision.first',
    caseType: 'complaint',
    step: { vi: 'Gửi quyết định giải quyết khiếu nại lần đầu', en: 'Send the first-complaint decision' },
    length: 3,
    unit: 'working',
    suspensionStopsClock: false,
    dueSoonWorkingDays: 1,
    legalBasis: basis(
      KN_2011,
      'Điều 31',
      'Trong thời hạn 03 ngày làm việc kể từ ngày có quyết định giải quyết khiếu nại, người giải quyết khiếu nại lần đầu có trách nhiệm gửi quyết định giải quyết khiếu nại cho người khiếu nại và những người có liên quan.',
      'Within 3 working days of the decision, the person who resolved the first complaint must send it to the complainant and the persons concerned.',
    ),
    effectiveFrom: '2012-07-01',
  },
  {
    ...defaults,
    id: 'complaint.send-decision.second',
    caseType: 'complaint',
    step: { vi: 'Gửi quyết định giải quyết khiếu nại lần hai', en: 'Send the second-complaint decision' },
    length: 7,
    unit: 'working',
    suspensionStopsClock: false,
    dueSoonWorkingDays: 2,
    legalBasis: basis(
      KN_2011,
      'Điều 40',
      'Chậm nhất là 07 ngày làm việc kể từ ngày có quyết định giải quyết khiếu nại lần hai, người giải quyết khiếu nại lần hai phải gửi quyết định cho người khiếu nại, người bị khiếu nại, người giải quyết lần đầu và những người có liên quan.',
      'At the latest 7 working days after the second decision, it must be sent to the complainant, the respondent, the first-level resolver and the persons concerned.',
    ),
    effectiveFrom: '2012-07-01',
  },
  {
    ...defaults,
    id: 'complaint.dialogue-notice',
    caseType: 'complaint',
    step: { vi: 'Thông báo đối thoại', en: 'Notify the parties of the dialogue' },
    length: 5,
    unit: 'calendar',
    direction: 'backward',
    suspensionStopsClock: false,
    dueSoonWorkingDays: 2,
    legalBasis: basis(
      `${KN_2011}; Nghị định 155/2026/NĐ-CP`,
      'Điều 30 (Luật Khiếu nại); quy định về đối thoại (Nghị định 155/2026/NĐ-CP)',
      'Người giải quyết khiếu nại thông báo bằng văn bản thời gian, địa điểm, nội dung đối thoại cho các bên chậm nhất 05 ngày trước ngày đối thoại.',
      'The parties must be told in writing of the time, place and subject of the dialogue at least 5 days before it.',
    ),
    effectiveFrom: '2012-07-01',
  },
  {
    ...defaults,
    id: 'denunciation.accept',
    caseType: 'denunciation',
    step: { vi: 'Xử lý ban đầu và thụ lý tố cáo', en: 'Initial handling and acceptance of the denunciation' },
    length: 7,
    complexLength: 10,
    unit: 'working',
    legalBasis: basis(
      TC_2018,
      'Điều 24 khoản 1',
      'Trong 07 ngày làm việc kể từ ngày nhận được tố cáo phải vào sổ, kiểm tra và quyết định thụ lý hoặc không thụ lý; trường hợp phải kiểm tra, xác minh tại nhiều địa điểm thì có thể kéo dài nhưng không quá 10 ngày làm việc.',
      'Within 7 working days of receipt the denunciation must be registered, checked and accepted or refused; up to 10 working days when checks at several places are needed.',
    ),
    effectiveFrom: '2019-01-01',
  },
  {
    ...defaults,
    id: 'denunciation.handle-conclusion',
    caseType: 'denunciation',
    step: { vi: 'Xử lý kết luận nội dung tố cáo', en: 'Act on the denunciation conclusion' },
    length: 7,
    unit: 'working',
    suspensionStopsClock: false,
    dueSoonWorkingDays: 2,
    legalBasis: basis(
      TC_2018,
      'Điều 36 khoản 1',
      'Chậm nhất là 07 ngày làm việc kể từ ngày ban hành kết luận nội dung tố cáo, người giải quyết tố cáo căn cứ vào nội dung kết luận tiến hành xử lý (xử lý kỷ luật, kiến nghị, chuyển cơ quan điều tra…).',
      'At the latest 7 working days after the conclusion, the person who resolved the denunciation acts on it (discipline, recommendations, referral to investigators…).',
    ),
    effectiveFrom: '2019-01-01',
  },
  {
    ...defaults,
    id: 'denunciation.forward',
    caseType: 'denunciation',
    step: { vi: 'Chuyển tố cáo không thuộc thẩm quyền', en: 'Forward a denunciation outside competence' },
    length: 5,
    unit: 'working',
    legalBasis: basis(
      TC_2018,
      'Điều 24 khoản 2',
      'Tố cáo không thuộc thẩm quyền phải được chuyển đến người có thẩm quyền trong 05 ngày làm việc kể từ ngày nhận được.',
      'A denunciation outside competence must be forwarded to the competent person within 5 working days of receipt.',
    ),
    effectiveFrom: '2019-01-01',
  },
  {
    ...defaults,
    id: 'denunciation.notify-acceptance',
    caseType: 'denunciation',
    step: { vi: 'Thông báo việc thụ lý tố cáo', en: 'Notify the acceptance of the denunciation' },
    length: 5,
    unit: 'working',
    legalBasis: basis(
      TC_2018,
      'Điều 29 khoản 3',
      'Trong 05 ngày làm việc kể từ ngày ra quyết định thụ lý phải thông báo cho người tố cáo và người bị tố cáo.',
      'Within 5 working days of the acceptance decision the denouncer and the person denounced must be notified.',
    ),
    effectiveFrom: '2019-01-01',
  },
  {
    ...defaults,
    id: 'denunciation.resolve',
    caseType: 'denunciation',
    step: { vi: 'Giải quyết tố cáo', en: 'Resolve the denunciation' },
    length: 30,
    unit: 'calendar',
    extensionPolicy: { maxExtensions: { complex: 1, especially_complex: 2 }, extensionDays: 30 },
    legalBasis: basis(
      `${TC_2018}; Nghị định 31/2019/NĐ-CP`,
      'Điều 30, Điều 34 (Luật Tố cáo); Điều 3 (Nghị định 31/2019/NĐ-CP)',
      'Không quá 30 ngày kể từ ngày thụ lý; vụ việc phức tạp gia hạn một lần không quá 30 ngày; đặc biệt phức tạp gia hạn hai lần, mỗi lần không quá 30 ngày. Thời gian tạm đình chỉ không tính vào thời hạn giải quyết.',
      'At most 30 days from acceptance; a complex case may be extended once by up to 30 days, an especially complex one twice by up to 30 days each. Time under suspension does not count.',
    ),
    effectiveFrom: '2019-01-01',
  },
  {
    ...defaults,
    id: 'proposal.resolve',
    caseType: 'proposal',
    step: { vi: 'Giải quyết kiến nghị', en: 'Resolve the proposal' },
    length: 15,
    unit: 'working',
    legalBasis: basis(
      LOCAL,
      '—',
      'Pháp luật không quy định thời hạn; mặc định 15 ngày làm việc theo quy định của địa phương.',
      'No statutory limit; a local rule, 15 working days by default.',
    ),
    effectiveFrom: '2000-01-01',
  },
  {
    ...defaults,
    id: 'reflection.resolve',
    caseType: 'reflection',
    step: { vi: 'Giải quyết phản ánh', en: 'Resolve the reflection' },
    length: 15,
    unit: 'working',
    legalBasis: basis(
      LOCAL,
      '—',
      'Pháp luật không quy định thời hạn; mặc định 15 ngày làm việc theo quy định của địa phương.',
      'No statutory limit; a local rule, 15 working days by default.',
    ),
    effectiveFrom: '2000-01-01',
  },
  {
    ...defaults,
    id: 'commitment.fulfil',
    caseType: 'commitment',
    step: { vi: 'Thực hiện cam kết tại đối thoại', en: 'Fulfil a commitment made at a dialogue' },
    length: 30,
    unit: 'calendar',
    explicitDueDate: 'optional',
    suspensionStopsClock: false,
    legalBasis: basis(
      LOCAL,
      '—',
      'Thời hạn do lãnh đạo cam kết tại buổi đối thoại; nếu không nêu, mặc định 30 ngày.',
      'The date the leader committed to at the dialogue; 30 days when none was given.',
    ),
    effectiveFrom: '2000-01-01',
  },
];

const byId = new Map<DeadlineRuleId, { from: number; to: number; rule: DeadlineRule }[]>();
for (const rule of DEADLINE_RULES) {
  const versions = byId.get(rule.id) ?? [];
  versions.push({
    from: parseIsoDate(rule.effectiveFrom),
    to: rule.effectiveTo ? parseIsoDate(rule.effectiveTo) : Number.POSITIVE_INFINITY,
    rule,
  });
  byId.set(rule.id, versions);
}

function versionsOf(ruleId: DeadlineRuleId) {
  const versions = byId.get(ruleId);
  if (!versions) {
    throw new DeadlineRuleError('UNKNOWN_RULE', { vi: `Không có quy tắc thời hạn ${ruleId}`, en: `No deadline rule ${ruleId}` });
  }
  return versions;
}

/** The version of a rule in force on the Vietnam civil date the clock started. */
export function findRule(ruleId: DeadlineRuleId, clockStartedAt: Date): DeadlineRule {
  const day = vnDayOf(clockStartedAt);
  for (const v of versionsOf(ruleId)) if (v.from <= day && day <= v.to) return v.rule;
  throw new DeadlineRuleError('RULE_NOT_IN_FORCE', {
    vi: `Quy tắc ${ruleId} không có hiệu lực vào ngày bắt đầu tính thời hạn`,
    en: `Rule ${ruleId} was not in force on the day the clock started`,
  });
}

/** The rules whose limit binds the citizen, not the agency (`bindsCitizen`): never an agency's due soon or overdue. */
export const CITIZEN_RULE_IDS: readonly DeadlineRuleId[] = [...new Set(DEADLINE_RULES.filter((r) => r.bindsCitizen).map((r) => r.id))];

export function bindsCitizen(ruleId: string): boolean {
  return (CITIZEN_RULE_IDS as readonly string[]).includes(ruleId);
}

/** A given version of a rule (a case keeps the version it started with). */
export function getRule(ruleId: DeadlineRuleId, version: number): DeadlineRule {
  const found = versionsOf(ruleId).find((v) => v.rule.version === version);
  if (!found) {
    throw new DeadlineRuleError('UNKNOWN_RULE', {
      vi: `Không có phiên bản ${version} của quy tắc ${ruleId}`,
      en: `No version ${version} of rule ${ruleId}`,
    });
  }
  return found.rule;
}
