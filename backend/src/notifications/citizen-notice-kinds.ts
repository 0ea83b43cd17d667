import type { CaseType, CitizenNoticeKind } from '@tiep-dan/contracts';

/**
 * The case events a citizen is told about, by case type: the outcome of triage (the law wants them told whether the
 * matter was accepted, refused, forwarded or guided: Luật Tiếp công dân Art. 28, Luật Khiếu nại Art. 27, Luật Tố cáo
 * Art. 29), a longer period, a suspension and its end, and the decision, conclusion or answer.
 */
const NOTICE_OF_EVENT: Partial<Record<CaseType, Readonly<Record<string, CitizenNoticeKind>>>> = {
  proposal: {
    ACCEPT: 'accepted',
    TRANSFER: 'forwarded',
    NOTIFY_CITIZEN: 'answered',
  },
  reflection: {
    ACCEPT: 'accepted',
    TRANSFER: 'forwarded',
    NOTIFY_CITIZEN: 'answered',
  },
  complaint: {
    TRIAGE_ACCEPT: 'accepted',
    TRIAGE_REFUSE: 'refused',
    TRIAGE_FORWARD: 'forwarded',
    TRIAGE_GUIDE: 'guided',
    APPROVE_EXTENSION: 'extended',
    SUSPEND: 'suspended',
    RESUME: 'resumed',
    NOTIFY_PARTIES: 'answered',
  },
  denunciation: {
    ACCEPT: 'accepted',
    REFUSE_ACCEPTANCE: 'refused',
    SEND_FORWARD: 'forwarded',
    EXTEND_INITIAL_HANDLING: 'extended',
    APPROVE_EXTENSION: 'extended',
    SUSPEND: 'suspended',
    RESUME: 'resumed',
    // The denouncer is told the conclusion (Luật Tố cáo 2018 Art. 40).
    CONCLUDE: 'answered',
  },
};

/** The notice an accepted event of a case sends its citizen, if any. */
export function citizenNoticeOf(type: CaseType, eventType: string): CitizenNoticeKind | null {
  const byEvent = NOTICE_OF_EVENT[type];
  return byEvent && Object.prototype.hasOwnProperty.call(byEvent, eventType) ? byEvent[eventType] : null;
}
