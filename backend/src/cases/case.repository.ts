import type { EntityManager } from 'typeorm';

/**
 * Writes of the `cases` row outside the engine's one-statement event path (case-engine.ts): a reminder's or an
 * assignment's new version, each in the caller's transaction (issue 20: a context's writes sit in its repository).
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
