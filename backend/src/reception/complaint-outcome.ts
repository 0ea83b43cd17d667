import type { BilingualText, ComplaintOutcome, ComplaintRefusalGround } from '@tiep-dan/contracts';
import { vnDateOf, type ComplaintContext } from '@tiep-dan/workflows';

/** A complaint's decision as the complainant reads it (Luật Khiếu nại 2011 Art. 31: the decision concludes right or wrong). */
const DECISION_WORDS: Record<ComplaintOutcome, BilingualText> = {
  upheld: {
    vi: 'Khiếu nại của ông/bà là đúng và được chấp nhận',
    en: 'Your complaint was found right and is upheld',
  },
  partly_upheld: {
    vi: 'Khiếu nại của ông/bà đúng một phần',
    en: 'Your complaint was found partly right',
  },
  rejected: {
    vi: 'Khiếu nại của ông/bà không có cơ sở, không được chấp nhận',
    en: 'Your complaint was found unfounded and is not upheld',
  },
};

/** Why a complaint was not taken up, in short plain words (Luật Khiếu nại 2011 Art. 11; the notice gives the full text). */
const REFUSAL_WORDS: Record<ComplaintRefusalGround, BilingualText> = {
  not_administrative: {
    vi: 'nội dung không thuộc diện giải quyết khiếu nại hành chính',
    en: 'the matter is not one for an administrative complaint',
  },
  no_standing: {
    vi: 'người khiếu nại chưa đủ điều kiện hoặc chưa có người đại diện hợp pháp',
    en: 'the complainant lacks standing or a lawful representative',
  },
  time_limit_passed: {
    vi: 'đã hết thời hiệu khiếu nại',
    en: 'the time limit for complaining has passed',
  },
  already_resolved: {
    vi: 'việc đã có quyết định giải quyết lần hai',
    en: 'the matter already has a second-level decision',
  },
  before_court: {
    vi: 'việc đã được Tòa án thụ lý hoặc giải quyết',
    en: 'a court has taken up or decided the matter',
  },
  other: {
    vi: 'đơn chưa đủ điều kiện thụ lý',
    en: 'the complaint does not meet the conditions to be taken up',
  },
};

/** The public facts of a complaint's end: what was decided in plain words, and on which Vietnam day. */
export interface ComplaintEnd {
  outcome: BilingualText;
  decidedOn: string | null;
}

/**
 * How a complaint ended, for the citizen's lookup: from the machine's context only, never the officials' notes, the
 * findings or a person's name. A decision shows once it has reached the parties (notified), not while it waits to be
 * sent; null while the complaint is still being handled.
 */
export function complaintEnd(state: string, context: Partial<ComplaintContext>): ComplaintEnd | null {
  const decision = context.decision;
  if (decision?.approvedAt && (state === 'notified' || state === 'closed')) {
    const words = DECISION_WORDS[decision.outcome];
    const number = decision.documentNo
      ? {
          vi: ` (Quyết định số ${decision.documentNo})`,
          en: ` (decision no. ${decision.documentNo})`,
        }
      : { vi: '', en: '' };
    return {
      outcome: {
        vi: `Đã có quyết định giải quyết: ${words.vi}${number.vi}.`,
        en: `Decided: ${words.en}${number.en}.`,
      },
      decidedOn: vnDateOf(new Date(decision.approvedAt)),
    };
  }
  if (state === 'terminated' && context.terminatedAt)
    return {
      outcome: {
        vi: 'Đình chỉ giải quyết (người khiếu nại đã rút đơn).',
        en: 'Resolution stopped: the complaint was withdrawn.',
      },
      decidedOn: vnDateOf(new Date(context.terminatedAt)),
    };
  if (context.refusal) {
    const words = REFUSAL_WORDS[context.refusal.ground];
    return {
      outcome: {
        vi: `Không thụ lý giải quyết vì ${words.vi}.`,
        en: `Not taken up: ${words.en}.`,
      },
      decidedOn: vnDateOf(new Date(context.refusal.at)),
    };
  }
  if (context.forwarding)
    return {
      outcome: {
        vi: `Đơn đã được chuyển đến ${context.forwarding.toBody} là cơ quan có thẩm quyền.`,
        en: `Forwarded to the competent body: ${context.forwarding.toBody}.`,
      },
      decidedOn: vnDateOf(new Date(context.forwarding.at)),
    };
  if (state === 'guided' && context.guidedTo)
    return {
      outcome: {
        vi: `Hướng dẫn ông/bà gửi đơn đến ${context.guidedTo}.`,
        en: `You were guided to send the complaint to ${context.guidedTo}.`,
      },
      decidedOn: context.closedAt ? vnDateOf(new Date(context.closedAt)) : null,
    };
  if (context.documentsReturned)
    return {
      outcome: {
        vi: 'Đơn và tài liệu đã được trả lại cho người khiếu nại.',
        en: 'The letter and its documents were returned to you.',
      },
      decidedOn: vnDateOf(new Date(context.documentsReturned.at)),
    };
  if (state === 'archived')
    return {
      outcome: {
        vi: 'Đơn được lưu, không xử lý tiếp.',
        en: 'The letter was filed without further handling.',
      },
      decidedOn: null,
    };
  return null;
}
