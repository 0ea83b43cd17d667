import type { ReceptionRefusalReason } from './case-events';
import type { BilingualText, CaseCategory, CaseType } from './case-types';
import type { CasePartyInput, DeadlineStatus } from './cases';
import type { IsoDate } from './deadlines';
import type { CaseRatingDto } from './citizens';

/** Contracts of the `reception` context (requests, responses, enums shared by backend and frontend). */

/** What a citizen brings (DOMAIN.md): each content of a visit becomes its own reception case. */
export const RECEPTION_CONTENT_TYPES = ['complaint', 'denunciation', 'proposal', 'reflection'] as const;
export type ReceptionContentType = (typeof RECEPTION_CONTENT_TYPES)[number];

export const RECEPTION_CONTENT_TYPE_LABELS: Record<ReceptionContentType, BilingualText> = {
  complaint: { vi: 'Khiếu nại', en: 'Complaint' },
  denunciation: { vi: 'Tố cáo', en: 'Denunciation' },
  proposal: { vi: 'Kiến nghị', en: 'Proposal' },
  reflection: { vi: 'Phản ánh', en: 'Reflection' },
};

export const CASE_CATEGORY_LABELS: Record<CaseCategory, BilingualText> = {
  land: { vi: 'Đất đai', en: 'Land' },
  site_clearance: {
    vi: 'Giải phóng mặt bằng, bồi thường',
    en: 'Site clearance and compensation',
  },
  resettlement: { vi: 'Tái định cư', en: 'Resettlement' },
  construction: { vi: 'Trật tự xây dựng', en: 'Construction order' },
  social_policy: { vi: 'Chính sách xã hội', en: 'Social policy' },
  environment: { vi: 'Môi trường', en: 'Environment' },
  other: { vi: 'Khác', en: 'Other' },
};

/** Lawful reasons to refuse a reception, in the words of Luật Tiếp công dân 2013 Art. 9. */
export const RECEPTION_REFUSAL_LABELS: Record<ReceptionRefusalReason, BilingualText> = {
  intoxicated: {
    vi: 'Trong tình trạng say do dùng chất kích thích, tâm thần',
    en: 'Intoxicated or mentally incapable',
  },
  threatening: {
    vi: 'Có hành vi đe dọa, xúc phạm, gây rối',
    en: 'Threatening, insulting or disruptive',
  },
  already_resolved: {
    vi: 'Vụ việc đã được giải quyết đúng chính sách, pháp luật, đã trả lời',
    en: 'Already lawfully resolved and answered',
  },
  not_a_petition: {
    vi: 'Không phải khiếu nại, tố cáo, kiến nghị, phản ánh',
    en: 'Not a complaint, denunciation, proposal or reflection',
  },
  final_judgment: {
    vi: 'Đã có bản án, quyết định có hiệu lực pháp luật',
    en: 'Settled by a final court judgment',
  },
  handled_elsewhere: {
    vi: 'Vụ việc đang được cơ quan khác giải quyết',
    en: 'Being handled by another body',
  },
};

/** Group visits (Luật Tiếp công dân Art. 30; Nghị định 64/2014 Art. 4): 5–10 people send 1–2 representatives, more up to 5. */
export const GROUP_VISIT_MIN_PEOPLE = 5;
export const MAX_REPRESENTATIVES = 5;

/** Duplicate warnings look back this far (same ID number, or a very similar summary in the same neighbourhood). */
export const DUPLICATE_LOOKBACK_MONTHS = 12;

export interface ReceptionLeader {
  name: string;
  /** e.g. 'Chủ tịch UBND phường'. */
  title: string;
}

/** The commune's recurring reception day (Luật Tiếp công dân Art. 15: the chairman receives at least one day a week). */
export interface ReceptionScheduleDto {
  communeId: string;
  /** 1 = Monday … 5 = Friday. */
  weekday: number;
  startTime: string;
  endTime: string;
  place: string;
  leaders: ReceptionLeader[];
  /** True while no schedule was saved: Monday morning at the commune office, its leaders on duty. */
  isDefault: boolean;
}

export interface UpdateReceptionScheduleRequest {
  weekday: number;
  startTime: string;
  endTime: string;
  place: string;
  leaders: ReceptionLeader[];
}

/** One planned reception day; moved to the next working day when the regular day is a holiday. */
export interface ScheduledReceptionDay {
  date: IsoDate;
  /** The regular day it replaces, when moved. */
  movedFrom: IsoDate | null;
  movedBecause: BilingualText | null;
}

