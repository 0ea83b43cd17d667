import type { ActorRole, BilingualText, CaseType } from './case-types';
import type { DeadlineRuleId } from './deadlines';

/**
 * Events a case accepts, per case type, with their payloads. The machines in `workflows/src/machines` hold the truth
 * about when an event is allowed; this file is the shape both sides agree on.
 *
 * Every event travels with an envelope: `at` (ISO timestamp, the moment it happened: machines never read a clock) and
 * `actor` (who sent it). A case command is `{ type, ...payload, at, actor }`.
 */
export interface CaseEventActor {
  id: string;
  role: ActorRole;
  agencyId?: string;
}

export interface CaseEventEnvelope {
  at: string;
  actor: CaseEventActor;
}

/** Deadline facts sent by the backend scheduler (role `system`); machines record them, they never time anything. */
export const DEADLINE_EVENT_TYPES = ['DEADLINE_WARNING', 'DEADLINE_PASSED'] as const;
export type DeadlineEventType = (typeof DEADLINE_EVENT_TYPES)[number];

/**
 * A leader gives a case still being handled to another lead agency (giao lại cơ quan chủ trì): an event of every case
 * type that has a lead agency, taken by the states where handling has not concluded (each machine says which).
 */
export const REASSIGN_AGENCY_EVENT = 'REASSIGN_AGENCY';

export const RECEPTION_EVENT_TYPES = [
  'ANSWER_ON_SPOT',
  'GUIDE',
  'REFUSE',
  'ASSIGN',
  'AGENCY_REPORT',
  'ANSWER_CITIZEN',
  'CLOSE',
  'CARRY_OVER',
  REASSIGN_AGENCY_EVENT,
  ...DEADLINE_EVENT_TYPES,
] as const;
export type ReceptionEventType = (typeof RECEPTION_EVENT_TYPES)[number];

export const COMPLAINT_EVENT_TYPES = [
  'TRIAGE_ACCEPT',
  'TRIAGE_REFUSE',
  'TRIAGE_FORWARD',
  'TRIAGE_GUIDE',
  'TRIAGE_RETURN_DOCUMENTS',
  'TRIAGE_ARCHIVE',
  'RECORD_VERIFICATION',
  'SCHEDULE_DIALOGUE',
  'RECORD_DIALOGUE_MINUTES',
  'PROPOSE_DECISION',
  'APPROVE',
  'RETURN',
  'NOTIFY_PARTIES',
  'CLOSE',
  'REQUEST_EXTENSION',
  'APPROVE_EXTENSION',
  'REJECT_EXTENSION',
  'SUSPEND',
  'RESUME',
  'WITHDRAW',
  'RECORD_LIMITATION_OBSTACLE',
  REASSIGN_AGENCY_EVENT,
  ...DEADLINE_EVENT_TYPES,
] as const;
export type ComplaintEventType = (typeof COMPLAINT_EVENT_TYPES)[number];

export const DENUNCIATION_EVENT_TYPES = [
  'ACCEPT',
  'REFUSE_ACCEPTANCE',
  'EXTEND_INITIAL_HANDLING',
  'FORWARD',
  'SEND_FORWARD',
  'ARCHIVE',
  'NOTIFY_DENOUNCER',
  'RECORD_VERIFICATION',
  'CONCLUDE',
  'HANDLE_CONCLUSION',
  'CLOSE',
  'REQUEST_EXTENSION',
  'APPROVE_EXTENSION',
  'REJECT_EXTENSION',
  'SUSPEND',
  'RESUME',
  'WITHDRAW',
  'RECORD_VIOLATION_EVIDENCE',
  'ESCALATE',
  REASSIGN_AGENCY_EVENT,
  ...DEADLINE_EVENT_TYPES,
] as const;
export type DenunciationEventType = (typeof DENUNCIATION_EVENT_TYPES)[number];

/** Proposals (kiến nghị) and reflections (phản ánh) share one lifecycle. */
export const PETITION_EVENT_TYPES = [
  'ACCEPT',
  'TRANSFER',
  'SUBMIT_RESPONSE',
  'APPROVE',
  'RETURN',
  'NOTIFY_CITIZEN',
  'CLOSE',
  REASSIGN_AGENCY_EVENT,
  ...DEADLINE_EVENT_TYPES,
] as const;
export type PetitionEventType = (typeof PETITION_EVENT_TYPES)[number];

