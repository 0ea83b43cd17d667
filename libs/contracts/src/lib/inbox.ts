import type { CaseCategory, CaseType } from './case-types';
import type { CaseSummaryDto } from './cases';
import type { DeadlineExplanation, DeadlineRuleId } from './deadlines';

/**
 * The agency inbox (`GET /api/inbox`, `GET /api/inbox/summary`): the agency's cases in tabs. `due_soon` and
 * `overdue` cut across the others (a case in progress can be overdue); `closed` holds every finished case.
 */
export const INBOX_TABS = ['new', 'in_progress', 'due_soon', 'overdue', 'awaiting_approval', 'closed'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export interface InboxFilters {
  type?: CaseType;
  category?: CaseCategory;
  neighbourhoodId?: string;
  /** Words of the summary or a citizen's name, accents optional. */
  q?: string;
  /** Only the cases assigned to the caller. */
  mine?: boolean;
}

export interface InboxQuery extends InboxFilters {
  tab?: InboxTab;
  cursor?: string;
  limit?: number;
}

/** The handler a case is assigned to inside its agency. */
export interface CaseAssigneeDto {
  id: string;
  fullName: string;
}

export interface InboxItemDto extends CaseSummaryDto {
  assignedHandler: CaseAssigneeDto | null;
}

/** Sorted by due date (the most urgent first); closed cases by closing date, newest first. */
export interface InboxPage {
  items: InboxItemDto[];
  nextCursor: string | null;
}

/** Counts for every tab, with the same filters as the list. */
export interface InboxSummaryDto {
  counts: Record<InboxTab, number>;
}

/** One handler's open work, for the agency head deciding who takes a case. */
export interface HandlerLoadDto {
  id: string;
  fullName: string;
  username: string;
  /** Open cases the handler holds. */
  open: number;
  /** Of those, due soon and overdue while the agency's step is pending (not the desk's, nor a decider's). */
  dueSoon: number;
  overdue: number;
}

/** Who handles a case, and what the caller may do about it. */
export interface CaseAssignmentDto {
  caseId: string;
  handler: CaseAssigneeDto | null;
  /** The case version: reassigning is recorded in the case history and moves the version. */
  version: number;
  /** Agency head of the case's lead agency: may give it to any handler of the agency. */
  canReassign: boolean;
  /** A handler of the lead agency may take an unassigned case. */
  canClaim: boolean;
  /** The assigned handler may hand it back to the head (with a reason). */
  canRelease: boolean;
  /** The handlers the case may be given to (heads only; empty otherwise). */
  candidates: CaseAssigneeDto[];
}

/** `PUT /api/cases/:id/assignee`: null hands the case back unassigned. */
export interface AssignHandlerRequest {
  handlerId: string | null;
  /** Required when a head moves a case away from someone, and when a handler hands it back. */
  reason?: string;
  expectedVersion?: number;
}

/** The history type of an assignment change (not a machine event: the lifecycle does not change). */
export const HANDLER_ASSIGNED_EVENT = 'HANDLER_ASSIGNED';

/** `POST /api/deadline-rules/preview`: the deadline engine on hypothetical inputs ("what if I extend?"). */
export interface DeadlinePreviewRequest {
  ruleId: DeadlineRuleId;
  startedAt: string;
  ruleVersion?: number;
  remote?: boolean;
  complex?: boolean;
  especiallyComplex?: boolean;
  extensions?: { days?: number; reason: string; at: string }[];
  suspensions?: { from: string; to?: string }[];
  explicitDueDate?: string;
  dialogueAt?: string;
}

export interface DeadlinePreviewResponse {
  ruleId: DeadlineRuleId;
  ruleVersion: number;
  dueAt: string | null;
  dueSoonAt: string | null;
  explanation: DeadlineExplanation;
}