/**
 * A leader's scheduled reception day (tiếp định kỳ), a leader's ad-hoc session (tiếp đột xuất, Luật Tiếp công dân
 * Art. 18(3)), or the officers' regular reception at the reception place on any working day (tiếp thường xuyên,
 * Art. 12). Report 01/TCD of Thông tư 02/2021/TT-TTCP counts the regular reception apart from the leaders'.
 */
export const RECEPTION_SESSION_KINDS = ['scheduled', 'ad_hoc', 'regular'] as const;
export type ReceptionSessionKind = (typeof RECEPTION_SESSION_KINDS)[number];

/**
 * Who received citizens at a leader's session: the head in person (Thủ trưởng tiếp) or a deputy the head authorised
 * (Ủy quyền tiếp); report 01/TCD counts the two apart. A regular session has neither.
 */
export const RECEPTION_LEADS = ['head', 'delegate'] as const;
export type ReceptionLead = (typeof RECEPTION_LEADS)[number];

export const RECEPTION_LEAD_LABELS: Record<ReceptionLead, BilingualText> = {
  head: { vi: 'Thủ trưởng trực tiếp tiếp', en: 'The head in person' },
  delegate: {
    vi: 'Người được ủy quyền tiếp',
    en: 'A deputy authorised by the head',
  },
};
export type ReceptionSessionStatus = 'planned' | 'open' | 'closed';

export interface ReceptionSessionDto {
  id: string;
  communeId: string;
  communeName: string;
  kind: ReceptionSessionKind;
  date: IsoDate;
  movedFrom: IsoDate | null;
  movedBecause: BilingualText | null;
  startTime: string;
  endTime: string;
  place: string;
  leaders: ReceptionLeader[];
  /** Ad-hoc sessions: why (a heated matter, a crowd). */
  reason: string | null;
  /** A leader's session: the head in person or an authorised deputy; null for the officers' regular reception. */
  ledBy: ReceptionLead | null;
  status: ReceptionSessionStatus;
  openedAt: string | null;
  closedAt: string | null;
  visitCount: number;
}

export interface OpenReceptionSessionRequest {
  kind: ReceptionSessionKind;
  /** Ad-hoc only. */
  reason?: string;
  /** Leader's sessions only (scheduled, ad hoc); 'head' when left out. Refused for a regular session. */
  ledBy?: ReceptionLead;
  place?: string;
  leaders?: ReceptionLeader[];
}

/** The desk's start screen: the open session (if any), today's and the next reception days. */
export interface ReceptionTodayDto {
  /** The server's clock (ISO instant): due dates count from it, not from the browser's. */
  now: string;
  today: IsoDate;
  /** Today's open session: the only one that takes visits. */
  openSession: ReceptionSessionDto | null;
  /** A session of an earlier day left open: it takes no visits and must be closed (its cases carry over). */
  staleSession: ReceptionSessionDto | null;
  /** Whether today is this commune's reception day (after holiday moves). */
  isReceptionDay: boolean;
  next: ScheduledReceptionDay[];
  schedule: ReceptionScheduleDto;
}

export interface VisitContentInput {
  contentType: ReceptionContentType;
  category: CaseCategory;
  summary: string;
  content?: string;
}

export interface VisitRefusalInput {
  reason: ReceptionRefusalReason;
  note?: string;
}

export interface LogVisitRequest {
  citizen: CasePartyInput;
  /** People who came; 5 or more is a group visit with representatives. */
  groupSize?: number;
  representatives?: CasePartyInput[];
  neighbourhoodId?: string;
  /** Agency that already handled the matter (register column). */
  previouslyHandledBy?: string;
  /** One entry per matter: mixed content becomes several cases in one go. Empty only when refused. */
  contents: VisitContentInput[];
  /** A lawful refusal: the visit is recorded, no case is opened. */
  refusal?: VisitRefusalInput;
  /** An earlier case the officer confirmed this repeats. */
  duplicateOf?: string;
}

/** A case opened at a visit, as the desk and the session view show it. */
export interface VisitCaseDto {
  id: string;
  code: string;
  contentType: ReceptionContentType;
  category: CaseCategory;
  summary: string;
  state: string;
  stateLabel: BilingualText;
  version: number;
  dueAt: string | null;
  deadlineStatus: DeadlineStatus;
  leadAgencyName: string | null;
  /** The leader's direction, once given. */
  direction: ReceptionDirectionDto | null;
  /** The earlier case this matter repeats, when the officer marked it so at the desk. */
  repeatOf: { id: string; code: string } | null;
  /**
   * The case of its own type this matter opened (a complaint or denunciation at once, a proposal or reflection when
   * assigned): it carries the statutory clock, while this reception case keeps the visit and its reply clock.
   */
  statutoryCase: VisitStatutoryCaseDto | null;
}

