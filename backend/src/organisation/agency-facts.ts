import type { AgencyKind } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/** What other contexts need to know of an agency to judge a reach: its kind, places and whether it is active. */
export interface AgencyFacts {
  id: string;
  kind: AgencyKind;
  commune_id: string | null;
  province_id: string | null;
  active: boolean;
}

/**
 * The organisation context's read model of agencies for other contexts, in the caller's transaction (so a check and
 * the write it guards see the same rows). Unknown ids are simply absent.
 */
export async function agencyFacts(tx: EntityManager, ids: readonly string[]): Promise<AgencyFacts[]> {
  if (!ids.length) return [];
  return tx.query(`SELECT id, kind, commune_id, province_id, active FROM agencies WHERE id = ANY($1::uuid[])`, [ids]);
}
