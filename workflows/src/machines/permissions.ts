import type { ActorRole, CaseEventType, CaseType } from '@tiep-dan/contracts';

/**
 * Who may send an event: a role, or `'decider'`, the person who holds the deciding seat of that very case (the
 * competence table in `competence.ts` read against the agency tree: the commune chairman for a first complaint against
 * the commune, the province chairman for a second complaint, the head of the competent body for a denunciation).
 */
export type Authority = ActorRole | 'decider';

/**
 * Who may send which event, per case type: data the backend enforces before it calls `applyEvent`
 * (`applyEvent` itself judges only the lifecycle). Agency-scoped roles also need the case's agency to be theirs; that
 * is the backend's check, as is whether the caller holds the deciding seat.
 *
 * - reception_officer: logs visits, carries them over, tells the citizen the answer, triages proposals/reflections
 * - leader (on duty or in charge): gives the direction at a reception, approves proposal/reflection answers, verifies
 *   commitments, escalates an overdue denunciation, gives a case still being handled to another lead agency
 *   (REASSIGN_AGENCY, within the leader's reach: the backend's payload check); decides complaints and denunciations
 *   where the seat is theirs
 * - agency_handler: works the cases assigned to the agency
 * - agency_head: everything a handler does, plus returns, extensions and suspensions; decides where the seat is theirs
 * - decider: accepts, decides (approves or returns the draft decision, concludes) and rules on extensions and
 *   suspensions of the complaints and denunciations whose seat is theirs
 * - inspector and admin send nothing on cases (inspectors read, admins configure)
 * - mobilization_lead creates cases from team meetings; no lifecycle event
 * - system: the scheduler's deadline facts, nothing else
 */
const SYSTEM: Authority[] = ['system'];
const LEADER: Authority[] = ['leader'];
const DESK: Authority[] = ['reception_officer', 'leader'];
const AGENCY: Authority[] = ['agency_handler', 'agency_head'];
const DECIDER: Authority[] = ['decider'];
/** Rulings inside the resolution period: the head of the agency working the case, or the person who decides it. */
const HEAD_OR_DECIDER: Authority[] = ['agency_head', 'decider'];
/**
 * Ending a letter's triage other than by accepting it: the officer who handles letters, the leader directing at the
 * desk, or the agency it went to.
 */
const TRIAGE_DESK: Authority[] = ['reception_officer', 'leader', ...AGENCY];
const DEADLINES = { DEADLINE_WARNING: SYSTEM, DEADLINE_PASSED: SYSTEM };
/**
 * Which body leads a case is the leader's to direct (the one who assigns the work, as at the reception desk), never the
 * agency's: an agency does not hand its own case on, nor does the deciding seat move it to itself.
 */
const REASSIGN = { REASSIGN_AGENCY: LEADER };

const PETITION: Partial<Record<CaseEventType, Authority[]>> = {
  ACCEPT: DESK,
  TRANSFER: DESK,
  SUBMIT_RESPONSE: AGENCY,
  /** "Leader approval" (DOMAIN.md): the leader who assigned it, or the agency head for answers inside the agency. */
  APPROVE: ['leader', 'agency_head'],
  RETURN: ['leader', 'agency_head'],
  NOTIFY_CITIZEN: ['reception_officer', ...AGENCY],
  CLOSE: ['reception_officer', ...AGENCY],
  ...REASSIGN,
  ...DEADLINES,
};

