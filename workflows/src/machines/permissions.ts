import type { ActorRole, CaseEventType, CaseType } from '@tiep-dan/contracts';

/**
 * Who may send which event, per case type: data the backend enforces before it calls `applyEvent`
 * (`applyEvent` itself judges only the lifecycle). Agency-scoped roles also need the case's agency to be theirs; that
 * is the backend's check.
 *
 * - reception_officer: logs visits, carries them over, tells the citizen the answer, triages proposals/reflections
 * - leader (on duty or in charge): gives the direction at a reception, approves proposal/reflection answers, verifies
 *   commitments, escalates an overdue denunciation
 * - agency_handler: works the cases assigned to the agency
 * - agency_head: everything a handler does, plus approvals, returns, extensions and suspensions
 * - inspector and admin send nothing on cases (inspectors read, admins configure)
 * - mobilization_lead creates cases from team meetings; no lifecycle event
 * - system: the scheduler's deadline facts, nothing else
 */
const SYSTEM: ActorRole[] = ['system'];
const LEADER: ActorRole[] = ['leader'];
const DESK: ActorRole[] = ['reception_officer', 'leader'];
const AGENCY: ActorRole[] = ['agency_handler', 'agency_head'];
const HEAD: ActorRole[] = ['agency_head'];
/**
 * Ending a letter's triage other than by accepting it: the officer who handles letters, the leader directing at the
 * desk, or the agency it went to.
 */
const TRIAGE_DESK: ActorRole[] = ['reception_officer', 'leader', ...AGENCY];
const DEADLINES = { DEADLINE_WARNING: SYSTEM, DEADLINE_PASSED: SYSTEM };

const PETITION: Partial<Record<CaseEventType, ActorRole[]>> = {
  ACCEPT: DESK,
  TRANSFER: DESK,
  SUBMIT_RESPONSE: AGENCY,
  /** "Leader approval" (DOMAIN.md): the leader who assigned it, or the agency head for answers inside the agency. */
  APPROVE: ['leader', 'agency_head'],
  RETURN: ['leader', 'agency_head'],
  NOTIFY_CITIZEN: ['reception_officer', ...AGENCY],
  CLOSE: ['reception_officer', ...AGENCY],
  ...DEADLINES,
};

export const EVENT_PERMISSIONS: Record<CaseType, Partial<Record<CaseEventType, ActorRole[]>>> = {
  reception: {
    ANSWER_ON_SPOT: LEADER,
    GUIDE: LEADER,
    REFUSE: LEADER,
    ASSIGN: LEADER,
    AGENCY_REPORT: AGENCY,
    ANSWER_CITIZEN: DESK,
    CLOSE: DESK,
    CARRY_OVER: DESK,
    ...DEADLINES,
  },
  complaint: {
    /** Accepting is for the competent agency; the officer who handles letters may end triage any other lawful way. */
    TRIAGE_ACCEPT: AGENCY,
    TRIAGE_REFUSE: AGENCY,
    TRIAGE_FORWARD: TRIAGE_DESK,
    TRIAGE_GUIDE: TRIAGE_DESK,
    TRIAGE_RETURN_DOCUMENTS: TRIAGE_DESK,
    TRIAGE_ARCHIVE: TRIAGE_DESK,
    RECORD_VERIFICATION: AGENCY,
    SCHEDULE_DIALOGUE: AGENCY,
    RECORD_DIALOGUE_MINUTES: AGENCY,
    PROPOSE_DECISION: AGENCY,
    APPROVE: HEAD,
    RETURN: HEAD,
    NOTIFY_PARTIES: AGENCY,
    CLOSE: AGENCY,
    REQUEST_EXTENSION: AGENCY,
    APPROVE_EXTENSION: HEAD,
    REJECT_EXTENSION: HEAD,
    SUSPEND: HEAD,
    RESUME: HEAD,
    /** The officer who receives the citizen's withdrawal letter records it, as can the agency working the case. */
    WITHDRAW: ['reception_officer', ...AGENCY],
    ...DEADLINES,
  },
  denunciation: {
    ACCEPT: AGENCY,
    REFUSE_ACCEPTANCE: AGENCY,
    /** Checks at several places: the head extends initial handling to 10 working days (Luật Tố cáo Art. 24(1)). */
    EXTEND_INITIAL_HANDLING: HEAD,
    FORWARD: TRIAGE_DESK,
    SEND_FORWARD: TRIAGE_DESK,
    ARCHIVE: TRIAGE_DESK,
    NOTIFY_DENOUNCER: AGENCY,
    RECORD_VERIFICATION: AGENCY,
    CONCLUDE: HEAD,
    HANDLE_CONCLUSION: AGENCY,
    CLOSE: AGENCY,
    REQUEST_EXTENSION: AGENCY,
    APPROVE_EXTENSION: HEAD,
    REJECT_EXTENSION: HEAD,
    SUSPEND: HEAD,
    RESUME: HEAD,
    WITHDRAW: ['reception_officer', ...AGENCY],
    RECORD_VIOLATION_EVIDENCE: AGENCY,
    /** Overdue denunciations go to the next level on the leader's or the agency head's decision (Luật Tố cáo Art. 30). */
    ESCALATE: ['leader', 'agency_head'],
    ...DEADLINES,
  },
  proposal: PETITION,
  reflection: PETITION,
  commitment: {
    REPORT_DONE: AGENCY,
    VERIFY: LEADER,
    REJECT: LEADER,
    ...DEADLINES,
  },
};

export function canSend(type: CaseType, eventType: string, role: ActorRole): boolean {
  const roles = (EVENT_PERMISSIONS[type] as Partial<Record<string, ActorRole[]>>)[eventType];
  return roles !== undefined && roles.includes(role);
}
