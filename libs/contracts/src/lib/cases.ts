import type { AllowedEvent, BlockedEvent, MachineDescription } from './case-events';
import type { CaseFactsDto } from './case-facts';
import type { IsoDate } from './deadlines';
import type { ActorRole, CaseCategory, CaseType, IntakeChannel } from './case-types';
import type { DeadlineExplanation } from './deadlines';

/** A citizen on a case: the petitioner, or a representative of a group visit (1–5 of them). */
export interface CasePartyInput {
  fullName: string;
  idNumber?: string;
  address?: string;
  phone?: string;
}

/** The denouncer's identity: stored encrypted apart from the case, never in lists, history or notifications. */
export interface DenouncerIdentityInput extends CasePartyInput {
  email?: string;
}

export interface CreateCaseRequest {
  type: CaseType;
  channel: IntakeChannel;
  category: CaseCategory;
  summary: string;
  content?: string;
  /** ISO instant the letter arrived or the visit happened; defaults to now. */
  receivedAt?: string;
  /** Required for province-level users; commune users create in their own commune. */
  communeId?: string;
  neighbourhoodId?: string;
  /** The agency the letter goes to for triage and handling (its staff see the case from then on). */
  leadAgencyId?: string;
  groupSize?: number;
  petitioner?: CasePartyInput;
  representatives?: CasePartyInput[];
  /** Denunciations only. */
  denouncer?: DenouncerIdentityInput;
  /** Complaints: first (default) or second complaint. A second one names the first. */
  level?: 'first' | 'second';
  secondComplaintOf?: string;
  /** Complaint: the date (YYYY-MM-DD) the complainant received or learned of the decision (90-day limitation). */
  learnedAt?: string;
  /** Complaint: an obstacle that kept the complainant from filing within the limitation period. */
  limitationObstacle?: string;
  duplicateOf?: string;
  forwardedFrom?: string;
  /** Reception visits: the session it was logged at. */
  sessionId?: string;
  /** Commitments: the owner agency and the promised date. */
  ownerAgencyId?: string;
  dueDate?: string;
}

export interface ApplyCaseEventRequest {
  type: string;
  /** The case version the sender saw; a stale one gets 409 with the current version. */
  expectedVersion?: number;
  payload?: Record<string, unknown>;
  /** A note kept in the history (why). */
  note?: string;
}

export type DeadlineStatus = 'none' | 'on_time' | 'due_soon' | 'overdue' | 'suspended';

/**
 * Whose step an open case is waiting for: the reception desk (answer the citizen, close, triage a petition), the
 * leader's direction on a visit, the lead agency, the competent person deciding on a proposed decision or conclusion,
 * the citizen (nothing for the administration to do, e.g. the window for a second complaint), or nobody (final).
 * The workload and the overview blame an overdue or due-soon case on this party.
 */
export const PENDING_PARTIES = ['desk', 'leader', 'agency', 'decider', 'citizen', 'none'] as const;
export type PendingParty = (typeof PENDING_PARTIES)[number];

export interface CaseSummaryDto {
  id: string;
  code: string;
  type: CaseType;
  state: string;
  stateLabel: { vi: string; en: string };
  version: number;
  category: CaseCategory;
  channel: IntakeChannel;
  summary: string;
  communeId: string;
  neighbourhoodId: string | null;
  leadAgencyId: string | null;
  leadAgencyName: string | null;
  receivedAt: string;
  deadlineRuleId: string | null;
  dueAt: string | null;
  dueSoonAt: string | null;
  overdueSince: string | null;
  deadlineStatus: DeadlineStatus;
  /** Whose step the case is waiting for. */
  pendingParty: PendingParty;
  /**
   * The lifecycle takes a reassignment of the lead agency in this state (REASSIGN_AGENCY: a leader's, within their
   * reach, checked when it is sent): what the overdue list offers "Giao lại" on.
   */
  reassignable: boolean;
  closedAt: string | null;
  /** Petitioner's name; for a denunciation always masked. */
  citizenName: string | null;
}

export interface CaseEventDto {
  seq: number;
  type: string;
  label: { vi: string; en: string };
  at: string;
  /** As recorded: the account's username (or how an online sender is named). */
  actorName: string | null;
  /** The person's full name today, for people reading the history; null for the system and online senders. */
  actorFullName: string | null;
  actorRole: ActorRole;
  fromState: string | null;
  toState: string;
  note: string | null;
  payload: Record<string, unknown>;
  /** The day of the reception session the payload names (`sessionId`, a carry-over), to show instead of its id. */
  sessionDate: IsoDate | null;
}

