import type {
  AcceptPayload,
  ApprovePayload,
  ArchivePayload,
  ComplaintOutcome,
  DeadlineRuleRef,
  DialogueMinutesPayload,
  GuidePayload,
  NotePayload,
  ProposeDecisionPayload,
  ReasonPayload,
  RecordVerificationPayload,
  RequestExtensionPayload,
  ScheduleDialoguePayload,
  TriageForwardPayload,
  TriageRefusePayload,
} from '@tiep-dan/contracts';
import { assertEvent, assign, setup } from 'xstate';
import {
  baseContext,
  calendarDaysUntil,
  deadlineFact,
  type CaseContextBase,
  type CaseEvent,
  type CaseInputBase,
  type CaseStateMeta,
  type DeadlineEvent,
} from '../common';

export type ComplaintLevel = 'first' | 'second';

/** Complex complaints may be extended once (Luật Khiếu nại 2011 Art. 28, 37). */
export const MAX_COMPLAINT_EXTENSIONS = 1;

/**
 * The complainant must be invited at least 5 calendar days before a dialogue (ND 155/2026); the deadline engine's rule
 * 'complaint.dialogue-notice' carries the same number for reminders.
 */
export const DIALOGUE_NOTICE_MIN_DAYS = 5;
export const DIALOGUE_NOTICE_RULE = 'complaint.dialogue-notice';

export interface ComplaintInput extends CaseInputBase {
  level?: ComplaintLevel;
  /** For a second complaint: the first complaint's case. */
  linkedCaseId?: string;
}

export interface ComplaintContext extends CaseContextBase {
  level: ComplaintLevel;
  linkedCaseId?: string;
  agencyId?: string;
  acceptedAt?: string;
  guidedTo?: string;
  archiveReason?: string;
  archiveGround?: ArchivePayload['ground'];
  /** v2: not accepted, with its lawful ground (Luật Khiếu nại 2011 Art. 11). */
  refusal?: { ground: TriageRefusePayload['ground']; reason: string; at: string };
  /** v2: forwarded to the competent body (chuyển đơn). */
  forwarding?: { toAgencyId?: string; toBody: string; at: string; note?: string };
  /** v2: the letter and its documents were returned to the complainant. */
  documentsReturned?: { reason: string; at: string };
  verification?: { findings: string; demandMatchesFindings: boolean; at: string };
  dialogue?: { date: string; place: string; participants: string[]; noticeAt: string; minutes?: string; heldAt?: string };
  decision?: { summary: string; outcome: ComplaintOutcome; proposedAt: string; approvedAt?: string; documentNo?: string };
  returnCount: number;
  lastReturnReason?: string;
  extensionsGranted: number;
  extensionRequest?: { reason: string; requestedAt: string };
  suspension?: { reason: string; since: string };
  notifiedAt?: string;
  closedAt?: string;
  terminationReason?: string;
  terminatedAt?: string;
}

export type ComplaintEvent =
  | CaseEvent<'TRIAGE_ACCEPT', AcceptPayload>
  | CaseEvent<'TRIAGE_REFUSE', TriageRefusePayload>
  | CaseEvent<'TRIAGE_FORWARD', TriageForwardPayload>
  | CaseEvent<'TRIAGE_GUIDE', GuidePayload>
  | CaseEvent<'TRIAGE_RETURN_DOCUMENTS', ReasonPayload>
  | CaseEvent<'TRIAGE_ARCHIVE', ArchivePayload>
  | CaseEvent<'RECORD_VERIFICATION', RecordVerificationPayload>
  | CaseEvent<'SCHEDULE_DIALOGUE', ScheduleDialoguePayload>
  | CaseEvent<'RECORD_DIALOGUE_MINUTES', DialogueMinutesPayload>
  | CaseEvent<'PROPOSE_DECISION', ProposeDecisionPayload>
  | CaseEvent<'APPROVE', ApprovePayload>
  | CaseEvent<'RETURN', ReasonPayload>
  | CaseEvent<'NOTIFY_PARTIES', NotePayload>
  | CaseEvent<'CLOSE', NotePayload>
  | CaseEvent<'REQUEST_EXTENSION', RequestExtensionPayload>
  | CaseEvent<'APPROVE_EXTENSION', NotePayload>
  | CaseEvent<'REJECT_EXTENSION', NotePayload>
  | CaseEvent<'SUSPEND', ReasonPayload>
  | CaseEvent<'RESUME', NotePayload>
  | CaseEvent<'WITHDRAW', ReasonPayload>
  | DeadlineEvent;

