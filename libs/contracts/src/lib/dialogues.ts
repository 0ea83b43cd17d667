/** Contracts of the `dialogues` context (requests, responses, enums shared by backend and frontend). */
import type { CaseCategory, CaseType } from './case-types';
import type { DeadlineStatus } from './cases';

/** Đối thoại, tọa đàm, tiếp xúc cử tri, hội nghị chuyên đề. */
export const DIALOGUE_KINDS = ['dialogue', 'seminar', 'voter_contact', 'thematic_meeting'] as const;
export type DialogueKind = (typeof DIALOGUE_KINDS)[number];

/**
 * An opinion becomes the case its content calls for: a proposal (kiến nghị), a reflection (phản ánh), a complaint or a
 * denunciation (whose raiser's name then goes to the vault, never to the minutes' case).
 */
export const OPINION_CASE_TYPES = ['proposal', 'reflection', 'complaint', 'denunciation'] as const;
export type OpinionCaseType = Extract<CaseType, (typeof OPINION_CASE_TYPES)[number]>;

export type DialogueStatus = 'scheduled' | 'held';

/** One opinion in the minutes: what was raised, by whom, and the answer given at the meeting. */
export interface DialogueOpinionInput {
  /** An opinion already in the minutes (editing); omitted for a new one. */
  id?: string;
  raisedBy?: string;
  content: string;
  answer?: string;
  category?: CaseCategory;
}

export interface CreateDialogueRequest {
  kind: DialogueKind;
  title: string;
  /** ISO date (YYYY-MM-DD) of the session. */
  date: string;
  place: string;
  /** Province-level users name the commune; commune users default to theirs. */
  communeId?: string;
  neighbourhoodId?: string;
  chairs: string[];
  invitedAgencyIds?: string[];
  participantCount?: number;
  representatives?: string[];
  topics?: string[];
  /**
   * A complaint's mandatory dialogue: the complaint case it belongs to. Creating it schedules the dialogue on the case
   * (SCHEDULE_DIALOGUE, at least 5 days' notice); recording its minutes records them on the case.
   */
  caseId?: string;
}

/** Replaces the minutes (summary and opinions) and marks the session as held. */
export interface RecordMinutesRequest {
  summary: string;
  participantCount?: number;
  representatives?: string[];
  opinions: DialogueOpinionInput[];
}

export interface CreateCommitmentRequest {
  content: string;
  ownerAgencyId: string;
  /** ISO date (YYYY-MM-DD) promised at the dialogue. */
  dueDate: string;
  category?: CaseCategory;
}

/** Turns opinions (of a dialogue or a team meeting) into cases in one action. */
export interface RaiseOpinionCaseItem {
  opinionId: string;
  type: OpinionCaseType;
  /** The agency that triages and handles the case. */
  leadAgencyId: string;
  category?: CaseCategory;
}
export interface RaiseOpinionCasesRequest {
  items: RaiseOpinionCaseItem[];
}

export interface DialogueOpinionDto {
  id: string;
  seq: number;
  raisedBy: string | null;
  content: string;
  answer: string | null;
  category: CaseCategory;
  caseId: string | null;
  caseCode: string | null;
}

export interface DialogueCommitmentDto {
  id: string;
  content: string;
  ownerAgencyId: string;
  ownerAgencyName: string;
  dueDate: string;
  caseId: string;
  caseCode: string;
  state: string;
  stateLabel: { vi: string; en: string };
  deadlineStatus: DeadlineStatus;
  overdueSince: string | null;
}

export interface DialogueAttachmentDto {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface DialogueSummaryDto {
  id: string;
  kind: DialogueKind;
  title: string;
  date: string;
  place: string;
  communeId: string;
  communeName: string;
  neighbourhoodId: string | null;
  status: DialogueStatus;
  caseId: string | null;
  opinionCount: number;
  commitmentCount: number;
  overdueCommitmentCount: number;
}

export interface DialogueDetailDto extends DialogueSummaryDto {
  chairs: string[];
  invitedAgencyIds: string[];
  participantCount: number;
  representatives: string[];
  topics: string[];
  minutesSummary: string | null;
  caseCode: string | null;
  opinions: DialogueOpinionDto[];
  commitments: DialogueCommitmentDto[];
  attachments: DialogueAttachmentDto[];
}

export interface DialogueListQuery {
  kind?: DialogueKind;
  communeId?: string;
  caseId?: string;
  from?: string;
  to?: string;
}
