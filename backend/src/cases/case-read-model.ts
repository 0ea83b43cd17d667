import type { EntityManager } from 'typeorm';
import { agencyNameSql } from '../organisation/organisation-read-model';

/**
 * The cases context's read model for the other contexts (reception, letters, dashboard, dialogues, mobilization,
 * citizens, open311): the only code outside `cases` that learns of `cases`, `case_events` and `case_parties` goes
 * through these functions (issue 20). Calls take the caller's transaction or read connection; where a statement of
 * another context must filter or label by a case, an SQL expression here says it, over this context's tables only.
 */

export type Queryable = Pick<EntityManager, 'query'>;

/**
 * SQL: every case as another context's statement joins, filters, sorts and labels it (the reception desk's visits,
 * agenda, register, duplicate search and the public lookup): a sub-select over this context's tables to alias, as in
 * `JOIN ${caseFactsSql} c ON c.id = vc.case_id`, whose columns are these and no others. The planner folds it into the
 * caller's statement, so a column not asked for costs nothing. Computed: `lead_agency_name`, `context` (the machine's
 * context), `statutory` (the complaint or denunciation case a reception case opened, if any, as JSON) and `repeat_of`
 * (the earlier case it repeats, as JSON).
 */
export const caseFactsSql = `(SELECT c.id, c.code, c.type, c.machine_version, c.category, c.summary, c.state, c.version,
  c.deadline_rule_id, c.deadline_clock, c.due_at, c.due_soon_at, c.overdue_since, c.closed_at, c.received_at,
  c.commune_id, c.province_id, c.lead_agency_id, c.coordinating_agency_ids, c.neighbourhood_id, c.opened_from_case_id, c.remote_area,
  c.lookup_digest, ${agencyNameSql('c.lead_agency_id')} AS lead_agency_name, c.snapshot -> 'context' AS context,
  (SELECT json_build_object('id', s.id, 'code', s.code, 'type', s.type, 'machine_version', s.machine_version, 'state', s.state,
     'deadline_rule_id', s.deadline_rule_id, 'due_at', s.due_at)
   FROM cases s WHERE s.opened_from_case_id = c.id ORDER BY s.created_at LIMIT 1) AS statutory,
  (SELECT json_build_object('id', d.id, 'code', d.code) FROM cases d WHERE d.id = c.duplicate_of) AS repeat_of
  FROM cases c)`;

/** SQL: whether a party of the case `caseIdSql` gave the ID number `idNumberSql`. */
export const hasPartyWithIdNumberSql = (caseIdSql: string, idNumberSql: string): string =>
  `EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = ${caseIdSql} AND p.id_number = ${idNumberSql})`;

/** SQL: whether a party of the case `caseIdSql` gave a phone whose last 4 digits are `last4Sql`. */
export const hasPartyPhoneEndingSql = (caseIdSql: string, last4Sql: string): string =>
  `EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = ${caseIdSql} AND right(regexp_replace(p.phone, '[^0-9]', '', 'g'), 4) = ${last4Sql})`;

/** SQL: the full name of the first petitioner of the case `caseIdSql` (NULL when none). */
export const petitionerNameSql = (caseIdSql: string): string =>
  `(SELECT p.full_name FROM case_parties p WHERE p.case_id = ${caseIdSql} AND p.role = 'petitioner' ORDER BY p.id LIMIT 1)`;

/** SQL: the first petitioner of the case `caseIdSql` as JSON `{ name, address, idNumber }` (NULL when none). */
export const petitionerSql = (caseIdSql: string): string =>
  `(SELECT json_build_object('name', p.full_name, 'address', p.address, 'idNumber', p.id_number) FROM case_parties p
                WHERE p.case_id = ${caseIdSql} AND p.role = 'petitioner' ORDER BY p.id LIMIT 1)`;
