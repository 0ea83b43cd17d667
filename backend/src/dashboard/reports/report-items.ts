import { RECEPTION_LEAD_LABELS, RECEPTION_REFUSAL_LABELS, type BilingualText } from '@tiep-dan/contracts';
import { vnDayStart } from '../dashboard-area';
import type { MatterFact, PetitionFact, ResolutionFact, SessionFact, VisitFact, VisitMatter } from './report-facts';
import type { Counted, CountedItem } from './report-spec';

/** What the lists behind the figures show of each fact: codes, dates and summaries, never a citizen's name. */

export function visitItem(v: VisitFact): CountedItem {
  return {
    kind: 'visit',
    id: v.id,
    communeId: v.communeId,
    code: v.matters.map((m) => m.code).join(', '),
    at: v.at,
    summary: v.refusal ? `Từ chối tiếp: ${RECEPTION_REFUSAL_LABELS[v.refusal].vi}` : v.matters.map((m) => m.summary).join('; '),
    people: v.people,
    caseId: v.matters[0]?.caseId ?? null,
  };
}

/** A matter brought at a visit, as its reception case. */
export function visitMatterItem(m: VisitMatter, v: VisitFact): CountedItem {
  return {
    kind: 'case',
    id: m.caseId,
    communeId: v.communeId,
    code: m.code,
    at: v.at,
    summary: m.summary,
    people: null,
    caseId: m.caseId,
  };
}

const dmy = (day: string) => day.split('-').reverse().join('/');

export function sessionItem(s: SessionFact): CountedItem {
  return {
    kind: 'session',
    id: s.id,
    communeId: s.communeId,
    code: '',
    at: vnDayStart(s.day),
    summary: `${s.kind === 'scheduled' ? 'Buổi tiếp định kỳ' : 'Buổi tiếp đột xuất'} ngày ${dmy(s.day)}: ${RECEPTION_LEAD_LABELS[s.ledBy].vi}`,
    people: null,
    caseId: null,
  };
}

export function petitionItem(p: PetitionFact): CountedItem {
  return {
    kind: p.source === 'letter' ? 'letter' : p.source === 'visit' ? 'visit' : 'case',
    id: p.id,
    communeId: p.communeId,
    code: p.code,
    at: p.receivedAt,
    summary: p.summary,
    people: p.source === 'visit' ? p.signatories : null,
    caseId: p.matters[0]?.caseId ?? null,
  };
}

export function matterItem(m: MatterFact, p: PetitionFact): CountedItem {
  return {
    kind: 'case',
    id: m.caseId,
    communeId: p.communeId,
    code: m.code,
    at: p.receivedAt,
    summary: m.summary,
    people: null,
    caseId: m.caseId,
  };
}

export function resolutionItem(r: ResolutionFact): CountedItem {
  return {
    kind: 'case',
    id: r.caseId,
    communeId: r.communeId,
    code: r.code,
    at: r.finishedAt ?? r.acceptedAt,
    summary: r.summary,
    people: null,
    caseId: r.caseId,
  };
}

/** Petitions of a KQGQ form: the accepted cases grouped by the letter or visit they came in. */
export function petitionsOfResolutions(rows: ResolutionFact[]): Counted[] {
  const byPetition = new Map<string, ResolutionFact[]>();
  for (const r of rows) byPetition.set(r.petitionKey, [...(byPetition.get(r.petitionKey) ?? []), r]);
  return [...byPetition.values()].map((cases) => ({
    item: {
      ...resolutionItem(cases[0]),
      at: cases[0].acceptedAt,
      code: cases.map((c) => c.code).join(', '),
    },
    weight: 1,
  }));
}

// ---- why a column stays empty ---------------------------------------------------------------------------------------

const why = (vi: string, en: string): BilingualText => ({ vi, en });

/** The reasons a form's column shows "—" (the README's reports section lists the same). */
export const UNAVAILABLE = {
  anonymous: why(
    'Hệ thống chỉ tiếp nhận đơn có người đứng tên; đơn khác (nặc danh, không rõ người gửi) không được ghi',
    'Only petitions with a named sender are registered; others (anonymous) are not recorded',
  ),
  urge: why('Quy trình xử lý đơn chưa có kết quả "đôn đốc giải quyết"', 'The workflows have no "urge the competent body" outcome'),
  replies: why('Chưa ghi văn bản phúc đáp của cơ quan nhận đơn chuyển', 'Replies to forwarded petitions are not recorded'),
  court: why('Chưa ghi bản án của Tòa án về vụ việc', 'Court judgments on a matter are not recorded'),
  field: why('Danh mục lĩnh vực của hệ thống không có lĩnh vực này', 'The case categories have no such field'),
  amounts: why(
    'Quy trình giải quyết chưa ghi số tiền, diện tích đất phải thu hồi hoặc trả lại',
    'The workflows record no money or land to recover or return',
  ),
  persons: why(
    'Quy trình giải quyết chưa ghi tổ chức, cá nhân được trả lại quyền lợi, bị kiến nghị xử lý hay chuyển cơ quan điều tra',
    'The workflows record no organisations or people restored, disciplined or referred to the investigators',
  ),
  finding: why(
    'Kết luận nội dung tố cáo chưa ghi tố cáo đúng, sai hay có đúng, có sai',
    'A conclusion records no finding (true, false, partly true)',
  ),
  termination: why('Quy trình tố cáo chỉ đình chỉ khi người tố cáo rút tố cáo', 'The denunciation workflow terminates only on withdrawal'),
} as const;
