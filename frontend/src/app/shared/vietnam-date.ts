import { vnDateOf } from '@tiep-dan/workflows/vn-date';

/**
 * The civil date in Vietnam ('YYYY-MM-DD', UTC+7 all year) of an instant, whatever the browser's zone: a due instant is
 * the end of a day there, a letter's date is a day there.
 */
export function vietnamDate(instant: Date | string): string {
  return vnDateOf(typeof instant === 'string' ? new Date(instant) : instant);
}
