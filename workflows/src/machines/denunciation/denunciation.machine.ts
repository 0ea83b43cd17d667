import type {
  AcceptPayload,
  ArchivePayload,
  ConcludePayload,
  DenunciationComplexity,
  DenunciationRefusePayload,
  EscalatePayload,
  ForwardPayload,
  HandleConclusionPayload,
  NotePayload,
  ReasonPayload,
  RecordVerificationPayload,
  RequestDenunciationExtensionPayload,
  SendForwardPayload,
} from '@tiep-dan/contracts';
import { assertEvent, assign, setup } from 'xstate';
import {
  baseContext,
  deadlineFact,
  reassigned,
  toAnotherAgency,
  type CaseContextBase,
  type CaseEvent,
  type CaseInputBase,
  type CaseStateMeta,
  type DeadlineEvent,
  type ReassignAgencyEvent,
} from '../common';

/**
 * Extensions of the 30-day resolution limit: once for a complex case, twice for an especially complex one
 * (Luật Tố cáo 2018 Art. 30(1); ND 31/2019 Art. 3).
 */
export const MAX_DENUNCIATION_EXTENSIONS: Record<DenunciationComplexity, number> = {
  complex: 1,
  especially_complex: 2,
};

/** A denunciation may be forwarded to the competent body once (Luật Tố cáo Art. 24(2)). */
export const MAX_DENUNCIATION_FORWARDS = 1;

/** The conclusion a re-denunciation (tố cáo tiếp, Luật Tố cáo 2018 Art. 37) disputes: the earlier case's. */
export interface EarlierConclusion {
  caseId: string;
  code: string;
  conclusion?: string;
  concludedAt?: string;
  /** Why the denouncer takes it to the next level: the conclusion is disputed, or the case ran out of time. */
  ground: 'disputed' | 'overdue';
}

export interface DenunciationInput extends CaseInputBase {
  /** The agency that forwarded this case to us, when it arrived forwarded: it can never be forwarded again. */
  forwardedFrom?: string;
  /** v3: a re-denunciation at the next level carries the earlier case's conclusion. */
  earlierConclusion?: EarlierConclusion;
}

export interface DenunciationContext extends CaseContextBase {
  forwardedFrom?: string;
  earlierConclusion?: EarlierConclusion;
  forwardCount: number;
  forwardedTo?: string;
  /** v2: the competent body by name (outside this system, or the agency's name for the slip). */
  forwardedToBody?: string;
  /** v2: when the decision to forward was taken, and when the forwarding slip went out. */
  forwardDecidedAt?: string;
  forwardSentAt?: string;
  forwardSlipNo?: string;
  /** v2: not accepted, with its lawful ground (Luật Tố cáo 2018 Art. 29(2)). */
  refusal?: { ground: DenunciationRefusePayload['ground']; reason: string; at: string };
  /** v2: initial handling extended to 10 working days (checks at several places, Art. 24(1)). */
  initialHandlingExtended?: { reason: string; at: string };
  agencyId?: string;
  acceptedAt?: string;
  archiveReason?: string;
  archiveGround?: ArchivePayload['ground'];
  denouncerNotifiedAt?: string;
  verification?: { findings: string; at: string };
  conclusion?: { text: string; at: string };
  handling?: { measures: string; at: string };
  complexity?: DenunciationComplexity;
  extensionsGranted: number;
  extensionRequest?: { reason: string; complexity: DenunciationComplexity; requestedAt: string };
  suspension?: { reason: string; since: string };
  /** Evidence of a violation: the case continues even when the denouncer withdraws (Luật Tố cáo Art. 33(3)). */
  violationEvidence: boolean;
  withdrawal?: { reason: string; at: string };
  escalatedTo?: string;
  closedAt?: string;
  terminationReason?: string;
  terminatedAt?: string;
}

