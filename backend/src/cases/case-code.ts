import type { CaseType } from '@tiep-dan/contracts';
import { EntityManager } from 'typeorm';

/** Code prefixes officers know from the paper registers. */
export const CASE_CODE_PREFIX: Record<CaseType, string> = {
  reception: 'TD',
  complaint: 'KN',
  denunciation: 'TC',
  proposal: 'KNG',
  reflection: 'PA',
  commitment: 'CK',
};

/** e.g. KN-2026-000123: prefix, year (Vietnam time) and a number per commune, year and prefix. */
export function formatCaseCode(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(6, '0')}`;
}

/**
 * Hands out the next number inside the caller's transaction. The counter row is locked by the upsert until commit, so
 * concurrent creations in one commune queue for a moment and never share a number; a rolled-back creation gives its
 * number back.
 */
export function nextCaseCode(tx: EntityManager, communeId: string, type: CaseType, year: number): Promise<string> {
  return nextCode(tx, communeId, CASE_CODE_PREFIX[type], year);
}

/** The next number of any register kept per commune, year and prefix (cases by type, the letter register 'DT'). */
export async function nextCode(tx: EntityManager, communeId: string, prefix: string, year: number): Promise<string> {
  const rows: { last: number }[] = await tx.query(
    `INSERT INTO case_code_counters (commune_id, year, prefix, last) VALUES ($1, $2, $3, 1)
     ON CONFLICT (commune_id, year, prefix) DO UPDATE SET last = case_code_counters.last + 1
     RETURNING last`,
    [communeId, year, prefix],
  );
  return formatCaseCode(prefix, year, rows[0].last);
}
