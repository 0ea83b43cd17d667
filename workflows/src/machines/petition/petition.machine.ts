import type {
  AcceptPayload,
  ApprovePayload,
  DeadlineRuleId,
  NotePayload,
  ReasonPayload,
  SubmitResponsePayload,
  TransferPayload,
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

/** Proposals (kiến nghị) and reflections (phản ánh) follow the same lifecycle; only their id and resolve rule differ. */
export type PetitionKind = 'proposal' | 'reflection';

export type PetitionInput = CaseInputBase;

export interface PetitionContext extends CaseContextBase {
  agencyId?: string;
  acceptedAt?: string;
  transferredTo?: string;
  response?: { text: string; submittedAt: string };
  approval?: { at: string; documentNo?: string };
  returnCount: number;
  lastReturnReason?: string;
  notifiedAt?: string;
  closedAt?: string;
}

export type PetitionEvent =
  | CaseEvent<'ACCEPT', AcceptPayload>
  | CaseEvent<'TRANSFER', TransferPayload>
  | CaseEvent<'SUBMIT_RESPONSE', SubmitResponsePayload>
  | CaseEvent<'APPROVE', ApprovePayload>
  | CaseEvent<'RETURN', ReasonPayload>
  | CaseEvent<'NOTIFY_CITIZEN', NotePayload>
  | CaseEvent<'CLOSE', NotePayload>
  | ReassignAgencyEvent
  | DeadlineEvent;

const petitionSetup = setup({
  types: {} as {
    context: PetitionContext;
    events: PetitionEvent;
    input: PetitionInput;
    meta: CaseStateMeta;
  },
  guards: {
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
    recordTransfer: assign(({ event }) => {
      assertEvent(event, 'TRANSFER');
      return { transferredTo: event.toBody, closedAt: event.at, updatedAt: event.at };
    }),
    recordResponse: assign(({ event }) => {
      assertEvent(event, 'SUBMIT_RESPONSE');
      return { response: { text: event.response, submittedAt: event.at }, updatedAt: event.at };
    }),
    recordApproval: assign(({ event }) => {
      assertEvent(event, 'APPROVE');
      return {
        approval: event.documentNo !== undefined ? { at: event.at, documentNo: event.documentNo } : { at: event.at },
        updatedAt: event.at,
      };
    }),
    recordReturn: assign(({ context, event }) => {
      assertEvent(event, 'RETURN');
      return { returnCount: context.returnCount + 1, lastReturnReason: event.reason, updatedAt: event.at };
    }),
    recordNotification: assign(({ event }) => {
      assertEvent(event, 'NOTIFY_CITIZEN');
      return { notifiedAt: event.at, updatedAt: event.at };
    }),
    recordClosure: assign(({ event }) => {
      assertEvent(event, 'CLOSE');
      return { closedAt: event.at, updatedAt: event.at };
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
 * Giving the proposal or reflection to another lead agency (REASSIGN_AGENCY, common.ts): once it is assigned and until
 * the leader approves the answer (a draft awaiting approval is no answer yet). Not while the desk triages it (accepting
 * it names the agency), nor once the answer is approved, sent or the case closed. The local resolution period keeps
 * running from acceptance.
 */
const REASSIGN = { guard: 'isAnotherAgency', actions: 'recordReassignment' } as const;

/**
 * One definition, two machines. Resolution has no statutory limit: the rule is a configurable local one
 * ('proposal.resolve' / 'reflection.resolve', default 15 working days, DOMAIN.md).
 */
function createPetitionMachine<TKind extends PetitionKind>(kind: TKind) {
  const resolveRule: DeadlineRuleId = `${kind}.resolve`;
  return petitionSetup.createMachine({
    id: kind,
    initial: 'received',
    context: ({ input }) => ({ ...baseContext(input), returnCount: 0 }),
    on: {
      DEADLINE_WARNING: { actions: 'recordDueSoon' },
      DEADLINE_PASSED: { actions: 'recordOverdue' },
    },
    states: {
      received: {
        meta: { label: { vi: 'Đã tiếp nhận', en: 'Received' }, deadlineRule: 'letter.triage', clock: 'start' },
        on: {
          ACCEPT: { target: 'assigned', actions: 'recordAcceptance' },
          TRANSFER: { target: 'transferred', actions: 'recordTransfer' },
        },
      },
      assigned: {
        meta: { label: { vi: 'Đã giao xử lý', en: 'Assigned' }, deadlineRule: resolveRule, clock: 'start' },
        on: {
          SUBMIT_RESPONSE: { target: 'awaitingApproval', actions: 'recordResponse' },
          REASSIGN_AGENCY: REASSIGN,
        },
      },
      awaitingApproval: {
        meta: { label: { vi: 'Chờ lãnh đạo duyệt', en: 'Awaiting approval' }, deadlineRule: resolveRule, clock: 'keep' },
        on: {
          APPROVE: { target: 'approved', actions: 'recordApproval' },
          RETURN: { target: 'assigned', actions: 'recordReturn' },
          REASSIGN_AGENCY: REASSIGN,
        },
      },
      approved: {
        meta: { label: { vi: 'Đã duyệt trả lời', en: 'Response approved' }, clock: 'stop' },
        on: { NOTIFY_CITIZEN: { target: 'notified', actions: 'recordNotification' } },
      },
      notified: {
        meta: { label: { vi: 'Đã trả lời công dân', en: 'Citizen notified' }, clock: 'stop' },
        on: { CLOSE: { target: 'closed', actions: 'recordClosure' } },
      },
      closed: { type: 'final', meta: { label: { vi: 'Đã đóng', en: 'Closed' }, clock: 'stop' } },
      transferred: { type: 'final', meta: { label: { vi: 'Đã chuyển đơn', en: 'Transferred' }, clock: 'stop' } },
    },
  });
}

export const proposalMachine = createPetitionMachine('proposal');
export const reflectionMachine = createPetitionMachine('reflection');
