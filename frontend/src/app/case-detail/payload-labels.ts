import { RECEPTION_REFUSAL_LABELS, type BilingualText, type ReceptionRefusalReason } from '@tiep-dan/contracts';
import { CASE_DETAIL_MESSAGES } from './case-detail.messages';

const MESSAGES: Record<string, BilingualText> = CASE_DETAIL_MESSAGES;

/** The label of an event's payload field (`findings` → "Kết quả xác minh"); the raw name when none is written. */
export function fieldLabel(name: string): BilingualText {
  return MESSAGES[`case.field.${name}`] ?? { vi: name, en: name };
}

/** The label of an enum value of a payload (an outcome, a complexity, a refusal reason). */
export function valueLabel(value: string): BilingualText {
  return (
    MESSAGES[`case.value.${value}`] ??
    RECEPTION_REFUSAL_LABELS[value as ReceptionRefusalReason] ?? {
      vi: value,
      en: value,
    }
  );
}

/** Fields that hold an agency id: picked from the agency list, shown by name. */
export const AGENCY_FIELDS: ReadonlySet<string> = new Set(['agencyId', 'toAgencyId', 'fromAgencyId']);

/** Free-text fields that deserve several lines. */
export const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'findings',
  'minutes',
  'summary',
  'reason',
  'conclusion',
  'measures',
  'response',
  'report',
  'answer',
  'note',
]);