export type DenunciationEvent =
  | CaseEvent<'ACCEPT', AcceptPayload>
  | CaseEvent<'REFUSE_ACCEPTANCE', DenunciationRefusePayload>
  | CaseEvent<'EXTEND_INITIAL_HANDLING', ReasonPayload>
  | CaseEvent<'FORWARD', ForwardPayload>
  | CaseEvent<'SEND_FORWARD', SendForwardPayload>
  | CaseEvent<'ARCHIVE', ArchivePayload>
  | CaseEvent<'NOTIFY_DENOUNCER', NotePayload>
  | CaseEvent<'RECORD_VERIFICATION', RecordVerificationPayload>
  | CaseEvent<'CONCLUDE', ConcludePayload>
  | CaseEvent<'HANDLE_CONCLUSION', HandleConclusionPayload>
  | CaseEvent<'CLOSE', NotePayload>
  | CaseEvent<'REQUEST_EXTENSION', RequestDenunciationExtensionPayload>
  | CaseEvent<'APPROVE_EXTENSION', NotePayload>
  | CaseEvent<'REJECT_EXTENSION', NotePayload>
  | CaseEvent<'SUSPEND', ReasonPayload>
  | CaseEvent<'RESUME', NotePayload>
  | CaseEvent<'WITHDRAW', ReasonPayload>
  | CaseEvent<'RECORD_VIOLATION_EVIDENCE', NotePayload>
  | CaseEvent<'ESCALATE', EscalatePayload>
  | ReassignAgencyEvent
  | DeadlineEvent;

/** Resolution within 30 days of acceptance (Art. 30); suspended days do not count (Art. 34). */
const RESOLVE_RULE = 'denunciation.resolve';

