import type {
  AcceptPayload,
  ApprovePayload,
  ArchivePayload,
  ComplaintOutcome,
  DeadlineRuleRef,
  DialogueMinutesPayload,
  GuidePayload,
  LimitationObstaclePayload,
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
  isoDateDayNumber,
  reassigned,
  toAnotherAgency,
  vietnamDayNumber,
  type CaseContextBase,
  type CaseEvent,
  type CaseInputBase,
  type CaseStateMeta,
  type DeadlineEvent,
  type ReassignAgencyEvent,
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

/**
 * A complaint must be filed within 90 days of the day the complainant received or learned of the decision or act
 * (thời hiệu, Luật Khiếu nại 2011 Art. 9); time lost to an obstacle (illness, disaster, work or study far away…) does
 * not count.
 */
export const COMPLAINT_LIMITATION_DAYS = 90;

export interface ComplaintInput extends CaseInputBase {
  level?: ComplaintLevel;
  /** For a second complaint: the first complaint's case. */
  linkedCaseId?: string;
  /** v3: the Vietnam date (YYYY-MM-DD) the complainant received or learned of the decision or act complained of. */
  learnedAt?: string;
  /** v3: an obstacle recorded at intake that stopped the complainant filing in time (Art. 9). */
  limitationObstacle?: string;
}

export interface ComplaintContext extends CaseContextBase {
  level: ComplaintLevel;
  linkedCaseId?: string;
  /** v3: the limitation period's facts (Art. 9): when the complainant learned of the decision, and any obstacle. */
  limitation?: { learnedAt: string; obstacle?: { reason: string; at: string } };
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
  | CaseEvent<'RECORD_LIMITATION_OBSTACLE', LimitationObstaclePayload>
  | ReassignAgencyEvent
  | DeadlineEvent;

/** Resolution limits per level: first complaint Art. 28, second complaint Art. 37 of Luật Khiếu nại. */
const RESOLVE_RULE: DeadlineRuleRef = { first: 'complaint.resolve.first', second: 'complaint.resolve.second' };
/** After the first decision the complainant has 30 (remote 45) days to file a second complaint (Art. 33). */
const SECOND_FILING_RULE: DeadlineRuleRef = { first: 'complaint.second-filing' };
/** v3: the decision must reach the parties within 3 working days (first, Art. 31) or 7 (second, Art. 40). */
const SEND_DECISION_RULE: DeadlineRuleRef = { first: 'complaint.send-decision.first', second: 'complaint.send-decision.second' };

/**
 * Days past the 90-day limitation on the day the complaint was received (0 when in time, or when the date the
 * complainant learned of the decision is unknown). The first day is not counted: learned on 1 March, the last day to
 * file is 30 May.
 */
export function limitationDaysLate(context: Pick<ComplaintContext, 'limitation' | 'receivedAt'>): number {
  if (!context.limitation) return 0;
  const days = vietnamDayNumber(context.receivedAt) - isoDateDayNumber(context.limitation.learnedAt);
  return Number.isFinite(days) ? Math.max(0, days - COMPLAINT_LIMITATION_DAYS) : 0;
}

/**
 * A second complaint is not a transition of this case: the backend creates a new case of type 'complaint' with
 * level 'second' and `linkedCaseId` pointing here. It may, once the first decision is approved or its deadline passed
 * without one (Art. 33); the 'complaint.second-filing' window is the deadline engine's to check.
 */
export function canFileSecondComplaint(context: Pick<ComplaintContext, 'level' | 'decision' | 'overdue'>): boolean {
  return secondComplaintWindowStart(context) !== null;
}

/**
 * When the second-complaint window (Art. 33) opened for a first complaint, or null while it has not: the day the
 * decision reached the complainant (the parties were notified; the day it was issued if it was handed over before
 * the notice was recorded), or the last day of the resolution period when that ran out with no decision. The window
 * itself (30 days, 45 in a remote area, counted by the deadline engine's 'complaint.second-filing') is the backend's.
 */
export function secondComplaintWindowStart(
  context: Partial<Pick<ComplaintContext, 'level' | 'decision' | 'overdue'>> & { notifiedAt?: string },
): { from: string; basis: 'decision' | 'unresolved' } | null {
  if (context.level !== 'first') return null;
  if (context.decision?.approvedAt !== undefined) return { from: context.notifiedAt ?? context.decision.approvedAt, basis: 'decision' };
  const overdue = context.overdue;
  if (overdue?.ruleId?.startsWith('complaint.resolve') && overdue.dueDate)
    return { from: `${overdue.dueDate}T16:59:59.999Z`, basis: 'unresolved' };
  return null;
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
      context.dialogue?.heldAt !== undefined || (context.level === 'first' && context.verification?.demandMatchesFindings === true),
    hasDialogueNotice: ({ event }) => {
      assertEvent(event, 'SCHEDULE_DIALOGUE');
      return calendarDaysUntil(event.at, event.date) >= DIALOGUE_NOTICE_MIN_DAYS;
    },
    canRequestExtension: ({ context }) => context.extensionRequest === undefined && context.extensionsGranted < MAX_COMPLAINT_EXTENSIONS,
    hasPendingExtension: ({ context }) => context.extensionRequest !== undefined,
    /** In time (Art. 9), or late with an obstacle recorded, or with no date to count from. */
    isWithinLimitation: ({ context }) => context.limitation?.obstacle !== undefined || limitationDaysLate(context) === 0,
    /** Filed late with no obstacle recorded yet: the one case an obstacle can be recorded in. */
    isLateWithoutObstacle: ({ context }) => context.limitation?.obstacle === undefined && limitationDaysLate(context) > 0,
    isAnotherAgency: ({ context, event }) => {
      assertEvent(event, 'REASSIGN_AGENCY');
      return toAnotherAgency(context, event);
    },
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
      return {
        archiveReason: event.reason,
        ...(event.ground ? { archiveGround: event.ground } : {}),
        closedAt: event.at,
        updatedAt: event.at,
      };
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
    recordLimitationObstacle: assign(({ context, event }) => {
      assertEvent(event, 'RECORD_LIMITATION_OBSTACLE');
      if (!context.limitation) return { updatedAt: event.at };
      return { limitation: { ...context.limitation, obstacle: { reason: event.reason, at: event.at } }, updatedAt: event.at };
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
 * Giving the complaint to another lead agency (REASSIGN_AGENCY, common.ts): while it awaits acceptance, while it is
 * being resolved (verification, dialogue, a draft decision not yet signed) and while suspended; never once the decision
 * is issued (Luật Khiếu nại 2011 Art. 31: it binds, and what follows is sending it and, for the complainant, a second
 * complaint at the next level) nor once the case has ended. The resolution period keeps running from acceptance
 * (Art. 28, 37). Taken by every version alike (registry.ts says why).
 */
const REASSIGN = { guard: 'isAnotherAgency', actions: 'recordReassignment' } as const;

/**
 * Version 3 adds what follows the decision and what precedes acceptance: the decision must be sent within 3 working
 * days (7 for a second complaint, Art. 31 and 40), and a complaint filed more than 90 days after the complainant
 * learned of the decision cannot be accepted unless an obstacle is recorded (Art. 9); it is refused with that ground.
 *
 * Version 1 ran the letter-triage clock while a complaint awaited acceptance and knew three triage outcomes. Version 2
 * (the current one) runs the acceptance clock instead, 'complaint.accept': 10 calendar days before 1 July 2026, 7 working
 * days from then (Luật Khiếu nại 2011 Art. 27; ND 155/2026 Art. 10), and ends triage with any lawful outcome: accept,
 * refuse with the ground (Art. 11), forward to the competent body, guide, return the documents, or archive.
 */
function complaintMachineOf(version: 1 | 2 | 3) {
  const v2 = version >= 2;
  const v3 = version >= 3;
  return complaintSetup.createMachine({
    id: 'complaint',
    initial: 'received',
    context: ({ input }) => ({
      ...baseContext(input),
      level: input.level ?? 'first',
      ...(input.linkedCaseId !== undefined ? { linkedCaseId: input.linkedCaseId } : {}),
      ...(v3 && input.learnedAt !== undefined && (input.level ?? 'first') === 'first'
        ? {
            limitation: {
              learnedAt: input.learnedAt,
              ...(input.limitationObstacle ? { obstacle: { reason: input.limitationObstacle, at: input.receivedAt } } : {}),
            },
          }
        : {}),
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
          TRIAGE_ACCEPT: v3
            ? { target: 'accepted', guard: 'isWithinLimitation', actions: 'recordAcceptance' }
            : { target: 'accepted', actions: 'recordAcceptance' },
          ...(v3 ? { RECORD_LIMITATION_OBSTACLE: { guard: 'isLateWithoutObstacle', actions: 'recordLimitationObstacle' } } : {}),
          TRIAGE_GUIDE: { target: 'guided', actions: 'recordGuidance' },
          TRIAGE_ARCHIVE: { target: 'archived', actions: 'recordArchive' },
          WITHDRAW: { target: 'terminated', actions: 'recordTermination' },
          REASSIGN_AGENCY: REASSIGN,
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
          REASSIGN_AGENCY: REASSIGN,
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
          REASSIGN_AGENCY: REASSIGN,
        },
      },
      decided: {
        meta: v3
          ? {
              label: { vi: 'Đã ban hành quyết định, chờ gửi', en: 'Decision issued, to be sent' },
              deadlineRule: SEND_DECISION_RULE,
              clock: 'start',
            }
          : { label: { vi: 'Đã ban hành quyết định', en: 'Decision issued' }, clock: 'stop' },
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
            documentsReturned: {
              type: 'final',
              meta: { label: { vi: 'Đã trả lại đơn, giấy tờ', en: 'Documents returned' }, clock: 'stop' },
            },
          }
        : {}),
    },
  });
}

export const complaintMachineV1 = complaintMachineOf(1);
export const complaintMachineV2 = complaintMachineOf(2);
export const complaintMachine = complaintMachineOf(3);
