import type { CaseType } from '@tiep-dan/contracts';

/**
 * States in which the citizen has their answer although the case stays open a while (a complaint's second-filing
 * window, a petition notified but not yet closed): with a closed case, these are the cases the citizen may rate and
 * Open311 reports as `closed`.
 */
const ANSWERED_STATES: Partial<Record<CaseType, readonly string[]>> = {
  reception: ['answered'],
  proposal: ['notified'],
  reflection: ['notified'],
  complaint: ['notified'],
  denunciation: ['handled'],
};

export function isAnswered(type: CaseType, state: string, closedAt: Date | string | null): boolean {
  return closedAt !== null || (ANSWERED_STATES[type]?.includes(state) ?? false);
}

/** The same as SQL over a `cases` row aliased `alias` (constants only: no parameters). */
export function answeredSql(alias = 'c'): string {
  const pairs = Object.entries(ANSWERED_STATES).flatMap(([type, states]) => (states ?? []).map((state) => `('${type}', '${state}')`));
  return `(${alias}.closed_at IS NOT NULL OR (${alias}.type, ${alias}.state) IN (${pairs.join(', ')}))`;
}