const denunciationSetup = setup({
  types: {} as {
    context: DenunciationContext;
    events: DenunciationEvent;
    input: DenunciationInput;
    meta: CaseStateMeta;
  },
  guards: {
    isNotForwardedYet: ({ context }) => context.forwardCount < MAX_DENUNCIATION_FORWARDS,
    isInitialHandlingNotExtended: ({ context }) => context.initialHandlingExtended === undefined,
    canRequestExtension: ({ context, event }) => {
      assertEvent(event, 'REQUEST_EXTENSION');
      return context.extensionRequest === undefined && context.extensionsGranted < MAX_DENUNCIATION_EXTENSIONS[event.complexity];
    },
    hasGrantableExtension: ({ context }) =>
      context.extensionRequest !== undefined &&
      context.extensionsGranted < MAX_DENUNCIATION_EXTENSIONS[context.extensionRequest.complexity],
    hasPendingExtension: ({ context }) => context.extensionRequest !== undefined,
    hasViolationEvidence: ({ context }) => context.violationEvidence,
    isOverdue: ({ context }) => context.overdue !== undefined,
    isDenouncerNotNotified: ({ context }) => context.denouncerNotifiedAt === undefined,
    isAnotherAgency: ({ context, event }) => {
      assertEvent(event, 'REASSIGN_AGENCY');
      return toAnotherAgency(context, event);
    },
  },
  actions: {
    recordAcceptance: assign(({ event }) => {
      assertEvent(event, 'ACCEPT');
      return { agencyId: event.agencyId, acceptedAt: event.at, updatedAt: event.at };
    }),
    recordForward: assign(({ context, event }) => {
      assertEvent(event, 'FORWARD');
      return { forwardCount: context.forwardCount + 1, forwardedTo: event.toAgencyId, closedAt: event.at, updatedAt: event.at };
    }),
    recordForwardDecision: assign(({ context, event }) => {
      assertEvent(event, 'FORWARD');
      return {
        forwardCount: context.forwardCount + 1,
        ...(event.toAgencyId ? { forwardedTo: event.toAgencyId } : {}),
        ...(event.toBody ? { forwardedToBody: event.toBody } : {}),
        forwardDecidedAt: event.at,
        updatedAt: event.at,
      };
    }),
    recordForwardSent: assign(({ event }) => {
      assertEvent(event, 'SEND_FORWARD');
      return { forwardSentAt: event.at, ...(event.slipNo ? { forwardSlipNo: event.slipNo } : {}), closedAt: event.at, updatedAt: event.at };
    }),
    recordRefusal: assign(({ event }) => {
      assertEvent(event, 'REFUSE_ACCEPTANCE');
      return { refusal: { ground: event.ground, reason: event.reason, at: event.at }, closedAt: event.at, updatedAt: event.at };
    }),
    recordInitialExtension: assign(({ event }) => {
      assertEvent(event, 'EXTEND_INITIAL_HANDLING');
      return { initialHandlingExtended: { reason: event.reason, at: event.at }, updatedAt: event.at };
    }),
    recordArchive: assign(({ event }) => {
      assertEvent(event, 'ARCHIVE');
      return {
        archiveReason: event.reason,
        ...(event.ground ? { archiveGround: event.ground } : {}),
        closedAt: event.at,
        updatedAt: event.at,
      };
    }),
    recordDenouncerNotified: assign(({ event }) => {
      assertEvent(event, 'NOTIFY_DENOUNCER');
      return { denouncerNotifiedAt: event.at, updatedAt: event.at };
    }),
    recordVerification: assign(({ event }) => {
      assertEvent(event, 'RECORD_VERIFICATION');
      return { verification: { findings: event.findings, at: event.at }, updatedAt: event.at };
    }),
    recordConclusion: assign(({ event }) => {
      assertEvent(event, 'CONCLUDE');
      return { conclusion: { text: event.conclusion, at: event.at }, updatedAt: event.at };
    }),
    recordHandling: assign(({ event }) => {
      assertEvent(event, 'HANDLE_CONCLUSION');
      return { handling: { measures: event.measures, at: event.at }, updatedAt: event.at };
    }),
    recordClosure: assign(({ event }) => {
      assertEvent(event, 'CLOSE');
      return { closedAt: event.at, updatedAt: event.at };
    }),
    recordExtensionRequest: assign(({ event }) => {
      assertEvent(event, 'REQUEST_EXTENSION');
      return {
        extensionRequest: { reason: event.reason, complexity: event.complexity, requestedAt: event.at },
        updatedAt: event.at,
      };
    }),
    grantExtension: assign(({ context, event }) => {
      assertEvent(event, 'APPROVE_EXTENSION');
      return {
        extensionsGranted: context.extensionsGranted + 1,
        complexity: context.extensionRequest?.complexity,
        extensionRequest: undefined,
        updatedAt: event.at,
      };
    }),
    rejectExtension: assign(({ event }) => {
      assertEvent(event, 'REJECT_EXTENSION');
      return { extensionRequest: undefined, updatedAt: event.at };
    }),
    recordSuspension: assign(({ event }) => {
      assertEvent(event, 'SUSPEND');
      return { suspension: { reason: event.reason, since: event.at }, updatedAt: event.at };
    }),
    recordResumption: assign(({ event }) => {
      assertEvent(event, 'RESUME');
      return { suspension: undefined, updatedAt: event.at };
    }),
    recordViolationEvidence: assign(({ event }) => {
      assertEvent(event, 'RECORD_VIOLATION_EVIDENCE');
      return { violationEvidence: true, updatedAt: event.at };
    }),
    recordWithdrawal: assign(({ event }) => {
      assertEvent(event, 'WITHDRAW');
      return { withdrawal: { reason: event.reason, at: event.at }, updatedAt: event.at };
    }),
    recordTermination: assign(({ event }) => {
      assertEvent(event, 'WITHDRAW');
      return {
        withdrawal: { reason: event.reason, at: event.at },
        terminationReason: event.reason,
        terminatedAt: event.at,
        updatedAt: event.at,
      };
    }),
    recordEscalation: assign(({ event }) => {
      assertEvent(event, 'ESCALATE');
      return { escalatedTo: event.toAgencyId, updatedAt: event.at };
    }),
    recordReassignment: assign(({ event }) => {
      assertEvent(event, 'REASSIGN_AGENCY');
      return reassigned(event);
    }),
    recordDueSoon: assign(({ event }) => {
      assertEvent(event, 'DEADLINE_WARNING');
      return { dueSoon: deadlineFact(event), updatedAt: event.at };
    }),
    recordOverdue: assign(({ event }) => {
      assertEvent(event, 'DEADLINE_PASSED');
      return { overdue: deadlineFact(event), updatedAt: event.at };
    }),
  },
});

/**
 * Giving the denunciation to another lead agency (REASSIGN_AGENCY, common.ts): during initial handling, while it is
 * being resolved (notice of acceptance, verification, verified and awaiting the conclusion) and while suspended. Not
 * once the decision to forward it to the competent body is taken (Luật Tố cáo 2018 Art. 24(2): it leaves, within 5
 * working days), nor once the conclusion is issued (Art. 35: what remains is acting on it, Art. 36), nor once the case
 * has ended. The resolution period keeps running from acceptance (Art. 30). Taken by every version alike (registry.ts).
 */
