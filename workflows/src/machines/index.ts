/**
 * Case lifecycles (XState v5), one machine per case type, versioned. The backend stores each case's persisted
 * snapshot and applies events with `applyEvent` (pure: restore → transition → persist); the UI draws the lifecycle
 * from `describeMachine` and its buttons from `allowedEvents`.
 */
export { MACHINE_IDS, LATEST_MACHINE_VERSION, getMachine, UnknownMachineError } from './registry';
export {
  startCase,
  applyEvent,
  allowedEvents,
  allowedEventsWithLabels,
  restoreCase,
  InvalidCaseInputError,
  InvalidSnapshotError,
  type StartCaseInput,
  type CaseCommand,
  type CaseState,
  type ApplyEventResult,
} from './runtime';
export { blockedEvents, BLOCK_REASON_LABELS, UNNAMED_BLOCK_REASON } from './blocked-events';
export { EVENT_PERMISSIONS, canSend, isDecidersEvent, rolesFor, type Authority } from './permissions';
export { COMPETENCE, competenceOf, seatAgencyOf, seatRole, type Competence, type CompetenceFacts, type DeciderSeat } from './competence';
export { EVENT_LABELS } from './labels';
export { OUTCOME_LEGAL_BASIS, outcomeLegalBasis } from './outcome-basis';
export { describeMachine } from './describe';
export { PENDING_PARTY, UNLISTED_OPEN_STATE_PARTY, pendingPartyOf } from './pending-party';
export {
  deadlineOf,
  deadlineChange,
  RULES_APPLIED_BY_GUARDS,
  type StateDeadlineRule,
  type DeadlineClockChange,
  type DeadlineRuleFacts,
} from './deadline';
export { toStatePath, UnknownStateError } from './state-path';
export type { CaseStateMeta, CaseContextBase, RecordedDeadlineFact } from './common';
export {
  canFileSecondComplaint,
  secondComplaintWindowStart,
  limitationDaysLate,
  COMPLAINT_LIMITATION_DAYS,
  MAX_COMPLAINT_EXTENSIONS,
  DIALOGUE_NOTICE_MIN_DAYS,
  type ComplaintContext,
  type ComplaintLevel,
} from './complaint/complaint.machine';
export {
  MAX_DENUNCIATION_EXTENSIONS,
  MAX_DENUNCIATION_FORWARDS,
  type DenunciationContext,
  type EarlierConclusion,
} from './denunciation/denunciation.machine';
export type { ReceptionContext } from './reception/reception.machine';
export type { PetitionContext, PetitionKind } from './petition/petition.machine';
export type { CommitmentContext } from './commitment/commitment.machine';
export {
  caseFactsOf,
  caseFactsDto,
  leadAgencyOf,
  complaintLevelOf,
  forwardedToOf,
  receptionAnswerOf,
  petitionResponseOf,
  factKey,
  type CaseContextOf,
  type CaseContextsFitTheContract,
} from './case-facts';
export {
  secondComplaintWindow,
  reDenunciationGround,
  SECOND_COMPLAINT_RULE,
  DENUNCIATION_RESOLVE_RULE,
  type SecondComplaintWindow,
} from './follow-ups';