export interface CasePartyDto {
  role: 'petitioner' | 'representative';
  fullName: string;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
}

/**
 * How a linked case relates to this one:
 * - 'statutory_case': this reception case's matter opened that complaint/denunciation/proposal/reflection case;
 * - 'reception_case': this case was opened from that reception case (the visit's reply clock stays there);
 * - 'same_letter': another matter of the same letter.
 */
/**
 * How a case continues at another body (the receiving body's case points back to the sender's): a forward of a letter
 * or denunciation (chuyển đơn), a transfer of a proposal or reflection, an escalation of an overdue denunciation, a
 * second complaint at the next level, a re-denunciation (tố cáo tiếp) at the next level.
 */
export const HANDOFF_KINDS = ['forward', 'transfer', 'escalate', 'second_complaint', 're_denunciation'] as const;
export type HandoffKind = (typeof HANDOFF_KINDS)[number];

/** `handed_off_to`: the case this one continues as; `handed_off_from`: the case this one continues. */
export type CaseLinkRelation = 'statutory_case' | 'reception_case' | 'same_letter' | 'handed_off_to' | 'handed_off_from';

export interface CaseLinkDto {
  relation: CaseLinkRelation;
  /** For a handoff: which kind. */
  handoffKind?: HandoffKind;
  caseId: string;
  code: string;
  type: CaseType;
  state: string;
  stateLabel: { vi: string; en: string };
  dueAt: string | null;
  /** The agency leading the linked case (where it went, or where it came from). */
  agencyName?: string | null;
  /**
   * False when the linked case lies outside the caller's scope (another commune received the forward): the link says
   * where it went but cannot be opened.
   */
  accessible: boolean;
}

/** A second complaint on a first one: filed at the next level (the province), within the window of Art. 33. */
export interface SecondComplaintRequest {
  receivedAt?: string;
  channel?: IntakeChannel;
  /** By default the first complaint's field. */
  category?: CaseCategory;
  summary?: string;
  content?: string;
  /** An obstacle that kept the complainant from filing in time (illness, disaster…); the window then does not bind. */
  obstacle?: string;
}

/** A re-denunciation (tố cáo tiếp) at the next level, disputing the conclusion or after the case ran out of time. */
export interface ReDenunciationRequest {
  reason: string;
  /** The next level; by default the province. */
  toAgencyId?: string;
  receivedAt?: string;
  channel?: IntakeChannel;
  summary?: string;
}

/** Who holds the deciding seat of the case (competence as data: the agency tree and the roles at it). */
export interface CaseDeciderDto {
  seat: 'commune_leader' | 'province_leader' | 'lead_agency_head';
  title: { vi: string; en: string };
  basis: { document: string; article: string };
  agencyId: string | null;
  agencyName: string | null;
  /** The active people holding the seat (a leader at the commune or province, the head of the lead agency). */
  people: { id: string; fullName: string }[];
  /** Whether the caller holds it. */
  isCaller: boolean;
}

/** What may follow a case at the next level, and until when (shown on the case page; the backend checks it again). */
export interface CaseFollowUpsDto {
  /** A first complaint: when the second-complaint window (Art. 33) opened and when it closes; null before it opens. */
  secondComplaint: { windowOpenedAt: string; windowEndsAt: string; basis: 'decision' | 'unresolved'; filedCaseId: string | null } | null;
  /** A denunciation concluded (or overdue unresolved): the denouncer may take it to the next level (Art. 37). */
  reDenunciation: { ground: 'disputed' | 'overdue'; filedCaseId: string | null } | null;
}

/**
 * Statutory notices generated as PDF from the case (the forms of Thông tư 05/2021/TT-TTCP as a guide):
 * acceptance notice (thông báo thụ lý), refusal to accept (thông báo không thụ lý), forwarding slip (phiếu chuyển đơn),
 * guidance letter (văn bản hướng dẫn).
 */
export const CASE_NOTICE_KINDS = ['acceptance', 'refusal', 'forwarding-slip', 'guidance'] as const;
export type CaseNoticeKind = (typeof CASE_NOTICE_KINDS)[number];