export interface VisitStatutoryCaseDto {
  id: string;
  code: string;
  type: CaseType;
  stateLabel: BilingualText;
  deadlineRuleId: string | null;
  dueAt: string | null;
}

export interface ReceptionDirectionDto {
  kind: 'answer_on_spot' | 'guide' | 'refuse' | 'assign';
  text: string;
  agencyName: string | null;
  dueDate: IsoDate | null;
}

export interface ReceptionVisitDto {
  id: string;
  sessionId: string;
  /** Order of the visit in its session (register no.). */
  seq: number;
  visitedAt: string;
  citizen: {
    fullName: string;
    idNumber: string | null;
    address: string | null;
    phone: string | null;
  };
  groupSize: number;
  representatives: {
    fullName: string;
    idNumber: string | null;
    address: string | null;
    phone: string | null;
  }[];
  neighbourhoodId: string | null;
  previouslyHandledBy: string | null;
  refusal: {
    reason: ReceptionRefusalReason;
    label: BilingualText;
    note: string | null;
  } | null;
  cases: VisitCaseDto[];
}

/** A case on a session's agenda because an earlier session left it unresolved. */
export interface CarriedOverCaseDto extends VisitCaseDto {
  fromSessionId: string;
  fromSessionDate: IsoDate;
  citizenName: string | null;
}

export interface ReceptionSessionDetailDto extends ReceptionSessionDto {
  visits: ReceptionVisitDto[];
  agenda: CarriedOverCaseDto[];
}

export interface CloseReceptionSessionResponse {
  session: ReceptionSessionDto;
  /** Unresolved cases carried over to `nextSession`'s agenda. */
  carriedOver: CarriedOverCaseDto[];
  nextSession: ReceptionSessionDto;
}

export interface DuplicateQuery {
  idNumber?: string;
  summary?: string;
  neighbourhoodId?: string;
}

export interface DuplicateCandidateDto {
  caseId: string;
  code: string;
  summary: string;
  receivedAt: string;
  stateLabel: BilingualText;
  /** Why it matched. */
  match: 'id_number' | 'similar_summary';
  /** 0–1, for summary matches. */
  similarity: number | null;
  /** The outcome so far (answer, guidance, refusal, agency). */
  outcome: string | null;
  /** The matter is over and the citizen was answered: a repeat may be refused (Luật Tiếp công dân Art. 9). */
  resolved: boolean;
}

export interface DuplicateCheckResponse {
  candidates: DuplicateCandidateDto[];
}

/** A row of the reception register (sổ tiếp công dân, mẫu 03/TCD, Thông tư 04/2021/TT-TTCP). */
export interface ReceptionRegisterRowDto {
  no: number;
  date: IsoDate;
  nameAndAddress: string;
  idNumber: string;
  summary: string;
  type: string;
  people: number;
  previouslyHandledBy: string;
  withinCompetence: string;
  guidance: string;
  acceptedBy: string;
  followUp: string;
  note: string;
  caseCode: string | null;
  /** The code of the complaint/denunciation/proposal/reflection case this matter opened, if any. */
  statutoryCaseCode: string | null;
}

export interface ReceptionRegisterQuery {
  sessionId?: string;
  from?: IsoDate;
  to?: IsoDate;
}

export interface ReceptionRegisterDto {
  title: string;
  from: IsoDate;
  to: IsoDate;
  rows: ReceptionRegisterRowDto[];
}

/** The citizen's public lookup: code + last 4 digits of the phone given at intake. */
export interface PublicLookupRequest {
  code: string;
  phoneLast4: string;
}

/** What the public may see of a case: no personal data. */
export interface PublicLookupResponse {
  code: string;
  receivedOn: IsoDate;
  status: BilingualText;
  closed: boolean;
  nextDueDate: IsoDate | null;
  outcome: BilingualText | null;
  /** The Vietnam day of the decision (or of the answer that ended the case), when there is one. */
  decidedOn: IsoDate | null;
  /**
   * A first complaint: the last day a second complaint may be filed (Luật Khiếu nại 2011 Art. 33: 30 days, 45 in a
   * remote area, after the decision reached the complainant or the resolution period ran out undecided).
   */
  secondComplaint: { until: IsoDate; basis: 'decision' | 'unresolved' } | null;
  /** The citizen has been answered (or the case is closed): they may rate the answer, once. */
  answered: boolean;
  /** Their rating, once given. */
  rating: CaseRatingDto | null;
}

/** Lookups one address may make per window (per instance), against guessing codes and phone digits. */
export const PUBLIC_LOOKUP_LIMIT = { attempts: 10, windowMs: 60_000 } as const;
