import type { EntityManager } from 'typeorm';
import { caseFactsSql, hasPartyPhoneEndingSql } from '../cases/case-read-model';
import type { VisitCaseRow } from './reception-queries';

/** What the citizen's lookup reads of a case. */
export type LookupRow = Pick<
  VisitCaseRow,
  'type' | 'machine_version' | 'state' | 'due_at' | 'closed_at' | 'received_at' | 'context' | 'lead_agency_name'
> & {
  id: string;
  code: string;
  lead_agency_id: string | null;
  remote_area: boolean;
};

/**
 * The cases (two at most) with this code whose phone's last 4 digits are `phoneLast4`: on the case's parties or, for a
 * reception visit, on the visit (a denunciation's case names no one). Denunciation letters keep their denouncer sealed:
 * they are not looked up here.
 */
export async function casesByCodeAndPhone(db: Pick<EntityManager, 'query'>, code: string, phoneLast4: string): Promise<LookupRow[]> {
  return db.query(
    `SELECT c.id, c.lead_agency_id, c.code, c.type, c.machine_version, c.state, c.due_at, c.closed_at, c.received_at, c.remote_area,
       c.context, c.lead_agency_name
     FROM ${caseFactsSql} c
     WHERE c.code = $1 AND c.type <> 'denunciation'
       AND (${hasPartyPhoneEndingSql('c.id', '$2')}
         OR EXISTS (SELECT 1 FROM reception_visit_cases vc JOIN reception_visits v ON v.id = vc.visit_id
                    WHERE vc.case_id = c.id AND right(regexp_replace(v.phone, '[^0-9]', '', 'g'), 4) = $2)
         -- A sealed matter keeps only a digest of the phone's last digits (lookupDigest in intake.service.ts).
         OR c.lookup_digest = encode(sha256(convert_to(c.id::text || ':' || $2, 'UTF8')), 'hex'))
     LIMIT 2`,
    [code, phoneLast4],
  );
}
