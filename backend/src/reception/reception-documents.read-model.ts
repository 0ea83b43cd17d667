import type { ReceptionRefusalReason } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { CaseScope } from '../access/actor';
import { petitionerNameSql, petitionerSql } from '../cases/case-read-model';
import { SEALED_DENOUNCER, VISIT_CASE_COLUMNS, VISIT_CASE_JOINS, type VisitCaseRow } from './reception-queries';
import { caseScopeSql } from '../access/policy';

/** The reads behind the papers the desk hands out (receipt, refusal notice) and the register (form 03/TCD). */

type Db = Pick<EntityManager, 'query'>;

/** A matter of a visit, as its receipt prints it: who came (sealed for a denunciation) and the case's commune. */
export type ReceiptRow = VisitCaseRow & { citizen_name: string; commune_id: string };

/** The matter of a visit that opened the case `caseId`, if the case is in the scope. */
export async function receiptCase(db: Db, caseId: string, scope: CaseScope): Promise<ReceiptRow | undefined> {
  const params: unknown[] = [caseId];
  const rows: ReceiptRow[] = await db.query(
    `SELECT ${VISIT_CASE_COLUMNS}, CASE WHEN vc.content_type = 'denunciation' THEN '${SEALED_DENOUNCER}'
         ELSE COALESCE(v.citizen_name, ${petitionerNameSql('c.id')})
         END AS citizen_name,
         c.commune_id
       FROM reception_visit_cases vc JOIN reception_visits v ON v.id = vc.visit_id ${VISIT_CASE_JOINS}
       WHERE vc.case_id = $1 AND ${caseScopeSql(scope, params)}`,
    params,
  );
  return rows[0];
}

export interface RefusedVisitRow {
  seq: number;
  visited_at: Date;
  citizen_name: string | null;
  address: string | null;
  refusal_reason: ReceptionRefusalReason | null;
  refusal_note: string | null;
}

/** A visit of the commune, with its refusal if it was refused. */
export async function visitForNotice(db: Db, visitId: string, communeId: string): Promise<RefusedVisitRow | undefined> {
  const rows: RefusedVisitRow[] = await db.query(
    `SELECT v.seq, v.visited_at, v.citizen_name, v.address, v.refusal_reason, v.refusal_note
       FROM reception_visits v WHERE v.id = $1 AND v.commune_id = $2`,
    [visitId, communeId],
  );
  return rows[0];
}

/** The date of a session of the commune ('YYYY-MM-DD'), if it is one. */
export async function sessionDateOf(db: Db, sessionId: string, communeId: string): Promise<string | undefined> {
  const sessions: { session_date: string }[] = await db.query(
    `SELECT session_date::text AS session_date FROM reception_sessions WHERE id = $1 AND commune_id = $2`,
    [sessionId, communeId],
  );
  return sessions[0]?.session_date;
}

export interface RegisterVisitRow {
  id: string;
  visited_at: Date;
  /** Null for a sealed visit (it brought a denunciation). */
  citizen_name: string | null;
  address: string | null;
  id_number: string | null;
  group_size: number;
  representatives: { fullName: string }[];
  previously_handled_by: string | null;
  refusal_reason: ReceptionRefusalReason | null;
  refusal_note: string | null;
  session_kind: string;
}

/** The visits (`v`, of sessions `s`) matching `where`, in register order. */
export async function registerVisits(db: Db, where: string, params: unknown[]): Promise<RegisterVisitRow[]> {
  return db.query(
    `SELECT v.id, v.visited_at, v.citizen_name, v.address, v.id_number, v.group_size, v.representatives, v.previously_handled_by,
         v.refusal_reason, v.refusal_note, s.kind AS session_kind
       FROM reception_visits v JOIN reception_sessions s ON s.id = v.session_id
       WHERE ${where} ORDER BY v.visited_at, v.seq`,
    params,
  );
}

/** A matter of a visit in the register: its case, how often it was carried over, and its first petitioner. */
export type RegisterCaseRow = VisitCaseRow & {
  visit_id: string;
  carried: number;
  petitioner: { name: string; address: string | null; idNumber: string | null } | null;
};

/** The matters of these visits, in their order. */
export async function registerCases(db: Db, visitIds: string[]): Promise<RegisterCaseRow[]> {
  if (!visitIds.length) return [];
  return db.query(
    `SELECT vc.visit_id, ${VISIT_CASE_COLUMNS}, (SELECT count(*)::int FROM reception_agenda g WHERE g.case_id = c.id) AS carried,
               ${petitionerSql('c.id')} AS petitioner
           FROM reception_visit_cases vc ${VISIT_CASE_JOINS} WHERE vc.visit_id = ANY($1::uuid[]) ORDER BY vc.position`,
    [visitIds],
  );
}
