import type { WorkingCalendar } from '../calendar';
import { computeDeadline } from '../deadlines';
import { secondComplaintWindowStart, type ComplaintContext } from './complaint/complaint.machine';
import type { DenunciationContext, EarlierConclusion } from './denunciation/denunciation.machine';

/**
 * What may follow a case at the next level, as the law puts it: a second complaint on a first one (Luật Khiếu nại 2011
 * Art. 33) and a re-denunciation on a denunciation (Luật Tố cáo 2018 Art. 37). The backend asks these when it shows a
 * case's follow-ups and again when it opens one; the rule ids and the reasoning live here, beside the machines.
 */

/** The rule the window for a second complaint is counted by (30 days, 45 in a remote area; it binds the citizen). */
export const SECOND_COMPLAINT_RULE = 'complaint.second-filing';

/** The rule whose passing lets a denouncer take an unresolved denunciation to the next level. */
export const DENUNCIATION_RESOLVE_RULE = 'denunciation.resolve';

/** When the window for a second complaint opened and ends, and what opened it. */
export interface SecondComplaintWindow {
  openedAt: Date;
  endsAt: Date;
  basis: 'decision' | 'unresolved';
}

/**
 * The window for a second complaint on a first one: opened by the decision reaching the complainant, or by the
 * resolution period running out undecided; counted as the deadline engine counts `complaint.second-filing`. Null while
 * it has not opened (and for a second complaint).
 */
export function secondComplaintWindow(
  context: Partial<Pick<ComplaintContext, 'level' | 'decision' | 'overdue' | 'notifiedAt'>>,
  remote: boolean,
  calendar: WorkingCalendar,
): SecondComplaintWindow | null {
  const start = secondComplaintWindowStart(context);
  if (!start) return null;
  const openedAt = new Date(start.from);
  const computed = computeDeadline({ ruleId: SECOND_COMPLAINT_RULE, startedAt: openedAt, remote }, calendar);
  if (!computed.dueAt) return null;
  return { openedAt, endsAt: computed.dueAt, basis: start.basis };
}

/**
 * Why a denunciation may be taken to the next level: its conclusion is disputed (there is one), or it ran past its
 * resolution period unresolved. Null when neither holds.
 */
export function reDenunciationGround(
  context: Partial<Pick<DenunciationContext, 'conclusion' | 'overdue'>>,
): EarlierConclusion['ground'] | null {
  if (context.conclusion) return 'disputed';
  if (context.overdue?.ruleId === DENUNCIATION_RESOLVE_RULE) return 'overdue';
  return null;
}
