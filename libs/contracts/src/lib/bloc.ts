/**
 * Contracts of the commune's mobilization bloc (khối dân vận cơ sở): its members and rules, the yearly plan tied to the
 * resolutions, briefings, what people think (sentiment notes and the periodic report), inspection from above, commune
 * cadres at village meetings, the focused villages, member evaluation, mid-year and year-end reviews, and the
 * "Dân vận khéo" flow from nomination to recognition.
 */
import type { BilingualText, CaseCategory } from './case-types';

/** Hướng dẫn 01/HDLB-TC-DV (25/5/2000) of the central Mass Mobilization and Organisation Commissions: 7–13 members. */
export const BLOC_SIZE = { min: 7, max: 13 } as const;

/** Where a bloc member comes from (the articles' list: Party committee, councils, Front, unions, police, schools…). */
export const BLOC_MEMBER_KINDS = [
  'party_committee',
  'peoples_council',
  'peoples_committee',
  'fatherland_front',
  'womens_union',
  'farmers_union',
  'veterans_union',
  'youth_union',
  'police',
  'civil_servant',
  'school',
  'health',
  'party_cell',
  'village_head',
  'respected_person',
] as const;
export type BlocMemberKind = (typeof BLOC_MEMBER_KINDS)[number];

/** The head is the Party committee's secretary or deputy secretary; a deputy head is optional. */
export const BLOC_ROLES = ['head', 'deputy', 'member'] as const;
export type BlocRole = (typeof BLOC_ROLES)[number];

export interface BlocMemberInput {
  communeId?: string;
  fullName: string;
  /** The post the person holds, as written in the bloc's decision ("Phó Bí thư Đảng ủy", "Chủ tịch Hội Nông dân"). */
  position: string;
  kind: BlocMemberKind;
  blocRole: BlocRole;
  /** The person's account, when they have one: they then see the bloc and report on their own tasks. */
  userId?: string;
  /** ISO date (YYYY-MM-DD). */
  termStart: string;
}

/** Ends a term (kiện toàn): the member stays in the records of the months they served. */
export interface EndTermRequest {
  termEnd: string;
}

export interface BlocMemberDto {
  id: string;
  fullName: string;
  position: string;
  kind: BlocMemberKind;
  blocRole: BlocRole;
  userId: string | null;
  termStart: string;
  termEnd: string | null;
  /** Serving today. */
  current: boolean;
}

export interface BlocRulesRequest {
  communeId?: string;
  /** The operating rules (quy chế hoạt động) as adopted. */
  rules: string;
  adoptedOn: string;
}

export interface BlocDto {
  communeId: string;
  communeName: string;
  rules: string | null;
  rulesAdoptedOn: string | null;
  members: BlocMemberDto[];
  currentCount: number;
  /** 7–13 members serving today. */
  sizeOk: boolean;
  headName: string | null;
  /** The caller leads this bloc (a leader of the commune). */
  canManage: boolean;
  /** The caller's own member record, when the caller is a serving member. */
  myMemberId: string | null;
}

// ---- the yearly programme and plan ----------------------------------------------------------------------------------

