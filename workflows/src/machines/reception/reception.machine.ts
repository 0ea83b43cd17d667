import type {
  AgencyReportPayload,
  AnswerPayload,
  AssignPayload,
  CarryOverPayload,
  GuidePayload,
  NotePayload,
  ReceptionRefusalReason,
  RefusePayload,
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

export interface ReceptionInput extends CaseInputBase {
  /** The reception session (buổi tiếp) the visit was logged at. */
  sessionId?: string;
}

export interface ReceptionContext extends CaseContextBase {
  sessionId?: string;
  /** Sessions whose agenda the unresolved case was carried over to, oldest first. */
  carriedOverTo: string[];
  direction?: 'answer_on_spot' | 'guide' | 'refuse' | 'assign';
  directedAt?: string;
  answer?: string;
  guidedTo?: string;
  refusal?: { reason: ReceptionRefusalReason; note?: string };
  agencyId?: string;
  assignmentDueDate?: string;
  assignmentNote?: string;
  agencyReport?: { report: string; at: string };
  answeredAt?: string;
  closedAt?: string;
}

export type ReceptionEvent =
  | CaseEvent<'ANSWER_ON_SPOT', AnswerPayload>
  | CaseEvent<'GUIDE', GuidePayload>
  | CaseEvent<'REFUSE', RefusePayload>
  | CaseEvent<'ASSIGN', AssignPayload>
  | CaseEvent<'AGENCY_REPORT', AgencyReportPayload>
  | CaseEvent<'ANSWER_CITIZEN', AnswerPayload>
  | CaseEvent<'CLOSE', NotePayload>
  | CaseEvent<'CARRY_OVER', CarryOverPayload>
  | ReassignAgencyEvent
  | DeadlineEvent;

/** The citizen is told within 10 working days how the matter is handled (Luật Tiếp công dân 2013 Art. 28(1)). */
const REPLY_RULE = 'reception.reply';

/**
 * Giving the visit's matter to another agency (REASSIGN_AGENCY, common.ts): only while the agency the leader assigned
 * has not reported back. Before the direction there is no agency (the leader assigns one); once the agency reported,
 * the desk answers the citizen. The 10-working-day reply period keeps running from the visit (Luật Tiếp công dân 2013
 * Art. 28(1)).
 */
const REASSIGN = { guard: 'isAnotherAgency', actions: 'recordReassignment' } as const;

export const receptionMachine = setup({
  types: {} as {
    context: ReceptionContext;
    events: ReceptionEvent;
    input: ReceptionInput;
    meta: CaseStateMeta;
  },
  guards: {
    isAnotherAgency: ({ context, event }) => {
      assertEvent(event, 'REASSIGN_AGENCY');
      return toAnotherAgency(context, event);
    },
  },
  actions: {
    recordAnswerOnSpot: assign(({ event }) => {
      assertEvent(event, 'ANSWER_ON_SPOT');
      return {
        direction: 'answer_on_spot' as const,
        directedAt: event.at,
        answer: event.answer,
        answeredAt: event.at,
        updatedAt: event.at,
      };
    }),
    recordGuidance: assign(({ event }) => {
      assertEvent(event, 'GUIDE');
      return { direction: 'guide' as const, directedAt: event.at, guidedTo: event.body, closedAt: event.at, updatedAt: event.at };
    }),
    recordRefusal: assign(({ event }) => {
      assertEvent(event, 'REFUSE');
      const refusal: ReceptionContext['refusal'] = { reason: event.reason };
      if (event.note !== undefined) refusal.note = event.note;
      return { direction: 'refuse' as const, directedAt: event.at, refusal, closedAt: event.at, updatedAt: event.at };
    }),
    recordAssignment: assign(({ event }) => {
      assertEvent(event, 'ASSIGN');
      return {
        direction: 'assign' as const,
        directedAt: event.at,
        agencyId: event.agencyId,
        assignmentDueDate: event.dueDate,
        assignmentNote: event.note,
        updatedAt: event.at,
      };
    }),
    recordAgencyReport: assign(({ event }) => {
      assertEvent(event, 'AGENCY_REPORT');
      return { agencyReport: { report: event.report, at: event.at }, updatedAt: event.at };
    }),
    recordAnswer: assign(({ event }) => {
      assertEvent(event, 'ANSWER_CITIZEN');
      return { answer: event.answer, answeredAt: event.at, updatedAt: event.at };
    }),
    recordClosure: assign(({ event }) => {
      assertEvent(event, 'CLOSE');
      return { closedAt: event.at, updatedAt: event.at };
    }),
    recordCarryOver: assign(({ context, event }) => {
      assertEvent(event, 'CARRY_OVER');
      return { carriedOverTo: [...context.carriedOverTo, event.sessionId], updatedAt: event.at };
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
}).createMachine({
  id: 'reception',
  initial: 'logged',
  context: ({ input }) => ({
    ...baseContext(input),
    ...(input.sessionId !== undefined ? { sessionId: input.sessionId } : {}),
    carriedOverTo: [],
  }),
  on: {
    DEADLINE_WARNING: { actions: 'recordDueSoon' },
    DEADLINE_PASSED: { actions: 'recordOverdue' },
  },
  states: {
    logged: {
      meta: { label: { vi: 'Đã ghi sổ tiếp dân', en: 'Logged' }, deadlineRule: REPLY_RULE, clock: 'start' },
      on: {
        ANSWER_ON_SPOT: { target: 'answered', actions: 'recordAnswerOnSpot' },
        GUIDE: { target: 'guided', actions: 'recordGuidance' },
        REFUSE: { target: 'refused', actions: 'recordRefusal' },
        ASSIGN: { target: 'assigned', actions: 'recordAssignment' },
        CARRY_OVER: { actions: 'recordCarryOver' },
      },
    },
    assigned: {
      meta: { label: { vi: 'Đã giao cơ quan xử lý', en: 'Assigned to an agency' }, deadlineRule: REPLY_RULE, clock: 'keep' },
      on: {
        AGENCY_REPORT: { target: 'reported', actions: 'recordAgencyReport' },
        CARRY_OVER: { actions: 'recordCarryOver' },
        REASSIGN_AGENCY: REASSIGN,
      },
    },
    reported: {
      meta: { label: { vi: 'Cơ quan đã báo cáo', en: 'Agency reported' }, deadlineRule: REPLY_RULE, clock: 'keep' },
      on: {
        ANSWER_CITIZEN: { target: 'answered', actions: 'recordAnswer' },
        CARRY_OVER: { actions: 'recordCarryOver' },
      },
    },
    answered: {
      meta: { label: { vi: 'Đã trả lời công dân', en: 'Citizen answered' }, clock: 'stop' },
      on: { CLOSE: { target: 'closed', actions: 'recordClosure' } },
    },
    closed: { type: 'final', meta: { label: { vi: 'Đã đóng', en: 'Closed' }, clock: 'stop' } },
    guided: { type: 'final', meta: { label: { vi: 'Đã hướng dẫn', en: 'Guided to the competent body' }, clock: 'stop' } },
    refused: { type: 'final', meta: { label: { vi: 'Từ chối tiếp', en: 'Reception refused' }, clock: 'stop' } },
  },
});
