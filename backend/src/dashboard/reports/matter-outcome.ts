import type { MatterOutcome, MatterType, PriorStatus } from './report-facts';

/**
 * The history events that end the handling of a matter, and how the forms class each one. The earliest of them, on
 * the matter's case or on the visit's reception case it came from, is the matter's outcome. A withdrawal counts only
 * when it terminated the case (a denunciation with evidence of a violation goes on, Luật Tố cáo 2018 Art. 33(3)).
 */
export const HANDLING_EVENTS: Readonly<Record<string, MatterOutcome>> = {
  // Within competence: the leader answered on the spot or assigned it; the competent body accepted it.
  ANSWER_ON_SPOT: 'accepted',
  ASSIGN: 'accepted',
  TRIAGE_ACCEPT: 'accepted',
  ACCEPT: 'accepted',
  // Within competence, not accepted on a lawful ground (Luật Khiếu nại 2011 Art. 11; Luật Tố cáo 2018 Art. 29(2)).
  TRIAGE_REFUSE: 'not_accepted',
  REFUSE_ACCEPTANCE: 'not_accepted',
  // Outside competence: the citizen guided to the competent body, or the petition forwarded there.
  GUIDE: 'guided',
  TRIAGE_GUIDE: 'guided',
  TRIAGE_FORWARD: 'forwarded',
  FORWARD: 'forwarded',
  TRANSFER: 'forwarded',
  ESCALATE: 'forwarded',
  // Not eligible for handling: archived (lưu đơn), documents returned, the matter refused at the desk, withdrawn.
  TRIAGE_ARCHIVE: 'not_eligible',
  ARCHIVE: 'not_eligible',
  TRIAGE_RETURN_DOCUMENTS: 'not_eligible',
  REFUSE: 'not_eligible',
  WITHDRAW: 'not_eligible',
};

export const HANDLING_EVENT_TYPES = Object.keys(HANDLING_EVENTS);

export function matterOutcome(event: string | null, type: MatterType): MatterOutcome | null {
  if (!event) return null;
  const outcome = HANDLING_EVENTS[event] ?? null;
  // The leader's "guide" on a desk denunciation forwards it to the competent body (Luật Tố cáo 2018 Art. 24(2)).
  if (event === 'GUIDE' && type === 'denunciation') return 'forwarded';
  return outcome;
}

/** The earlier case a matter follows on: the first complaint of a second one, or the case a repeat duplicates. */
export interface EarlierCase {
  /** Decided, concluded or closed before this matter arrived. */
  resolved: boolean;
  /** The earlier case was itself a second complaint: the matter has been resolved twice. */
  secondLevel: boolean;
  /** Its deadline had passed, unresolved, when this matter arrived. */
  overdue: boolean;
}

export function priorStatus(earlier: EarlierCase | null): PriorStatus {
  if (!earlier) return 'none';
  if (earlier.resolved) return earlier.secondLevel ? 'resolved_twice' : 'resolved_once';
  return earlier.overdue ? 'overdue' : 'in_progress';
}
