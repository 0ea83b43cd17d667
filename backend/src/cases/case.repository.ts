import type { CaseCategory, CaseType, HandoffKind, IntakeChannel } from '@tiep-dan/contracts';
import type { DeadlineClockState } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';

/**
 * Writes of the `cases` row outside the engine's one-statement event path (case-engine.ts): a new case with its parties
 * and sealed identity, a reminder's or an assignment's new version, each in the caller's transaction (issue 20: a
 * context's writes sit in its repository).
 */

type Queryable = Pick<EntityManager, 'query'>;

/** Moves the case to `version` without another change (a record such as a reminder was added to its history). */
export async function bumpCaseVersion(tx: Queryable, caseId: string, version: number, at: Date): Promise<void> {
  await tx.query(`UPDATE cases SET version = $2, updated_at = $3 WHERE id = $1`, [caseId, version, at]);
}

/** Gives the case to `handlerId` (null: nobody) at `version`. */
export async function setAssignedHandler(
  tx: Queryable,
  caseId: string,
  handlerId: string | null,
  version: number,
  at: Date,
): Promise<void> {
  await tx.query(`UPDATE cases SET assigned_handler_id = $2, version = $3, updated_at = $4 WHERE id = $1`, [
    caseId,
    handlerId,
    version,
    at,
  ]);
}

/** A new case's row as the intake makes it (version 1). */
export interface NewCase {
  id: string;
  code: string;
  type: CaseType;
  machineVersion: number;
  snapshot: unknown;
  state: string;
  leadAgencyId: string | null;
  communeId: string;
  provinceId: string;
  neighbourhoodId: string | null;
  category: CaseCategory;
  channel: IntakeChannel;
  summary: string;
  content: string;
  groupSize: number;
  receivedAt: Date;
  remoteArea: boolean;
  deadlineClock: DeadlineClockState | null;
  deadlineRuleId: string | null;
  ruleSetVersion: string | null;
  clockStartedAt: Date | null;
  dueAt: Date | null;
  dueSoonAt: Date | null;
  nextDeadlineAt: Date | null;
  overdueSince: Date | null;
  duplicateOf: string | null;
  secondComplaintOf: string | null;
  forwardedFrom: string | null;
  searchText: string;
  createdBy: string | null;
  createdAt: Date;
  letterId: string | null;
  openedFromCaseId: string | null;
  lookupDigest: string | null;
  handedOffFromCaseId: string | null;
  handoffKind: HandoffKind | null;
}

export async function insertCase(tx: Queryable, c: NewCase): Promise<void> {
  await tx.query(
    `INSERT INTO cases (id, code, type, machine_id, machine_version, snapshot, state, version, lead_agency_id, commune_id, province_id,
         neighbourhood_id, category, channel, summary, content, group_size, received_at, remote_area, deadline_clock, deadline_rule_id,
         rule_set_version, clock_started_at, due_at, due_soon_at, next_deadline_at, overdue_since, duplicate_of, second_complaint_of,
         forwarded_from, search_text, created_by, created_at, updated_at, letter_id, opened_from_case_id, lookup_digest, handed_off_from_case_id,
         handoff_kind)
       VALUES ($1, $2, $3, $3, $4, $5, $6, 1, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25,
         $26, $27, $28, $29, $30, $31, $31, $32, $33, $34, $35, $36)`,
    [
      c.id,
      c.code,
      c.type,
      c.machineVersion,
      c.snapshot,
      c.state,
      c.leadAgencyId,
      c.communeId,
      c.provinceId,
      c.neighbourhoodId,
      c.category,
      c.channel,
      c.summary,
      c.content,
      c.groupSize,
      c.receivedAt,
      c.remoteArea,
      c.deadlineClock,
      c.deadlineRuleId,
      c.ruleSetVersion,
      c.clockStartedAt,
      c.dueAt,
      c.dueSoonAt,
      c.nextDeadlineAt,
      c.overdueSince,
      c.duplicateOf,
      c.secondComplaintOf,
      c.forwardedFrom,
      c.searchText,
      c.createdBy,
      c.createdAt,
      c.letterId,
      c.openedFromCaseId,
      c.lookupDigest,
      c.handedOffFromCaseId,
      c.handoffKind,
    ],
  );
}

/** A party of a case (a person the case names; never a denouncer). */
export async function insertParty(
  tx: Queryable,
  caseId: string,
  p: { role: string; fullName: string; idNumber: string | null; address: string | null; phone: string | null },
): Promise<void> {
  await tx.query(`INSERT INTO case_parties (case_id, role, full_name, id_number, address, phone) VALUES ($1, $2, $3, $4, $5, $6)`, [
    caseId,
    p.role,
    p.fullName,
    p.idNumber,
    p.address,
    p.phone,
  ]);
}

/** Puts the encrypted identity into the case's vault. */
export async function insertSealedIdentity(tx: Queryable, caseId: string, ciphertext: string): Promise<void> {
  await tx.query(`INSERT INTO confidential_identities (case_id, ciphertext) VALUES ($1, $2)`, [caseId, ciphertext]);
}