export const COMMITMENT_EVENT_TYPES = ['REPORT_DONE', 'VERIFY', 'REJECT', REASSIGN_AGENCY_EVENT, ...DEADLINE_EVENT_TYPES] as const;
export type CommitmentEventType = (typeof COMMITMENT_EVENT_TYPES)[number];

export const CASE_EVENT_TYPES: Record<CaseType, readonly CaseEventType[]> = {
  reception: RECEPTION_EVENT_TYPES,
  complaint: COMPLAINT_EVENT_TYPES,
  denunciation: DENUNCIATION_EVENT_TYPES,
  proposal: PETITION_EVENT_TYPES,
  reflection: PETITION_EVENT_TYPES,
  commitment: COMMITMENT_EVENT_TYPES,
};

export type CaseEventType = ReceptionEventType | ComplaintEventType | DenunciationEventType | PetitionEventType | CommitmentEventType;

// ---- payloads -------------------------------------------------------------------------------------------------------

/** Lawful reasons to refuse a reception (Luật Tiếp công dân 2013 Art. 9). */
export const RECEPTION_REFUSAL_REASONS = [
  'intoxicated',
  'threatening',
  'already_resolved',
  'not_a_petition',
  'final_judgment',
  'handled_elsewhere',
] as const;
export type ReceptionRefusalReason = (typeof RECEPTION_REFUSAL_REASONS)[number];