/** The plan implements the Party committee's resolution and the People's Council's resolution of the year. */
export const RESOLUTION_KINDS = ['party_committee', 'peoples_council'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

export interface ResolutionInput {
  kind: ResolutionKind;
  /** Its number, e.g. "05-NQ/ĐU" or "12/NQ-HĐND". */
  reference: string;
  title: string;
}

export interface CreatePlanRequest {
  communeId?: string;
  year: number;
  title: string;
  resolutions: ResolutionInput[];
}

export interface AddPlanTaskRequest {
  content: string;
  resolutionId: string;
  ownerMemberId: string;
  dueDate: string;
}

export const PLAN_TASK_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type PlanTaskStatus = (typeof PLAN_TASK_STATUSES)[number];

export interface PlanTaskProgressRequest {
  status: Exclude<PlanTaskStatus, 'planned'>;
  note?: string;
}

export interface ResolutionDto extends ResolutionInput {
  id: string;
}

export interface PlanTaskDto {
  id: string;
  content: string;
  resolutionId: string;
  resolutionReference: string;
  ownerMemberId: string;
  ownerName: string;
  dueDate: string;
  status: PlanTaskStatus;
  note: string | null;
  doneOn: string | null;
  /** Past its due date and not done. */
  overdue: boolean;
  /** The caller may report progress (the owner's account, or the bloc head). */
  canReport: boolean;
}

export interface BlocPlanDto {
  id: string;
  communeId: string;
  year: number;
  title: string;
  resolutions: ResolutionDto[];
  tasks: PlanTaskDto[];
}

// ---- briefings and what people think -------------------------------------------------------------------------------

/**
 * Channels of "nắm tình hình nhân dân" the articles name (voter contact, briefings, dialogues, seminars, thematic
 * meetings, union meetings, neighbourhood meetings, field surveys), plus the teams' monthly meetings and the petitions
 * that reach the commune.
 */
export const SENTIMENT_CHANNELS = [
  'voter_contact',
  'briefing',
  'dialogue',
  'seminar',
  'thematic_meeting',
  'union_meeting',
  'neighbourhood_meeting',
  'field_survey',
  'mobilization_team',
  'petitions',
] as const;
export type SentimentChannel = (typeof SENTIMENT_CHANNELS)[number];

/** Channels with no record of their own elsewhere: what was heard there is noted here. */
export const NOTE_CHANNELS = ['union_meeting', 'neighbourhood_meeting', 'field_survey'] as const;
export type NoteChannel = (typeof NOTE_CHANNELS)[number];

/** How heated what was heard is: stable, a concern, a tension that may become a hot spot. */
export const SENTIMENT_LEVELS = ['stable', 'concern', 'tension'] as const;
export type SentimentLevel = (typeof SENTIMENT_LEVELS)[number];

export interface SentimentNoteInput {
  neighbourhoodId?: string;
  category: CaseCategory;
  level: SentimentLevel;
  content: string;
  /** The bloc member who heard it. */
  reporterMemberId?: string;
}

export interface CreateSentimentNoteRequest extends SentimentNoteInput {
  communeId?: string;
  channel: NoteChannel;
  notedOn: string;
}

export interface SentimentNoteDto {
  id: string;
  channel: SentimentChannel;
  notedOn: string;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  category: CaseCategory;
  level: SentimentLevel;
  content: string;
  reporterName: string | null;
}

/** A briefing (giao ban) of the bloc: who came, what was said, and the situations heard. */
export interface CreateBriefingRequest {
  communeId?: string;
  heldOn: string;
  attendeeIds: string[];
  summary: string;
  situations?: SentimentNoteInput[];
}

export interface BriefingDto {
  id: string;
  heldOn: string;
  summary: string;
  attendees: { id: string; fullName: string }[];
  situations: SentimentNoteDto[];
}

export interface SentimentReportQuery {
  communeId?: string;
  year: number;
  quarter: number;
}

export interface SentimentChannelRow {
  channel: SentimentChannel;
  /** Sessions, meetings, briefings or notes held through the channel in the period. */
  events: number;
  /** Opinions, situations or petitions that came in through it. */
  items: number;
  byCategory: Partial<Record<CaseCategory, number>>;
  /** A few of the things heard, newest first. */
  examples: string[];
}

/** "likely": a tension is forming (a tension noted, or many items rising); "watch": to follow. */
export const TENSION_LEVELS = ['likely', 'watch'] as const;
export type TensionLevel = (typeof TENSION_LEVELS)[number];

export interface TensionForecastDto {
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  category: CaseCategory;
  level: TensionLevel;
  /** Items this period and in the period before. */
  items: number;
  previous: number;
  reasons: BilingualText[];
}

export interface SentimentReportDto {
  communeId: string;
  communeName: string;
  year: number;
  quarter: number;
  from: string;
  to: string;
  channels: SentimentChannelRow[];
  totalItems: number;
  byCategory: { category: CaseCategory; items: number }[];
  /** Hot spots already flagged (the forecast looks for the ones not yet there). */
  hotSpots: { title: BilingualText; detectedAt: string }[];
  tensions: TensionForecastDto[];
}

// ---- member evaluation and reviews -----------------------------------------------------------------------------------

/** Each member is evaluated on these criteria (weights in points, out of 100 when all apply). */
export const MEMBER_CRITERIA = ['briefing_attendance', 'plan_tasks_on_time', 'village_meetings', 'sentiment_reports'] as const;
export type MemberCriterion = (typeof MEMBER_CRITERIA)[number];

/** The four grades of the yearly evaluation of cadres. */
export const EVALUATION_GRADES = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number];

