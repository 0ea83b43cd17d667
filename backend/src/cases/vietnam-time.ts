/** Vietnam is UTC+7 all year (no daylight saving): civil dates are computed arithmetically, whatever the server's TZ. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export function vietnamYear(instant: Date): number {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).getUTCFullYear();
}