export const EVENT_PERMISSIONS: Record<CaseType, Partial<Record<CaseEventType, Authority[]>>> = {
  reception: {
    ANSWER_ON_SPOT: LEADER,
    GUIDE: LEADER,
    REFUSE: LEADER,
    ASSIGN: LEADER,
    AGENCY_REPORT: AGENCY,
    ANSWER_CITIZEN: DESK,
    CLOSE: DESK,
    CARRY_OVER: DESK,
    ...REASSIGN,
    ...DEADLINES,
  },
  complaint: {
    /**
     * Accepting is for the competent agency or the person competent to resolve (who then gives verification to an
     * agency); the officer who handles letters may end triage any other lawful way.
     */
    TRIAGE_ACCEPT: [...AGENCY, 'decider'],
    TRIAGE_REFUSE: [...AGENCY, 'decider'],
    TRIAGE_FORWARD: TRIAGE_DESK,
    TRIAGE_GUIDE: TRIAGE_DESK,
    TRIAGE_RETURN_DOCUMENTS: TRIAGE_DESK,
    TRIAGE_ARCHIVE: TRIAGE_DESK,
    RECORD_LIMITATION_OBSTACLE: TRIAGE_DESK,
    RECORD_VERIFICATION: AGENCY,
    SCHEDULE_DIALOGUE: AGENCY,
    RECORD_DIALOGUE_MINUTES: AGENCY,
    PROPOSE_DECISION: AGENCY,
    /** The decision is signed by the person competent to resolve the complaint (Luật Khiếu nại 2011 Art. 17–21, 31). */
    APPROVE: DECIDER,
    /** The draft goes back for rework from the agency head who reviews it or from the person who decides. */
    RETURN: HEAD_OR_DECIDER,
    NOTIFY_PARTIES: ['reception_officer', ...AGENCY],
    CLOSE: AGENCY,
    REQUEST_EXTENSION: AGENCY,
    APPROVE_EXTENSION: HEAD_OR_DECIDER,
    REJECT_EXTENSION: HEAD_OR_DECIDER,
    SUSPEND: HEAD_OR_DECIDER,
    RESUME: HEAD_OR_DECIDER,
    /** The officer who receives the citizen's withdrawal letter records it, as can the agency working the case. */
    WITHDRAW: ['reception_officer', ...AGENCY],
    ...REASSIGN,
    ...DEADLINES,
  },
  denunciation: {
    ACCEPT: [...AGENCY, 'decider'],
    REFUSE_ACCEPTANCE: [...AGENCY, 'decider'],
    /** Checks at several places: the head extends initial handling to 10 working days (Luật Tố cáo Art. 24(1)). */
    EXTEND_INITIAL_HANDLING: HEAD_OR_DECIDER,
    FORWARD: TRIAGE_DESK,
    SEND_FORWARD: TRIAGE_DESK,
    ARCHIVE: TRIAGE_DESK,
    NOTIFY_DENOUNCER: AGENCY,
    RECORD_VERIFICATION: AGENCY,
    /** The conclusion is issued by the head of the body competent to resolve the denunciation (Luật Tố cáo 2018 Art. 12–15, 35). */
    CONCLUDE: DECIDER,
    HANDLE_CONCLUSION: [...AGENCY, 'decider'],
    CLOSE: AGENCY,
    REQUEST_EXTENSION: AGENCY,
    APPROVE_EXTENSION: HEAD_OR_DECIDER,
    REJECT_EXTENSION: HEAD_OR_DECIDER,
    SUSPEND: HEAD_OR_DECIDER,
    RESUME: HEAD_OR_DECIDER,
    WITHDRAW: ['reception_officer', ...AGENCY],
    RECORD_VIOLATION_EVIDENCE: AGENCY,
    /** Overdue denunciations go to the next level on the leader's or the agency head's decision (Luật Tố cáo Art. 30). */
    ESCALATE: ['leader', 'agency_head'],
    ...REASSIGN,
    ...DEADLINES,
  },
  proposal: PETITION,
  reflection: PETITION,
  commitment: {
    REPORT_DONE: AGENCY,
    VERIFY: LEADER,
    REJECT: LEADER,
    ...REASSIGN,
    ...DEADLINES,
  },
};

/** Whether an event of this case type is sent from the deciding seat (the caller's role alone does not settle it). */
export function isDecidersEvent(type: CaseType, eventType: string): boolean {
  return ((EVENT_PERMISSIONS[type] as Partial<Record<string, Authority[]>>)[eventType] ?? []).includes('decider');
}

/** The roles named for an event (without the deciding seat, which is a person of the case, not a role). */
export function rolesFor(type: CaseType, eventType: string): ActorRole[] {
  return ((EVENT_PERMISSIONS[type] as Partial<Record<string, Authority[]>>)[eventType] ?? []).filter(
    (a): a is ActorRole => a !== 'decider',
  );
}

/** May this role send the event; `decides` says the caller holds the deciding seat of this case. */
export function canSend(type: CaseType, eventType: string, role: ActorRole, decides = false): boolean {
  const allowed = (EVENT_PERMISSIONS[type] as Partial<Record<string, Authority[]>>)[eventType];
  if (allowed === undefined) return false;
  return allowed.includes(role) || (decides && allowed.includes('decider'));
}
