import type { PendingParty } from '@tiep-dan/contracts';
import type { MessageKey } from '../core/i18n/messages';

/** Whose step a case waits for, in words (the case page, the overview's lists and drill-downs). */
export const PENDING_PARTY_LABEL: Record<PendingParty, MessageKey> = {
  desk: 'case.pending.desk',
  leader: 'case.pending.leader',
  agency: 'case.pending.agency',
  decider: 'case.pending.decider',
  citizen: 'case.pending.citizen',
  none: 'case.pending.none',
};