export const COMPLAINT_OUTCOMES = ['upheld', 'partly_upheld', 'rejected'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** Denunciation complexity decides how many extensions the law allows (Luật Tố cáo Art. 30). */
export const DENUNCIATION_COMPLEXITIES = ['complex', 'especially_complex'] as const;
export type DenunciationComplexity = (typeof DENUNCIATION_COMPLEXITIES)[number];

export interface DeadlinePayload {
  /** The deadline rule the fact is about, e.g. 'complaint.resolve.first'. */
  ruleId?: string;
  dueDate?: string;
}
export interface AnswerPayload {
  answer: string;
}
export interface GuidePayload {
  /** The competent body the citizen is guided to. */
  body: string;
  note?: string;
}
export interface RefusePayload {
  reason: ReceptionRefusalReason;
  note?: string;
}
export interface AssignPayload {
  agencyId: string;
  note?: string;
  dueDate?: string;
}
export interface AgencyReportPayload {
  report: string;
}
export interface CarryOverPayload {
  /** The next reception session whose agenda takes the case. */
  sessionId: string;
}
export interface NotePayload {
  note?: string;
}
export interface ReasonPayload {
  reason: string;
}
/** An obstacle that kept the complainant from filing within the limitation period (Luật Khiếu nại 2011 Art. 9). */
export interface LimitationObstaclePayload {
  reason: string;
}

/**
 * Grounds to archive a letter without handling it (lưu đơn, Thông tư 05/2021/TT-TTCP Art. 6): anonymous or
 * impersonated, a copy of a letter already handled, a matter already lawfully resolved, content that is no petition.
 */
export const ARCHIVE_GROUNDS = ['anonymous', 'duplicate', 'already_resolved', 'not_a_petition', 'other'] as const;
export type ArchiveGround = (typeof ARCHIVE_GROUNDS)[number];

export interface ArchivePayload {
  reason: string;
  ground?: ArchiveGround;
}

/**
 * Lawful grounds not to accept a complaint (Luật Khiếu nại 2011 Art. 11): not about an administrative decision or act
 * that affects the complainant, lacking capacity or standing, time limit passed, already resolved at the second level,
 * before a court, withdrawn, or otherwise inadmissible.
 */
export const COMPLAINT_REFUSAL_GROUNDS = [
  'not_administrative',
  'no_standing',
  'time_limit_passed',
  'already_resolved',
  'before_court',
  'other',
] as const;
export type ComplaintRefusalGround = (typeof COMPLAINT_REFUSAL_GROUNDS)[number];

export interface TriageRefusePayload {
  ground: ComplaintRefusalGround;
  reason: string;
}

/** Forwarding a letter to the competent body (chuyển đơn): an agency in this system, or a body outside it by name. */
export interface TriageForwardPayload {
  toAgencyId?: string;
  toBody: string;
  note?: string;
}

/**
 * Grounds not to accept a denunciation (Luật Tố cáo 2018 Art. 29(2)): already resolved with no new facts, no basis to
 * verify, the denouncer lacks capacity, or the matter is outside the person's competence.
 */
export const DENUNCIATION_REFUSAL_GROUNDS = ['already_resolved', 'no_basis', 'no_capacity', 'other'] as const;
export type DenunciationRefusalGround = (typeof DENUNCIATION_REFUSAL_GROUNDS)[number];

export interface DenunciationRefusePayload {
  ground: DenunciationRefusalGround;
  reason: string;
}

/** The forwarding slip (phiếu chuyển đơn) has been sent. */
export interface SendForwardPayload {
  slipNo?: string;
  note?: string;
}
export interface AcceptPayload {
  agencyId: string;
  note?: string;
}
export interface RecordVerificationPayload {
  findings: string;
  /** Does what the complainant demands match what verification found? If not, a dialogue is required. */
  demandMatchesFindings?: boolean;
}
export interface ScheduleDialoguePayload {
  /** ISO date (YYYY-MM-DD) of the dialogue. */
  date: string;
  place: string;
  participants: string[];
}
export interface DialogueMinutesPayload {
  minutes: string;
}
export interface ProposeDecisionPayload {
  summary: string;
  outcome: ComplaintOutcome;
}
export interface ApprovePayload {
  /** Number of the signed decision or document, when there is one. */
  documentNo?: string;
  note?: string;
}
export interface RequestExtensionPayload {
  reason: string;
}
export interface RequestDenunciationExtensionPayload {
  reason: string;
  complexity: DenunciationComplexity;
}
export interface ForwardPayload {
  /** An agency in this system; a body outside it is named in `toBody`. One of the two is required. */
  toAgencyId?: string;
  toBody?: string;
  note?: string;
}
export interface ConcludePayload {
  conclusion: string;
}
export interface HandleConclusionPayload {
  measures: string;
}
/** Giving the case to another lead agency: which one (never the one leading it now) and why. */
export interface ReassignAgencyPayload {
  toAgencyId: string;
  reason: string;
}
export interface EscalatePayload {
  toAgencyId?: string;
  note?: string;
}
export interface TransferPayload {
  /** The receiving agency when it is in this system: the transfer opens the proposal or reflection there. */
  toAgencyId?: string;
  toBody: string;
  note?: string;
}
export interface SubmitResponsePayload {
  response: string;
}
export interface ReportDonePayload {
  report: string;
}

// ---- what the UI and the backend read -------------------------------------------------------------------------------

/**
 * The deadline rule a state starts or runs. A string names one rule; an object names the rule per complaint level
 * (first or second complaint), resolved against the case context.
 */
export type DeadlineRuleRef = DeadlineRuleId | { first?: DeadlineRuleId; second?: DeadlineRuleId };

/** What entering a state does to the deadline clock. */
export type DeadlineClock = 'start' | 'keep' | 'pause' | 'stop';

export interface PayloadFieldDescription {
  name: string;
  type: 'string' | 'boolean' | 'date' | 'string[]' | 'enum';
  required: boolean;
  /** Allowed values when type is 'enum'. */
  values?: readonly string[];
}

export interface MachineStateDescription {
  /** Dotted path, the same as a case's `state` column, e.g. 'accepted.verification'. */
  id: string;
  parent?: string;
  label: BilingualText;
  final: boolean;
  initial: boolean;
  deadlineRule?: DeadlineRuleRef;
  clock?: DeadlineClock;
}

export interface MachineTransitionDescription {
  from: string;
  event: CaseEventType;
  /** The target state; equal to `from` when the event only records a fact. */
  to: string;
  /** True when `to` is "back where it was" (history), e.g. RESUME after a suspension. */
  history?: boolean;
  guard?: string;
}

export interface MachineEventDescription {
  type: CaseEventType;
  label: BilingualText;
  roles: ActorRole[];
  /** Also (or only) the person who holds the case's deciding seat (`CaseDetailDto.decider`). */
  decider?: boolean;
  payload: PayloadFieldDescription[];
}

export interface MachineDescription {
  machineId: CaseType;
  version: number;
  initial: string;
  states: MachineStateDescription[];
  transitions: MachineTransitionDescription[];
  events: MachineEventDescription[];
}

export interface AllowedEvent {
  type: CaseEventType;
  label: BilingualText;
}

/**
 * Why the lifecycle holds an event back although the caller's role may send it: the machine guard that fails, named
 * (e.g. `isDialogueSatisfied`: a dialogue is due before the draft decision), and the reason in the users' words.
 */
export interface BlockedEvent extends AllowedEvent {
  reason: string;
  reasonLabel: BilingualText;
}