/** Mid-year review (sơ kết 6 tháng, January–June) and year-end review (tổng kết năm). */
export const REVIEW_KINDS = ['mid_year', 'year_end'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export interface EvaluationLineDto {
  criterion: MemberCriterion;
  label: BilingualText;
  /** What was done and what was expected; `applies` is false when nothing was expected of the member. */
  done: number;
  expected: number;
  applies: boolean;
  weight: number;
  points: number;
}

export interface MemberEvaluationDto {
  memberId: string;
  fullName: string;
  position: string;
  lines: EvaluationLineDto[];
  /** Out of 100: the points earned over the weights of the criteria that apply. */
  score: number;
  grade: EvaluationGrade;
}

export interface EvaluationQuery {
  communeId?: string;
  year: number;
  kind: ReviewKind;
}

export interface CreateReviewRequest {
  communeId?: string;
  year: number;
  kind: ReviewKind;
  heldOn: string;
  summary: string;
  shortcomings?: string;
  directions?: string;
}

/** The figures of the period, frozen when the review is held. */
export interface ReviewFiguresDto {
  from: string;
  to: string;
  members: number;
  briefings: number;
  planTasks: {
    total: number;
    due: number;
    done: number;
    onTime: number;
    overdue: number;
  };
  teams: {
    count: number;
    meetings: number;
    monthsMissed: number;
    inspections: number;
  };
  sentimentItems: number;
  tensions: number;
  goodPractices: { nominated: number; recognised: number };
}

export interface BlocReviewDto {
  id: string;
  communeId: string;
  communeName: string;
  year: number;
  kind: ReviewKind;
  heldOn: string;
  summary: string;
  shortcomings: string | null;
  directions: string | null;
  figures: ReviewFiguresDto;
  evaluations: MemberEvaluationDto[];
}

// ---- inspection and urging from above, commune cadres at village meetings, focused villages -----------------------

export interface CreateInspectionRequest {
  teamId: string;
  visitedOn: string;
  /** The month checked, YYYY-MM. */
  month: string;
  meetingHeld: boolean;
  rulesKept: boolean;
  findings: string;
  recommendations?: string;
}

export interface InspectionDto {
  id: string;
  teamId: string;
  teamName: string;
  neighbourhoodName: string;
  communeId: string;
  communeName: string;
  visitedOn: string;
  month: string;
  inspectorName: string;
  meetingHeld: boolean;
  rulesKept: boolean;
  findings: string;
  recommendations: string | null;
}

export interface CreateAssignmentRequest {
  teamId: string;
  memberId: string;
  month: string;
}

export interface ReportAssignmentRequest {
  attended: boolean;
  note?: string;
}

export interface AssignmentDto {
  id: string;
  teamId: string;
  teamName: string;
  memberId: string;
  memberName: string;
  month: string;
  attended: boolean | null;
  note: string | null;
  canReport: boolean;
}

/** Each commune may choose up to 20% of its villages for a focused quality programme (Hà Giang, 2019). */
export const FOCUS_SHARE = 0.2;

export interface FocusCriterionInput {
  label: string;
  weight: number;
  target: number;
}

export interface SelectFocusVillageRequest {
  communeId?: string;
  year: number;
  neighbourhoodId: string;
  criteria: FocusCriterionInput[];
}

export interface RecordFocusScoresRequest {
  month: string;
  values: { criterionId: string; value: number }[];
}

export interface FocusScoreLineDto {
  criterionId: string;
  label: string;
  value: number;
  target: number;
  weight: number;
  points: number;
}

export interface FocusVillageDto {
  id: string;
  year: number;
  neighbourhoodId: string;
  neighbourhoodName: string;
  criteria: (FocusCriterionInput & { id: string })[];
  /** One scorecard per month scored, newest first. */
  scorecards: { month: string; lines: FocusScoreLineDto[]; total: number }[];
}

export interface FocusProgrammeDto {
  communeId: string;
  year: number;
  villageCount: number;
  quota: number;
  villages: FocusVillageDto[];
}

/** A team that let a month pass without its meeting, until its next meeting clears it. */
export interface FlaggedTeamDto {
  teamId: string;
  teamName: string;
  neighbourhoodName: string;
  communeId: string;
  communeName: string;
  /** Months without a meeting not yet followed by one, YYYY-MM. */
  missedMonths: string[];
  lastMeetingOn: string | null;
  lastInspection: {
    visitedOn: string;
    inspectorName: string;
    findings: string;
  } | null;
}

export interface FocusWatchRow {
  id: string;
  neighbourhoodName: string;
  communeName: string;
  year: number;
  /** The latest month scored and its total, or null before the first. */
  month: string | null;
  total: number | null;
}

/** `GET /api/bloc/watch`: the leader's overview of the teams (flags) and the focused villages. */
export interface BlocWatchDto {
  /** The last complete month, YYYY-MM: months are judged once they are over. */
  lastCompleteMonth: string;
  flagged: FlaggedTeamDto[];
  focus: FocusWatchRow[];
}

// ---- "Dân vận khéo": nomination, review, recognition, follow-up ---------------------------------------------------

export const GOOD_PRACTICE_STATUSES = ['nominated', 'endorsed', 'rejected', 'recognised'] as const;
export type GoodPracticeStatus = (typeof GOOD_PRACTICE_STATUSES)[number];

export const RECOGNITION_LEVELS = ['commune', 'province'] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

export interface NominateGoodPracticeRequest {
  communeId?: string;
  year: number;
  title: string;
  description: string;
  /** What it achieved (numbers, households, metres of road…). */
  results: string;
  /** Who carries it out: a team, a union, a person. */
  owner: string;
  teamId?: string;
}

export interface ReviewGoodPracticeRequest {
  outcome: 'endorse' | 'reject';
  note: string;
}

export interface RecogniseGoodPracticeRequest {
  level: RecognitionLevel;
  /** The commendation decision, e.g. "Quyết định số 45/QĐ-UBND". */
  decisionRef?: string;
}

export interface AddFollowUpRequest {
  followedOn: string;
  /** Where it was replicated. */
  place: string;
  note: string;
}

// ---- labels, for documents and screens -------------------------------------------------------------------------------

export const BLOC_MEMBER_KIND_LABELS: Record<BlocMemberKind, BilingualText> = {
  party_committee: { vi: 'Đảng ủy', en: 'Party committee' },
  peoples_council: { vi: 'Hội đồng nhân dân', en: 'People’s Council' },
  peoples_committee: { vi: 'Ủy ban nhân dân', en: 'People’s Committee' },
  fatherland_front: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  womens_union: { vi: 'Hội Liên hiệp Phụ nữ', en: 'Women’s Union' },
  farmers_union: { vi: 'Hội Nông dân', en: 'Farmers’ Union' },
  veterans_union: { vi: 'Hội Cựu chiến binh', en: 'Veterans’ Union' },
  youth_union: { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
  police: { vi: 'Công an', en: 'Police' },
  civil_servant: { vi: 'Công chức xã/phường', en: 'Commune civil servant' },
  school: { vi: 'Trường học', en: 'School' },
  health: { vi: 'Y tế', en: 'Health' },
  party_cell: { vi: 'Bí thư chi bộ', en: 'Party cell secretary' },
  village_head: { vi: 'Trưởng thôn, tổ trưởng tổ dân phố', en: 'Village head' },
  respected_person: { vi: 'Người có uy tín', en: 'Respected person' },
};

export const BLOC_ROLE_LABELS: Record<BlocRole, BilingualText> = {
  head: { vi: 'Trưởng khối', en: 'Head' },
  deputy: { vi: 'Phó trưởng khối', en: 'Deputy head' },
  member: { vi: 'Thành viên', en: 'Member' },
};

export const RESOLUTION_KIND_LABELS: Record<ResolutionKind, BilingualText> = {
  party_committee: {
    vi: 'Nghị quyết Đảng ủy',
    en: 'Party committee resolution',
  },
  peoples_council: { vi: 'Nghị quyết HĐND', en: 'People’s Council resolution' },
};

export const PLAN_TASK_STATUS_LABELS: Record<PlanTaskStatus, BilingualText> = {
  planned: { vi: 'Chưa triển khai', en: 'Planned' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
};

export const SENTIMENT_CHANNEL_LABELS: Record<SentimentChannel, BilingualText> = {
  voter_contact: { vi: 'Tiếp xúc cử tri', en: 'Voter contact' },
  briefing: { vi: 'Giao ban khối dân vận', en: 'Bloc briefings' },
  dialogue: { vi: 'Đối thoại', en: 'Dialogues' },
  seminar: { vi: 'Tọa đàm', en: 'Seminars' },
  thematic_meeting: { vi: 'Sinh hoạt chuyên đề', en: 'Thematic meetings' },
  union_meeting: { vi: 'Sinh hoạt chi, tổ hội', en: 'Union meetings' },
  neighbourhood_meeting: {
    vi: 'Họp tổ nhân dân',
    en: 'Neighbourhood meetings',
  },
  field_survey: { vi: 'Khảo sát thực tế tại địa bàn', en: 'Field surveys' },
  mobilization_team: {
    vi: 'Sinh hoạt tổ dân vận',
    en: 'Mobilization team meetings',
  },
  petitions: { vi: 'Tiếp công dân, đơn thư', en: 'Reception and petitions' },
};

export const SENTIMENT_LEVEL_LABELS: Record<SentimentLevel, BilingualText> = {
  stable: { vi: 'Ổn định', en: 'Stable' },
  concern: { vi: 'Có băn khoăn, bức xúc', en: 'A concern' },
  tension: { vi: 'Có dấu hiệu căng thẳng', en: 'A tension' },
};

export const TENSION_LEVEL_LABELS: Record<TensionLevel, BilingualText> = {
  likely: { vi: 'Nguy cơ thành điểm nóng', en: 'Likely to become a hot spot' },
  watch: { vi: 'Cần theo dõi', en: 'To watch' },
};

export const EVALUATION_GRADE_LABELS: Record<EvaluationGrade, BilingualText> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  completed: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  not_completed: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
};

export const REVIEW_KIND_LABELS: Record<ReviewKind, BilingualText> = {
  mid_year: { vi: 'Sơ kết 6 tháng', en: 'Mid-year review' },
  year_end: { vi: 'Tổng kết năm', en: 'Year-end review' },
};

export const GOOD_PRACTICE_STATUS_LABELS: Record<GoodPracticeStatus, BilingualText> = {
  nominated: { vi: 'Đề xuất', en: 'Nominated' },
  endorsed: {
    vi: 'Khối đã thẩm định, đề nghị công nhận',
    en: 'Endorsed by the bloc',
  },
  rejected: { vi: 'Không đề nghị', en: 'Not endorsed' },
  recognised: { vi: 'Đã công nhận', en: 'Recognised' },
};

export const RECOGNITION_LEVEL_LABELS: Record<RecognitionLevel, BilingualText> = {
  commune: { vi: 'Cấp xã', en: 'Commune level' },
  province: { vi: 'Cấp tỉnh', en: 'Province level' },
};
