const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The civil date in Vietnam ('YYYY-MM-DD', UTC+7 all year) of an instant, whatever the browser's zone: a due instant is
 * the end of a day there, a letter's date is a day there.
 */
export function vietnamDate(instant: Date | string): string {
  const ms =
    typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
