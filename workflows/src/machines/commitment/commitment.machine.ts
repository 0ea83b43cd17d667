import type { NotePayload, ReasonPayload, ReportDonePayload } from '@tiep-dan/contracts';
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

/** A commitment made at a dialogue: the owner agency must fulfil it by its due date; a leader verifies it. */
export interface CommitmentInput extends CaseInputBase {
  ownerAgencyId: string;
  /** ISO date promised at the dialogue; the 'commitment.fulfil' rule reads it. */
  dueDate?: string;
  dialogueId?: string;
}

export interface CommitmentContext extends CaseContextBase {
  /** The owner agency; named `agencyId` like every other case so "an accepted case has an agency" reads the same. */
  agencyId: string;
  dueDate?: string;
  dialogueId?: string;
  report?: { text: string; at: string };
  rejectionCount: number;
  lastRejectionReason?: string;
  verifiedAt?: string;
}

export type CommitmentEvent =
  | CaseEvent<'REPORT_DONE', ReportDonePayload>
  | CaseEvent<'VERIFY', NotePayload>
  | CaseEvent<'REJECT', ReasonPayload>
  | ReassignAgencyEvent
  | DeadlineEvent;

const FULFIL_RULE = 'commitment.fulfil';

/**
 * Giving the commitment to another owner agency (REASSIGN_AGENCY, common.ts): while it is being carried out. Once the
 * agency reported it done, the leader verifies or rejects it first. The date promised at the dialogue stays the due
 * date: a new owner does not move it.
 */
const REASSIGN = { guard: 'isAnotherAgency', actions: 'recordReassignment' } as const;

export const commitmentMachine = setup({
  types: {} as {
    context: CommitmentContext;
    events: CommitmentEvent;
    input: CommitmentInput;
    meta: CaseStateMeta;
  },
  guards: {
    isAnotherAgency: ({ context, event }) => {
      assertEvent(event, 'REASSIGN_AGENCY');
      return toAnotherAgency(context, event);
    },
  },
  actions: {
    recordReport: assign(({ event }) => {
      assertEvent(event, 'REPORT_DONE');
      return { report: { text: event.report, at: event.at }, updatedAt: event.at };
    }),
    recordVerification: assign(({ event }) => {
      assertEvent(event, 'VERIFY');
      return { verifiedAt: event.at, updatedAt: event.at };
    }),
    recordRejection: assign(({ context, event }) => {
      assertEvent(event, 'REJECT');
      return { rejectionCount: context.rejectionCount + 1, lastRejectionReason: event.reason, updatedAt: event.at };
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
  id: 'commitment',
  initial: 'inProgress',
  context: ({ input }) => ({
    ...baseContext(input),
    agencyId: input.ownerAgencyId,
    ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
    ...(input.dialogueId !== undefined ? { dialogueId: input.dialogueId } : {}),
    rejectionCount: 0,
  }),
  on: {
    DEADLINE_WARNING: { actions: 'recordDueSoon' },
    DEADLINE_PASSED: { actions: 'recordOverdue' },
  },
  states: {
    inProgress: {
      meta: { label: { vi: 'Đang thực hiện', en: 'In progress' }, deadlineRule: FULFIL_RULE, clock: 'start' },
      on: { REPORT_DONE: { target: 'done', actions: 'recordReport' }, REASSIGN_AGENCY: REASSIGN },
    },
    /** The clock keeps running until the leader verifies: a rejected report sends the work back on the same deadline. */
    done: {
      meta: { label: { vi: 'Đã báo cáo hoàn thành', en: 'Reported done' }, deadlineRule: FULFIL_RULE, clock: 'keep' },
      on: {
        VERIFY: { target: 'verified', actions: 'recordVerification' },
        REJECT: { target: 'inProgress', actions: 'recordRejection' },
      },
    },
    verified: { type: 'final', meta: { label: { vi: 'Đã xác nhận hoàn thành', en: 'Verified' }, clock: 'stop' } },
  },
});