export interface CaseDetailDto extends CaseSummaryDto {
  content: string;
  groupSize: number;
  provinceId: string;
  coordinatingAgencyIds: string[];
  machineId: string;
  machineVersion: number;
  remoteArea: boolean;
  parties: CasePartyDto[];
  /** Denunciations: whether a confidential identity is on file (its content only through the reveal route). */
  hasConfidentialIdentity: boolean;
  /** Whether the caller may reveal it (the assigned handler, the lead agency's head, the resolving leader). */
  canRevealIdentity: boolean;
  related: {
    duplicateOf: string | null;
    secondComplaintOf: string | null;
    forwardedFrom: string | null;
  };
  /**
   * Cases this one is linked to: the reception case of the visit it came from and the statutory case a visit's matter
   * opened (both ways), and the other matters of the same letter.
   */
  links: CaseLinkDto[];
  /** Who decides this case (complaints and denunciations); null for the other types. */
  decider: CaseDeciderDto | null;
  followUps: CaseFollowUpsDto;
  /** The registered letter this case is a matter of, if it came by letter. */
  letter: { id: string; code: string; channel: IntakeChannel; receivedAt: string } | null;
  /** Statutory notices (PDF) that can be printed for this case now. */
  notices: CaseNoticeKind[];
  /** "Why this date" for the running deadline. */
  deadline: DeadlineExplanation | null;
  history: CaseEventDto[];
  /** Events the caller may send now. */
  allowedEvents: AllowedEvent[];
  /** Events the caller's role would send next but the lifecycle holds back now, each with the reason in words. */
  blockedEvents: BlockedEvent[];
  lifecycle: MachineDescription;
  /** What the lifecycle has recorded, typed (`CaseFactsDto`). */
  context: CaseFactsDto;
}

/**
 * The answer to an event (`POST /api/cases/:id/events`): the case page as the event left it, without `lifecycle`. The
 * machine's description is the same for every case of a type and version, a case keeps its version for life and the
 * client already holds it from the page it sent the event from, so each click no longer carries it back (10 KB of the
 * 16 KB page, issue 18).
 */
export type CaseEventAnswerDto = Omit<CaseDetailDto, 'lifecycle'>;

export interface CaseListQuery {
  type?: CaseType;
  state?: string;
  agencyId?: string;
  communeId?: string;
  neighbourhoodId?: string;
  category?: CaseCategory;
  overdue?: boolean;
  dueSoon?: boolean;
  receivedFrom?: string;
  receivedTo?: string;
  /** Only cases still open (true) or only closed ones (false). */
  open?: boolean;
  /** The lead agency only (`agencyId` also matches coordinating agencies). */
  leadAgencyId?: string;
  /** Only cases given to no agency yet (the overview's "Chưa giao cơ quan" row). */
  noLeadAgency?: boolean;
  /** Only cases whose neighbourhood is not known (the overview's "Không rõ tổ dân phố" row). */
  noNeighbourhood?: boolean;
  /** Only cases waiting for this party's step ('none': closed ones), as the overview attributes overdue and due-soon cases. */
  pendingParty?: PendingParty;
  closedFrom?: string;
  closedTo?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

export interface CasePage {
  items: CaseSummaryDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface RevealIdentityRequest {
  reason: string;
}

export interface NotificationDto {
  id: string;
  kind: string;
  caseId: string | null;
  caseCode: string | null;
  title: { vi: string; en: string };
  body: { vi: string; en: string };
  createdAt: string;
  readAt: string | null;
}

/**
 * A file attached to a case (petition scan, minutes, photos). Upload: `POST /api/cases/:id/attachments` as
 * multipart/form-data with the field `file`; list: `GET /api/cases/:id/attachments`; bytes:
 * `GET /api/cases/:id/attachments/:attachmentId/content`. Limits in ATTACHMENT_LIMITS.
 */
export interface CaseAttachmentDto {
  id: string;
  caseId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the stored bytes, checked again on every download. */
  sha256: string;
  uploadedBy: { id: string; fullName: string } | null;
  uploadedAt: string;
}

export const ATTACHMENT_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  /** Scans, photos, office documents and audio recordings of a reception or dialogue. */
  contentTypes: [
    'application/pdf',
    'image/jpeg',
    'image/png',
    'image/webp',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'audio/mpeg',
    'audio/mp4',
    'text/plain',
  ],
} as const;

/** A leader's reminder (đôn đốc) to the agency handling a case: `POST /api/cases/:id/reminders`. */
export interface CaseReminderRequest {
  /** What the leader asks for, kept in the history and sent to the agency. */
  note?: string;
}

export interface CaseReminderDto {
  caseId: string;
  code: string;
  sentAt: string;
  agencyId: string;
  agencyName: string;
  /** The people of the agency told (the case's handler and the agency's heads, or every handler when none holds it). */
  notified: number;
  /** The next reminder on this case is taken from this instant on. */
  nextAllowedAt: string;
}
