import type { ActorRole, BilingualText, BlockedEvent, CaseEventType, CaseType } from '@tiep-dan/contracts';
import { getNextTransitions } from 'xstate';
import { EVENT_LABELS } from './labels';
import { canSend } from './permissions';
import { getMachine } from './registry';
import { eventsInState, isEnabled, restoreCase } from './runtime';

/** A guard's failure in the words of the people who work the case: why the step is not open yet (or any more). */
export const BLOCK_REASON_LABELS: Record<string, BilingualText> = {
  isDialogueSatisfied: {
    vi: 'Cần tổ chức đối thoại trước khi dự thảo quyết định: kết quả xác minh khác với yêu cầu của người khiếu nại, hoặc đây là khiếu nại lần hai (Điều 30 Luật Khiếu nại; Nghị định 124/2020).',
    en: 'A dialogue must be held before the draft decision: the findings differ from what the complainant asks, or this is a second complaint (Law on Complaints Art. 30; Decree 124/2020).',
  },
  hasDialogueNotice: {
    vi: 'Người khiếu nại phải được báo trước ít nhất 5 ngày trước buổi đối thoại.',
    en: 'The complainant must be told at least 5 days before the dialogue.',
  },
  canRequestExtension: {
    vi: 'Đã dùng hết số lần gia hạn luật cho phép, hoặc đang có đề nghị gia hạn chờ duyệt.',
    en: 'The extensions the law allows are used up, or a request is already waiting.',
  },
  hasGrantableExtension: {
    vi: 'Đề nghị gia hạn vượt quá số lần luật cho phép với mức độ phức tạp của vụ việc.',
    en: 'The request goes beyond the extensions the law allows for this complexity.',
  },
  hasViolationEvidence: {
    vi: 'Chưa ghi nhận dấu hiệu vi phạm pháp luật trong nội dung tố cáo.',
    en: 'No evidence of a violation has been recorded.',
  },
  isInitialHandlingNotExtended: {
    vi: 'Thời hạn xử lý ban đầu đã được gia hạn một lần (Điều 24 Luật Tố cáo).',
    en: 'Initial handling has already been extended once (Law on Denunciations Art. 24).',
  },
  isNotForwardedYet: {
    vi: 'Đơn tố cáo đã được chuyển một lần, không chuyển tiếp lần nữa.',
    en: 'The denunciation was forwarded once already; it is not forwarded again.',
  },
  isOverdue: {
    vi: 'Chỉ chuyển lên cấp trên khi hồ sơ đã quá hạn giải quyết (Điều 30 Luật Tố cáo).',
    en: 'Only an overdue denunciation goes to the next level (Law on Denunciations Art. 30).',
  },
  isAnotherAgency: {
    vi: 'Hồ sơ đang do chính cơ quan này chủ trì: chọn một cơ quan khác để giao lại.',
    en: 'This agency already leads the case: choose another agency to reassign it to.',
  },
  isWithinLimitation: {
    vi: 'Đơn gửi quá thời hiệu 90 ngày: cần ghi nhận trở ngại khách quan trước khi thụ lý (Điều 9 Luật Khiếu nại).',
    en: 'Filed after the 90-day limit: record the obstacle before accepting (Law on Complaints Art. 9).',
  },
};

/**
 * Guards whose failure means there is nothing to do, not a step held back (no extension request to rule on, the
 * denouncer already told, no obstacle needed): not worth a line on the case page.
 */
const NOTHING_TO_DO = new Set(['hasPendingExtension', 'isDenouncerNotNotified', 'isLateWithoutObstacle']);

/** A guard with no words of its own (an inline or combined one). */
export const UNNAMED_BLOCK_REASON = 'condition';
const UNNAMED_LABEL: BilingualText = {
  vi: 'Hồ sơ chưa đủ điều kiện cho bước này.',
  en: 'The case does not meet the conditions for this step yet.',
};

function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  const type = (guard as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? type : UNNAMED_BLOCK_REASON;
}

/**
 * The events the role may send and the state has a transition for, but whose guard the case's facts fail now, each
 * with the failing guard's name and words: what the case page shows instead of a button that is silently missing. The
 * deciding seat and the holder of the case are the backend's to explain; this judges the lifecycle only.
 */
export function blockedEvents(type: CaseType, version: number, persisted: unknown, role: ActorRole, decides = false): BlockedEvent[] {
  const machine = getMachine(type, version);
  const snapshot = restoreCase(type, version, persisted);
  if (snapshot.status !== 'active') return [];
  const transitions = getNextTransitions(snapshot);
  return eventsInState(snapshot)
    .filter((eventType) => canSend(type, eventType, role, decides) && !isEnabled(machine, snapshot, eventType, role))
    .map((eventType: CaseEventType) => {
      const guarded = transitions.find((t) => t.eventType === eventType && t.guard !== undefined);
      const reason = guardName(guarded?.guard);
      return { type: eventType, label: EVENT_LABELS[eventType], reason, reasonLabel: BLOCK_REASON_LABELS[reason] ?? UNNAMED_LABEL };
    })
    .filter((blocked) => !NOTHING_TO_DO.has(blocked.reason));
}