/** Resolution limits per level: first complaint Art. 28, second complaint Art. 37 of Luật Khiếu nại. */
const RESOLVE_RULE: DeadlineRuleRef = { first: 'complaint.resolve.first', second: 'complaint.resolve.second' };
/** After the first decision the complainant has 30 (remote 45) days to file a second complaint (Art. 33). */
const SECOND_FILING_RULE: DeadlineRuleRef = { first: 'complaint.second-filing' };

/**
 * A second complaint is not a transition of this case: the backend creates a new case of type 'complaint' with
 * level 'second' and `linkedCaseId` pointing here. It may, once the first decision is approved or its deadline passed
 * without one (Art. 33); the 'complaint.second-filing' window is the deadline engine's to check.
 */
export function canFileSecondComplaint(context: Pick<ComplaintContext, 'level' | 'decision' | 'overdue'>): boolean {
  return context.level === 'first' && (context.decision?.approvedAt !== undefined || context.overdue !== undefined);
}

const complaintSetup = setup({
  types: {} as {
    context: ComplaintContext;
    events: ComplaintEvent;
    input: ComplaintInput;
    meta: CaseStateMeta;
  },
  guards: {
    /** A dialogue was held, or may be skipped: first complaint whose demand matches the verification (ND 124/2020 Art. 30). */
    isDialogueSatisfied: ({ context }) =>
      context.dialogue?.heldAt !== undefined ||
      (context.level === 'first' && context.verification?.demandMatchesFindings === true),
    hasDialogueNotice: ({ event }) => {
      assertEvent(event, 'SCHEDULE_DIALOGUE');
      return calendarDaysUntil(event.at, event.date) >= DIALOGUE_NOTICE_MIN_DAYS;
    },
    canRequestExtension: ({ context }) =>
      context.extensionRequest === undefined && context.extensionsGranted < MAX_COMPLAINT_EXTENSIONS,
    hasPendingExtension: ({ context }) => context.extensionRequest !== undefined,
  },
  actions: {
    recordAcceptance: assign(({ event }) => {
      assertEvent(event, 'TRIAGE_ACCEPT');
      return { agencyId: event.agencyId, acceptedAt: event.at, updatedAt: event.at };
    }),
    recordGuidance: assign(({ event }) => {
      assertEvent(event, 'TRIAGE_GUIDE');
      return { guidedTo: event.body, closedAt: event.at, updatedAt: event.at };
    }),
    recordArchive: assign(({ event }) => {
      assertEvent(event, 'TRIAGE_ARCHIVE');
      return { archiveReason: event.reason, ...(event.ground ? { archiveGround: event.ground } : {}), closedAt: event.at, updatedAt: event.at };
    }),
    recordRefusal: assign(({ event }) => {
      assertEvent(event, 'TRIAGE_REFUSE');
      return { refusal: { ground: event.ground, reason: event.reason, at: event.at }, closedAt: event.at, updatedAt: event.at };
    }),
    recordForward: assign(({ event }) => {
      assertEvent(event, 'TRIAGE_FORWARD');
      const forwarding: NonNullable<ComplaintContext['forwarding']> = { toBody: event.toBody, at: event.at };
      if (event.toAgencyId) forwarding.toAgencyId = event.toAgencyId;
      if (event.note) forwarding.note = event.note;
      return { forwarding, closedAt: event.at, updatedAt: event.at };
    }),
    recordDocumentsReturned: assign(({ event }) => {
      assertEvent(event, 'TRIAGE_RETURN_DOCUMENTS');
      return { documentsReturned: { reason: event.reason, at: event.at }, closedAt: event.at, updatedAt: event.at };
    }),
    recordVerification: assign(({ event }) => {
      assertEvent(event, 'RECORD_VERIFICATION');
      return {
        verification: { findings: event.findings, demandMatchesFindings: event.demandMatchesFindings ?? false, at: event.at },
        updatedAt: event.at,
      };
    }),
    recordDialogueSchedule: assign(({ event }) => {
      assertEvent(event, 'SCHEDULE_DIALOGUE');
      return {
        dialogue: { date: event.date, place: event.place, participants: [...event.participants], noticeAt: event.at },
        updatedAt: event.at,
      };
    }),
    recordDialogueMinutes: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_DIALOGUE_MINUTES');
      const scheduled = context.dialogue ?? { date: event.at.slice(0, 10), place: '', participants: [], noticeAt: event.at };
      return { dialogue: { ...scheduled, minutes: event.minutes, heldAt: event.at }, updatedAt: event.at };
    }),
    recordProposal: assign(({ event }) => {
      assertEvent(event, 'PROPOSE_DECISION');
      return { decision: { summary: event.summary, outcome: event.outcome, proposedAt: event.at }, updatedAt: event.at };
    }),
    recordApproval: assign(({ context, event }) => {
      assertEvent(event, 'APPROVE');
      if (!context.decision) return { updatedAt: event.at };
      const decision = { ...context.decision, approvedAt: event.at };
      if (event.documentNo !== undefined) decision.documentNo = event.documentNo;
      return { decision, updatedAt: event.at };
    }),
    recordReturn: assign(({ context, event }) => {
      assertEvent(event, 'RETURN');
      return { returnCount: context.returnCount + 1, lastReturnReason: event.reason, updatedAt: event.at };
    }),
    recordNotification: assign(({ event }) => {
      assertEvent(event, 'NOTIFY_PARTIES');
      return { notifiedAt: event.at, updatedAt: event.at };
    }),
    recordClosure: assign(({ event }) => {
      assertEvent(event, 'CLOSE');
      return { closedAt: event.at, updatedAt: event.at };
    }),
    recordExtensionRequest: assign(({ event }) => {
      assertEvent(event, 'REQUEST_EXTENSION');
      return { extensionRequest: { reason: event.reason, requestedAt: event.at }, updatedAt: event.at };
    }),
    grantExtension: assign(({ context, event }) => {
      assertEvent(event, 'APPROVE_EXTENSION');
      return { extensionsGranted: context.extensionsGranted + 1, extensionRequest: undefined, updatedAt: event.at };
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
    recordTermination: assign(({ event }) => {
      assertEvent(event, 'WITHDRAW');
      return { terminationReason: event.reason, terminatedAt: event.at, updatedAt: event.at };
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
 * Version 1 ran the letter-triage clock while a complaint awaited acceptance and knew three triage outcomes. Version 2
 * (the current one) runs the acceptance clock instead, 'complaint.accept': 10 calendar days before 1 July 2026, 7 working
 * days from then (Luật Khiếu nại 2011 Art. 27; ND 155/2026 Art. 10), and ends triage with any lawful outcome: accept,
 * refuse with the ground (Art. 11), forward to the competent body, guide, return the documents, or archive.
 */
function complaintMachineOf(version: 1 | 2) {
  const v2 = version === 2;
  return complaintSetup.createMachine({
    id: 'complaint',
    initial: 'received',
    context: ({ input }) => ({
      ...baseContext(input),
      level: input.level ?? 'first',
      ...(input.linkedCaseId !== undefined ? { linkedCaseId: input.linkedCaseId } : {}),
      returnCount: 0,
      extensionsGranted: 0,
    }),
    on: {
      DEADLINE_WARNING: { actions: 'recordDueSoon' },
      DEADLINE_PASSED: { actions: 'recordOverdue' },
    },
    states: {
      received: {
        meta: v2
          ? { label: { vi: 'Chờ thụ lý', en: 'Awaiting acceptance' }, deadlineRule: 'complaint.accept', clock: 'start' }
          : { label: { vi: 'Đã tiếp nhận', en: 'Received' }, deadlineRule: 'letter.triage', clock: 'start' },
        on: {
          TRIAGE_ACCEPT: { target: 'accepted', actions: 'recordAcceptance' },
          TRIAGE_GUIDE: { target: 'guided', actions: 'recordGuidance' },
          TRIAGE_ARCHIVE: { target: 'archived', actions: 'recordArchive' },
          WITHDRAW: { target: 'terminated', actions: 'recordTermination' },
          ...(v2
            ? {
                TRIAGE_REFUSE: { target: 'notAccepted', actions: 'recordRefusal' },
                TRIAGE_FORWARD: { target: 'forwarded', actions: 'recordForward' },
                TRIAGE_RETURN_DOCUMENTS: { target: 'documentsReturned', actions: 'recordDocumentsReturned' },
              }
            : {}),
        },
      },
      accepted: {
        meta: { label: { vi: 'Đã thụ lý', en: 'Accepted' }, deadlineRule: RESOLVE_RULE, clock: 'start' },
        initial: 'verification',
        on: {
          REQUEST_EXTENSION: { guard: 'canRequestExtension', actions: 'recordExtensionRequest' },
          APPROVE_EXTENSION: { guard: 'hasPendingExtension', actions: 'grantExtension' },
          REJECT_EXTENSION: { guard: 'hasPendingExtension', actions: 'rejectExtension' },
          SUSPEND: { target: 'suspended', actions: 'recordSuspension' },
          WITHDRAW: { target: 'terminated', actions: 'recordTermination' },
        },
        states: {
          verification: {
            meta: { label: { vi: 'Đang xác minh', en: 'Verification' }, clock: 'keep' },
            on: { RECORD_VERIFICATION: { target: 'verified', actions: 'recordVerification' } },
          },
          verified: {
            meta: { label: { vi: 'Đã xác minh', en: 'Verified' }, clock: 'keep' },
            on: {
              RECORD_VERIFICATION: { actions: 'recordVerification' },
              SCHEDULE_DIALOGUE: { target: 'dialogueScheduled', guard: 'hasDialogueNotice', actions: 'recordDialogueSchedule' },
              PROPOSE_DECISION: { target: 'awaitingApproval', guard: 'isDialogueSatisfied', actions: 'recordProposal' },
            },
          },
          dialogueScheduled: {
            meta: { label: { vi: 'Đã lên lịch đối thoại', en: 'Dialogue scheduled' }, clock: 'keep' },
            on: {
              SCHEDULE_DIALOGUE: { guard: 'hasDialogueNotice', actions: 'recordDialogueSchedule' },
              RECORD_DIALOGUE_MINUTES: { target: 'dialogueHeld', actions: 'recordDialogueMinutes' },
            },
          },
          dialogueHeld: {
            meta: { label: { vi: 'Đã đối thoại', en: 'Dialogue held' }, clock: 'keep' },
            on: {
              PROPOSE_DECISION: { target: 'awaitingApproval', guard: 'isDialogueSatisfied', actions: 'recordProposal' },
            },
          },
          awaitingApproval: {
            meta: { label: { vi: 'Chờ phê duyệt quyết định', en: 'Decision awaiting approval' }, clock: 'keep' },
            on: {
              APPROVE: { target: '#complaint.decided', actions: 'recordApproval' },
              RETURN: { target: 'verified', actions: 'recordReturn' },
            },
          },
          resumePoint: { type: 'history', history: 'shallow' },
        },
      },
      suspended: {
        meta: { label: { vi: 'Tạm đình chỉ', en: 'Suspended' }, deadlineRule: RESOLVE_RULE, clock: 'pause' },
        on: {
          RESUME: { target: 'accepted.resumePoint', actions: 'recordResumption' },
          WITHDRAW: { target: 'terminated', actions: 'recordTermination' },
        },
      },
      decided: {
        meta: { label: { vi: 'Đã ban hành quyết định', en: 'Decision issued' }, clock: 'stop' },
        on: { NOTIFY_PARTIES: { target: 'notified', actions: 'recordNotification' } },
      },
      notified: {
        meta: { label: { vi: 'Đã gửi quyết định', en: 'Parties notified' }, deadlineRule: SECOND_FILING_RULE, clock: 'start' },
        on: { CLOSE: { target: 'closed', actions: 'recordClosure' } },
      },
      closed: {
        type: 'final',
        meta: { label: { vi: 'Đã đóng', en: 'Closed' }, deadlineRule: SECOND_FILING_RULE, clock: 'keep' },
      },
      guided: { type: 'final', meta: { label: { vi: 'Đã hướng dẫn', en: 'Guided to the competent body' }, clock: 'stop' } },
      archived: { type: 'final', meta: { label: { vi: 'Lưu đơn', en: 'Archived' }, clock: 'stop' } },
      terminated: { type: 'final', meta: { label: { vi: 'Đình chỉ giải quyết', en: 'Terminated' }, clock: 'stop' } },
      ...(v2
        ? {
            notAccepted: { type: 'final', meta: { label: { vi: 'Không thụ lý', en: 'Not accepted' }, clock: 'stop' } },
            forwarded: { type: 'final', meta: { label: { vi: 'Đã chuyển đơn', en: 'Forwarded to the competent body' }, clock: 'stop' } },
            documentsReturned: { type: 'final', meta: { label: { vi: 'Đã trả lại đơn, giấy tờ', en: 'Documents returned' }, clock: 'stop' } },
          }
        : {}),
    },
  });
}

export const complaintMachineV1 = complaintMachineOf(1);
export const complaintMachine = complaintMachineOf(2);
