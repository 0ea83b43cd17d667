import type { PendingParty } from '@tiep-dan/contracts';
import { PENDING_PARTY, UNLISTED_OPEN_STATE_PARTY } from '@tiep-dan/workflows';

/** A constant from code as an SQL string literal (quotes doubled): type, state and party names. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * `pendingPartyOf` (workflows) as an SQL expression over the case alias: whose step the case waits for, from its type
 * and stored state. Exact paths first, then the top-level state of a nested one, then the agency while open (a state a
 * later machine version adds) and nobody once closed: the same lookup, so a list filtered on it and a figure counted
 * with it agree with the case page.
 */
export function pendingPartySql(alias = 'c'): string {
  const exact: string[] = [];
  const topLevel: string[] = [];
  for (const [type, states] of Object.entries(PENDING_PARTY)) {
    const byParty = new Map<PendingParty, string[]>();
    for (const [state, party] of Object.entries(states)) byParty.set(party, [...(byParty.get(party) ?? []), state]);
    for (const [party, paths] of byParty) {
      const when = (column: string, list: string[]) =>
        `WHEN ${alias}.type = ${literal(type)} AND ${column} IN (${list.map(literal).join(', ')}) THEN ${literal(party)}`;
      exact.push(when(`${alias}.state`, paths));
      const tops = paths.filter((path) => !path.includes('.'));
      if (tops.length) topLevel.push(when(`split_part(${alias}.state, '.', 1)`, tops));
    }
  }
  const fallback = `WHEN ${alias}.closed_at IS NULL THEN ${literal(UNLISTED_OPEN_STATE_PARTY)} ELSE 'none'`;
  return `(CASE ${[...exact, ...topLevel].join(' ')} ${fallback} END)`;
}

/** The expression over the usual case alias `c`, built once. */
export const PENDING_PARTY_SQL = pendingPartySql('c');