const REASSIGN = { guard: 'isAnotherAgency', actions: 'recordReassignment' } as const;

/**
 * Version 3 runs the clock after the conclusion: the person who resolved the denunciation acts on it within 7 working
 * days (Luật Tố cáo 2018 Art. 36(1)); a re-denunciation carries the earlier conclusion it disputes.
 *
 * Version 1 ended a forward at once and ran the resolution clock from acceptance only. Version 2 (the current one)
 * runs every clock of Luật Tố cáo 2018: initial handling and acceptance (7 working days, up to 10 when extended,
 * Art. 24(1)), forwarding within 5 working days of receipt once the body is found not competent (Art. 24(2)), notifying
 * the acceptance within 5 working days (Art. 29(3)), then resolution within 30 days of acceptance (Art. 30); a refusal
 * to accept is an outcome of its own (Art. 29(2)). A forward is once only.
 */
function denunciationMachineOf(version: 1 | 2 | 3) {
  const v2 = version >= 2;
  const v3 = version >= 3;
  return denunciationSetup.createMachine({
    id: 'denunciation',
    initial: 'received',
    context: ({ input }) => ({
      ...baseContext(input),
      ...(input.forwardedFrom !== undefined ? { forwardedFrom: input.forwardedFrom } : {}),
      ...(v3 && input.earlierConclusion !== undefined ? { earlierConclusion: { ...input.earlierConclusion } } : {}),
      forwardCount: input.forwardedFrom !== undefined ? 1 : 0,
      extensionsGranted: 0,
      violationEvidence: false,
    }),
    on: {
      DEADLINE_WARNING: { actions: 'recordDueSoon' },
      DEADLINE_PASSED: { actions: 'recordOverdue' },
    },
    states: {
      received: {
        meta: { label: { vi: 'Đã tiếp nhận', en: 'Received' }, deadlineRule: 'denunciation.accept', clock: 'start' },
        on: {
          ACCEPT: { target: 'accepted', actions: 'recordAcceptance' },
          FORWARD: v2
            ? { target: 'forwarding', guard: 'isNotForwardedYet', actions: 'recordForwardDecision' }
            : { target: 'forwarded', guard: 'isNotForwardedYet', actions: 'recordForward' },
          ARCHIVE: { target: 'archived', actions: 'recordArchive' },
          ...(v2
            ? {
                REFUSE_ACCEPTANCE: { target: 'notAccepted', actions: 'recordRefusal' },
                EXTEND_INITIAL_HANDLING: { guard: 'isInitialHandlingNotExtended', actions: 'recordInitialExtension' },
              }
            : {}),
          RECORD_VIOLATION_EVIDENCE: { actions: 'recordViolationEvidence' },
          WITHDRAW: [
            { guard: 'hasViolationEvidence', actions: 'recordWithdrawal' },
            { target: 'terminated', actions: 'recordTermination' },
          ],
          ESCALATE: { target: 'escalated', guard: 'isOverdue', actions: 'recordEscalation' },
          REASSIGN_AGENCY: REASSIGN,
        },
      },
      ...(v2
        ? {
            forwarding: {
              meta: {
                label: { vi: 'Đang chuyển đơn', en: 'Being forwarded' },
                deadlineRule: 'denunciation.forward',
                clock: 'start',
                clockFrom: 'receivedAt',
              },
              on: { SEND_FORWARD: { target: 'forwarded', actions: 'recordForwardSent' } },
            },
            notAccepted: { type: 'final', meta: { label: { vi: 'Không thụ lý', en: 'Not accepted' }, clock: 'stop' } },
          }
        : {}),
      accepted: {
        meta: v2
          ? { label: { vi: 'Đã thụ lý', en: 'Accepted' }, deadlineRule: RESOLVE_RULE, clock: 'start', clockFrom: 'acceptedAt' }
          : { label: { vi: 'Đã thụ lý', en: 'Accepted' }, deadlineRule: RESOLVE_RULE, clock: 'start' },
        initial: v2 ? 'notifying' : 'verification',
        on: {
          NOTIFY_DENOUNCER: { guard: 'isDenouncerNotNotified', actions: 'recordDenouncerNotified' },
          RECORD_VIOLATION_EVIDENCE: { actions: 'recordViolationEvidence' },
          REQUEST_EXTENSION: { guard: 'canRequestExtension', actions: 'recordExtensionRequest' },
          APPROVE_EXTENSION: { guard: 'hasGrantableExtension', actions: 'grantExtension' },
          REJECT_EXTENSION: { guard: 'hasPendingExtension', actions: 'rejectExtension' },
          SUSPEND: { target: 'suspended', actions: 'recordSuspension' },
          WITHDRAW: [
            { guard: 'hasViolationEvidence', actions: 'recordWithdrawal' },
            { target: 'terminated', actions: 'recordTermination' },
          ],
          ESCALATE: { target: 'escalated', guard: 'isOverdue', actions: 'recordEscalation' },
          REASSIGN_AGENCY: REASSIGN,
        },
        states: {
          ...(v2
            ? {
                notifying: {
                  meta: {
                    label: { vi: 'Chờ thông báo thụ lý', en: 'Acceptance to be notified' },
                    deadlineRule: 'denunciation.notify-acceptance',
                    clock: 'start',
                  },
                  on: { NOTIFY_DENOUNCER: { target: 'verification', actions: 'recordDenouncerNotified' } },
                },
              }
            : {}),
          verification: {
            meta: { label: { vi: 'Đang xác minh', en: 'Verification' }, clock: 'keep' },
            on: { RECORD_VERIFICATION: { target: 'verified', actions: 'recordVerification' } },
          },
          verified: {
            meta: { label: { vi: 'Đã xác minh', en: 'Verified' }, clock: 'keep' },
            on: {
              RECORD_VERIFICATION: { actions: 'recordVerification' },
              CONCLUDE: { target: '#denunciation.concluded', actions: 'recordConclusion' },
            },
          },
          resumePoint: { type: 'history', history: 'shallow' },
        },
      },
      suspended: {
        meta: v2
          ? { label: { vi: 'Tạm đình chỉ', en: 'Suspended' }, deadlineRule: RESOLVE_RULE, clock: 'pause', clockFrom: 'acceptedAt' }
          : { label: { vi: 'Tạm đình chỉ', en: 'Suspended' }, deadlineRule: RESOLVE_RULE, clock: 'pause' },
        on: {
          RESUME: { target: 'accepted.resumePoint', actions: 'recordResumption' },
          RECORD_VIOLATION_EVIDENCE: { actions: 'recordViolationEvidence' },
          WITHDRAW: [
            { guard: 'hasViolationEvidence', actions: 'recordWithdrawal' },
            { target: 'terminated', actions: 'recordTermination' },
          ],
          REASSIGN_AGENCY: REASSIGN,
        },
      },
      concluded: {
        meta: v3
          ? {
              label: { vi: 'Đã kết luận, chờ xử lý kết luận', en: 'Concluded, to be acted on' },
              deadlineRule: 'denunciation.handle-conclusion',
              clock: 'start',
            }
          : { label: { vi: 'Đã kết luận', en: 'Concluded' }, clock: 'stop' },
        on: { HANDLE_CONCLUSION: { target: 'handled', actions: 'recordHandling' } },
      },
      handled: {
        meta: { label: { vi: 'Đã xử lý kết luận', en: 'Conclusion handled' }, clock: 'stop' },
        on: { CLOSE: { target: 'closed', actions: 'recordClosure' } },
      },
      closed: { type: 'final', meta: { label: { vi: 'Đã đóng', en: 'Closed' }, clock: 'stop' } },
      forwarded: { type: 'final', meta: { label: { vi: 'Đã chuyển đơn', en: 'Forwarded' }, clock: 'stop' } },
      archived: { type: 'final', meta: { label: { vi: 'Lưu đơn', en: 'Archived' }, clock: 'stop' } },
      escalated: {
        type: 'final',
        meta: { label: { vi: 'Chuyển cấp trên giải quyết', en: 'Escalated to the next level' }, clock: 'stop' },
      },
      terminated: { type: 'final', meta: { label: { vi: 'Đình chỉ giải quyết', en: 'Terminated' }, clock: 'stop' } },
    },
  });
}

export const denunciationMachineV1 = denunciationMachineOf(1);
export const denunciationMachineV2 = denunciationMachineOf(2);
export const denunciationMachine = denunciationMachineOf(3);
