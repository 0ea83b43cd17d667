import type {
  BilingualText,
  CaseEventEnvelope,
  DeadlineClock,
  DeadlinePayload,
  DeadlineRuleRef,
  ReassignAgencyPayload,
} from '@tiep-dan/contracts';
import { MS_PER_DAY, vnDayOf } from '../calendar/vn-date';

/** `meta` of every state: its label and the deadline rule that applies while the case is in it. */
export type CaseStateMeta = {
  label: BilingualText;
  /** Deadline rule id (implemented by the deadline engine), or one per complaint level. Inherited by child states. */
  deadlineRule?: DeadlineRuleRef;
  /**
   * 'start': entering the state starts the rule's clock (unless the previous state already ran the same rule);
   * 'keep': the clock of the previous state keeps running; 'pause': suspended, the remaining time carries over;
   * 'stop': no deadline runs.
   */
  clock?: DeadlineClock;
  /**
   * The context key holding the instant a clock started by this state counts from, when that is not the moment the
   * state is entered: the forwarding limit counts from receipt (Luật Tố cáo Art. 24(2)), the resolution limit from
   * acceptance even when the acceptance notice came first (Art. 30). Inherited by child states.
   */
  clockFrom?: 'receivedAt' | 'acceptedAt';
};

/** Every machine event: its type, payload and the envelope (`at`, `actor`). */
export type CaseEvent<TType extends string, TPayload = object> = { type: TType } & TPayload & CaseEventEnvelope;

export type DeadlineWarningEvent = CaseEvent<'DEADLINE_WARNING', DeadlinePayload>;
export type DeadlinePassedEvent = CaseEvent<'DEADLINE_PASSED', DeadlinePayload>;
export type DeadlineEvent = DeadlineWarningEvent | DeadlinePassedEvent;

/**
 * A leader gives the case to another lead agency (giao lại cơ quan chủ trì). Every machine with a lead agency takes it
 * in the states where handling has not concluded, as a transition that stays where it is: the state, the step's
 * deadline and the clock are untouched (a resolution period runs from acceptance, and handing the work to another
 * body neither restarts nor lengthens it). What changes is `agencyId`, so the deciding seat follows the new agency
 * (competence.ts). Never to the agency already leading the case (`isAnotherAgency`).
 */
export type ReassignAgencyEvent = CaseEvent<'REASSIGN_AGENCY', ReassignAgencyPayload>;

/** The reassignment's guard: a case is never given to the agency that leads it already. */
export function toAnotherAgency(context: { agencyId?: string }, event: ReassignAgencyPayload): boolean {
  return event.toAgencyId !== context.agencyId;
}

/** The reassignment's assignment to the context: the new lead agency. */
export function reassigned(event: ReassignAgencyEvent): { agencyId: string; updatedAt: string } {
  return { agencyId: event.toAgencyId, updatedAt: event.at };
}

/** A deadline fact recorded on a case: when the scheduler said so and about which rule. */
export interface RecordedDeadlineFact {
  at: string;
  ruleId?: string;
  dueDate?: string;
}

/** Context every case machine carries. */
export interface CaseContextBase {
  caseId: string;
  receivedAt: string;
  /** Remote or especially difficult area: longer limits (the deadline engine reads it). */
  remote: boolean;
  /** `at` of the last accepted event. */
  updatedAt: string;
  dueSoon?: RecordedDeadlineFact;
  overdue?: RecordedDeadlineFact;
}

/** Input common to every case type; machines add their own fields. */
export interface CaseInputBase {
  caseId: string;
  receivedAt: string;
  remote?: boolean;
}

export function baseContext(input: CaseInputBase): CaseContextBase {
  return { caseId: input.caseId, receivedAt: input.receivedAt, remote: input.remote ?? false, updatedAt: input.receivedAt };
}

export function deadlineFact(event: DeadlineEvent): RecordedDeadlineFact {
  const fact: RecordedDeadlineFact = { at: event.at };
  if (event.ruleId !== undefined) fact.ruleId = event.ruleId;
  if (event.dueDate !== undefined) fact.dueDate = event.dueDate;
  return fact;
}

/** The Vietnamese day number of an ISO timestamp (read in Vietnam time); NaN when it is not one. */
export function vietnamDayNumber(isoTimestamp: string): number {
  const ms = Date.parse(isoTimestamp);
  return Number.isNaN(ms) ? Number.NaN : vnDayOf(new Date(ms));
}

export function isoDateDayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

/** Whole calendar days from the day of `at` (Vietnam time) to `isoDate`; NaN when either is not a date. */
export function calendarDaysUntil(at: string, isoDate: string): number {
  return isoDateDayNumber(isoDate) - vietnamDayNumber(at);
}
