import type { CaseListQuery } from '@tiep-dan/contracts';
import { formatVnDate, vnDayOf } from '@tiep-dan/workflows/vn-date';
import type { MessageKey } from '../core/i18n/messages';
import { PENDING_PARTY_LABEL } from '../shared/pending-party';
import { CATEGORY_LABEL, TYPE_LABEL } from './overview-labels';

/** One filter of the list, said in words above it. */
export interface Chip {
  key: MessageKey;
  params?: Record<string, string>;
  text?: string;
  /** A value that is itself a message (shown after the key, like `text`). */
  value?: MessageKey;
}

/** The filters of a list query as chips; the agency only once its name is known (`agency`, for that id). */
export function filterChips(q: CaseListQuery, agency: { id: string; name: string } | null): Chip[] {
  const chips: Chip[] = [];
  const day = (iso: string) => formatVnDate(vnDayOf(new Date(iso)));
  if (q.overdue) chips.push({ key: 'overview.filter.overdue' });
  if (q.dueSoon) chips.push({ key: 'overview.filter.dueSoon' });
  if (q.open === true && !q.overdue && !q.dueSoon) chips.push({ key: 'overview.filter.open' });
  if (q.pendingParty)
    chips.push({
      key: 'case.header.pending',
      value: PENDING_PARTY_LABEL[q.pendingParty],
    });
  if (q.noLeadAgency) chips.push({ key: 'overview.noAgency' });
  if (q.noNeighbourhood) chips.push({ key: 'overview.noNeighbourhood' });
  if (q.type) chips.push({ key: TYPE_LABEL[q.type] });
  if (q.category) chips.push({ key: CATEGORY_LABEL[q.category] });
  if (q.receivedFrom && q.receivedTo)
    chips.push({
      key: 'overview.filter.received',
      params: { from: day(q.receivedFrom), to: day(q.receivedTo) },
    });
  if (q.closedFrom && q.closedTo)
    chips.push({
      key: 'overview.filter.resolved',
      params: { from: day(q.closedFrom), to: day(q.closedTo) },
    });
  if (q.leadAgencyId && agency && agency.id === q.leadAgencyId) chips.push({ key: 'overview.agency', text: agency.name });
  return chips;
}
