import type { ComplaintOutcome, DenunciationComplexity, ReceptionRefusalReason } from './case-events';

/** A deadline warning or passing the machine recorded (the sweeper's DEADLINE_SOON / DEADLINE_PASSED). */
export interface RecordedDeadlineFactDto {
  at: string;
  ruleId?: string;
  dueDate?: string;
}

/** The conclusion a re-denunciation (tố cáo tiếp, Luật Tố cáo 2018 Art. 37) disputes: the earlier case's. */
export interface EarlierConclusionDto {
  caseId: string;
  code: string;
  conclusion?: string;
  concludedAt?: string;
  /** Why the denouncer takes it to the next level: the conclusion is disputed, or the case ran out of time. */
  ground: 'disputed' | 'overdue';
}

/**
 * The facts a case's lifecycle has recorded, as the API shows them (`CaseDetailDto.context`). Every machine's context
 * is one of these: `workflows` checks at compile time that each case type's context fits this shape and reads it with
 * `caseFactsOf`, so a fact renamed in a machine breaks the build instead of vanishing from the screens. Each fact is
 * present only when the case's type records it and the lifecycle has reached it; times are ISO timestamps, dates
 * Vietnam calendar dates (YYYY-MM-DD).
 */
export interface CaseFactsDto {
  caseId: string;
  receivedAt: string;
  /** Remote or especially difficult area: longer limits. */
  remote: boolean;
  /** `at` of the last accepted event. */
  updatedAt: string;
  dueSoon?: RecordedDeadlineFactDto;
  overdue?: RecordedDeadlineFactDto;

  /** The agency leading the case (the commitment's owner agency). */
  agencyId?: string;
  acceptedAt?: string;
  guidedTo?: string;
  archiveReason?: string;
  archiveGround?: string;
  /** Not accepted (complaint, denunciation: with its lawful ground) or refused at the desk (reception). */
  refusal?: { ground?: string; reason: string | ReceptionRefusalReason; note?: string; at?: string };
  verification?: { findings: string; at: string; demandMatchesFindings?: boolean };
  extensionsGranted?: number;
  extensionRequest?: { reason: string; requestedAt: string; complexity?: DenunciationComplexity };
  suspension?: { reason: string; since: string };
  returnCount?: number;
  lastReturnReason?: string;
  notifiedAt?: string;
  closedAt?: string;
  terminationReason?: string;
  terminatedAt?: string;

  // Complaint (khiếu nại)
  level?: 'first' | 'second';
  /** A second complaint's first complaint. */
  linkedCaseId?: string;
  /** The limitation period's facts (Luật Khiếu nại 2011 Art. 9). */
  limitation?: { learnedAt: string; obstacle?: { reason: string; at: string } };
  forwarding?: { toAgencyId?: string; toBody: string; at: string; note?: string };
  documentsReturned?: { reason: string; at: string };
  dialogue?: { date: string; place: string; participants: string[]; noticeAt: string; minutes?: string; heldAt?: string };
  decision?: { summary: string; outcome: ComplaintOutcome; proposedAt: string; approvedAt?: string; documentNo?: string };

  // Denunciation (tố cáo)
  forwardedFrom?: string;
  earlierConclusion?: EarlierConclusionDto;
  forwardCount?: number;
  forwardedTo?: string;
  forwardedToBody?: string;
  forwardDecidedAt?: string;
  forwardSentAt?: string;
  forwardSlipNo?: string;
  initialHandlingExtended?: { reason: string; at: string };
  denouncerNotifiedAt?: string;
  conclusion?: { text: string; at: string };
  handling?: { measures: string; at: string };
  complexity?: DenunciationComplexity;
  violationEvidence?: boolean;
  withdrawal?: { reason: string; at: string };
  escalatedTo?: string;

  // Proposal and reflection (kiến nghị, phản ánh)
  transferredTo?: string;
  response?: { text: string; submittedAt: string };
  approval?: { at: string; documentNo?: string };

  // Reception (a citizen's matter at the desk)
  sessionId?: string;
  carriedOverTo?: string[];
  direction?: 'answer_on_spot' | 'guide' | 'refuse' | 'assign';
  directedAt?: string;
  answer?: string;
  assignmentDueDate?: string;
  assignmentNote?: string;
  agencyReport?: { report: string; at: string };
  answeredAt?: string;

  // Commitment (a leader's promise at a dialogue)
  dueDate?: string;
  dialogueId?: string;
  report?: { text: string; at: string };
  rejectionCount?: number;
  lastRejectionReason?: string;
  verifiedAt?: string;
}
