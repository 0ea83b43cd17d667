import type { CaseType, PendingParty } from '@tiep-dan/contracts';

const FINAL = 'none' satisfies PendingParty;

/**
 * Whose step each state waits for, by case type and state path as stored in `cases.state` (the versions of a machine
 * share their state names). The workload and the overview blame an overdue or due-soon case on this party: a visit the
 * agency has reported on waits for the desk to answer the citizen, not for the agency.
 * Every state of every registered version is listed (pending-party.spec.ts); compound states name the party of their
 * substates not listed here.
 */
export const PENDING_PARTY: Record<CaseType, Readonly<Record<string, PendingParty>>> = {
  reception: {
    // The leader on duty gives the direction (Luật Tiếp công dân 2013 Art. 15, 28).
    logged: 'leader',
    assigned: 'agency',
    // The agency reported back: the desk tells the citizen, then closes the visit.
    reported: 'desk',
    answered: 'desk',
    closed: FINAL,
    guided: FINAL,
    refused: FINAL,
  },
  complaint: {
    received: 'agency',
    accepted: 'agency',
    'accepted.verification': 'agency',
    'accepted.verified': 'agency',
    'accepted.dialogueScheduled': 'agency',
    'accepted.dialogueHeld': 'agency',
    // The proposed decision waits for the competent person to issue it (Luật Khiếu nại 2011 Art. 31).
    'accepted.awaitingApproval': 'decider',
    // The agency resumes once the ground for suspending is gone.
    suspended: 'agency',
    decided: 'agency',
    // The decision is sent: only the complainant may act now, by a second complaint (Art. 33).
    notified: 'citizen',
    closed: FINAL,
    guided: FINAL,
    archived: FINAL,
    terminated: FINAL,
    notAccepted: FINAL,
    forwarded: FINAL,
    documentsReturned: FINAL,
  },
  denunciation: {
    received: 'agency',
    forwarding: 'agency',
    accepted: 'agency',
    'accepted.notifying': 'agency',
    'accepted.verification': 'agency',
    // Verification reported: the conclusion is the resolving person's (Luật Tố cáo 2018 Art. 35).
    'accepted.verified': 'decider',
    suspended: 'agency',
    concluded: 'agency',
    handled: 'agency',
    closed: FINAL,
    forwarded: FINAL,
    archived: FINAL,
    escalated: FINAL,
    terminated: FINAL,
    notAccepted: FINAL,
  },
  // Triage of a proposal or reflection (accept, transfer) is the desk's; the answer waits for the leader's approval.
  proposal: petitionParties(),
  reflection: petitionParties(),
  commitment: {
    inProgress: 'agency',
    // Reported done: the leader verifies it (the clock runs until then).
    done: 'decider',
    verified: FINAL,
  },
};

function petitionParties(): Record<string, PendingParty> {
  return {
    received: 'desk',
    assigned: 'agency',
    awaitingApproval: 'decider',
    approved: 'agency',
    notified: 'agency',
    closed: FINAL,
    transferred: FINAL,
  };
}

/** The party of an open state a later machine version adds before it is listed above. */
export const UNLISTED_OPEN_STATE_PARTY: PendingParty = 'agency';

/**
 * The party whose step a case in `state` waits for: the state's own entry, else its top-level state's, else the
 * agency while the case is open and nobody once it is closed.
 */
export function pendingPartyOf(type: CaseType, state: string, open: boolean): PendingParty {
  const table = PENDING_PARTY[type];
  const own = (path: string) => (Object.prototype.hasOwnProperty.call(table, path) ? table[path] : undefined);
  return own(state) ?? own(state.split('.')[0] ?? '') ?? (open ? UNLISTED_OPEN_STATE_PARTY : FINAL);
}
