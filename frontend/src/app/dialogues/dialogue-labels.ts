import type { AgencyDto, DialogueKind, DialogueStatus } from '@tiep-dan/contracts';
import { vnDateOf } from '@tiep-dan/workflows/vn-date';
import type { MessageKey } from '../core/i18n/messages';

export const KIND_LABELS: Record<DialogueKind, MessageKey> = {
  dialogue: 'dialogues.kind.dialogue',
  seminar: 'dialogues.kind.seminar',
  voter_contact: 'dialogues.kind.voter_contact',
  thematic_meeting: 'dialogues.kind.thematic_meeting',
};

export const STATUS_LABELS: Record<DialogueStatus, MessageKey> = {
  scheduled: 'dialogues.status.scheduled',
  held: 'dialogues.status.held',
};

/** Lines of a textarea, trimmed, blanks dropped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The commune itself and its units: the agencies that handle a commune's cases and commitments. */
export function communeAgencies(all: readonly AgencyDto[], communeId: string | null): AgencyDto[] {
  return all.filter((a) => a.active && (a.id === communeId || (communeId !== null && a.communeId === communeId && a.kind === 'unit')));
}

/** Today in Vietnam as YYYY-MM-DD. */
export function vietnamToday(now = new Date()): string {
  return vnDateOf(now);
}
