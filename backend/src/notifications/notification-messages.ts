import { formatVnDate, vnDayOf } from '@tiep-dan/workflows';
import type { BilingualText } from '@tiep-dan/contracts';

export type OutboxTopic = 'case.assigned' | 'case.due_soon' | 'case.overdue';

/** What the outbox carries: identifiers and the public code only, never personal data or the denouncer's identity. */
export interface CaseOutboxPayload {
  caseId: string;
  code: string;
  caseType: string;
  agencyId: string | null;
  communeId: string;
  dueAt: string | null;
}

function vnDate(iso: string | null): string {
  return iso ? formatVnDate(vnDayOf(new Date(iso))) : '';
}

export function notificationText(topic: OutboxTopic, p: CaseOutboxPayload): { title: BilingualText; body: BilingualText } {
  const due = vnDate(p.dueAt);
  switch (topic) {
    case 'case.assigned':
      return {
        title: { vi: `Hồ sơ mới được giao: ${p.code}`, en: `New case assigned: ${p.code}` },
        body: { vi: due ? `Hạn giải quyết: ${due}` : 'Đề nghị tiếp nhận và xử lý', en: due ? `Due ${due}` : 'Please accept and handle it' },
      };
    case 'case.due_soon':
      return {
        title: { vi: `Sắp đến hạn: ${p.code}`, en: `Due soon: ${p.code}` },
        body: { vi: `Hạn giải quyết ${due}`, en: `Due ${due}` },
      };
    case 'case.overdue':
      return {
        title: { vi: `Quá hạn: ${p.code}`, en: `Overdue: ${p.code}` },
        body: { vi: `Đã quá hạn giải quyết (hạn ${due})`, en: `Past its deadline (${due})` },
      };
  }
}
