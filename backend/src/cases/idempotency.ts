import type { EntityManager } from 'typeorm';
import { AppError } from '../platform/errors/app-error';
import type { CaseRow } from './case-engine';
import { CaseErrorCode, CaseErrors } from './cases.errors';

/** The first answer stored under an Idempotency-Key of an actor. */
export interface StoredResponse<T> {
  status: number;
  body: T;
}

/**
 * Serialises the requests of one actor carrying one key: the second waits until the first commits (or rolls back),
 * then finds the stored answer instead of running the work again. A transaction-scoped advisory lock, released at
 * commit. (PGlite is one backend that runs one transaction at a time, which serialises them anyway.)
 */
export async function lockIdempotencyKey(
  tx: EntityManager,
  actorId: string,
  key: string,
): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
    `idempotency:${actorId}:${key}`,
  ]);
}

/** The stored answer for (actor, key), or null; the same key sent with another request is refused. */
export async function storedResponse<T>(
  tx: EntityManager,
  actorId: string,
  key: string,
  requestHash: string,
): Promise<StoredResponse<T> | null> {
  const rows: { request_hash: string; status: number; response: T }[] =
    await tx.query(
      `SELECT request_hash, status, response FROM idempotency_keys WHERE actor_id = $1 AND key = $2`,
      [actorId, key],
    );
  if (!rows[0]) return null;
  if (rows[0].request_hash !== requestHash)
    throw CaseErrors.idempotencyKeyReused();
  return { status: rows[0].status, body: rows[0].response };
}

export async function storeResponse(
  tx: EntityManager,
  actorId: string,
  key: string,
  requestHash: string,
  response: StoredResponse<unknown>,
  at: Date,
): Promise<void> {
  await tx.query(
    `INSERT INTO idempotency_keys (actor_id, key, request_hash, status, response, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      actorId,
      key,
      requestHash,
      response.status,
      JSON.stringify(response.body),
      at,
    ],
  );
}

/**
 * A lost race is a conflict, not a bad request. When the event is no longer allowed and either another request moved
 * the case while this one waited for the row lock, or the case's latest event is this very event (a double submit, ten
 * tabs sending the same decision), the client gets 409 with the current version, as with a stale `expectedVersion`.
 * Only called for the engine's refusal, which comes before any write: the transaction is still usable.
 */
export async function asLostRace(
  tx: EntityManager,
  error: unknown,
  locked: Pick<CaseRow, 'id' | 'version' | 'state'>,
  eventType: string,
  seenVersion: number | null,
): Promise<unknown> {
  if (
    !(error instanceof AppError) ||
    error.code !== CaseErrorCode.EventNotAllowed
  )
    return error;
  const movedMeanwhile = seenVersion !== null && locked.version !== seenVersion;
  const [latest]: { type: string }[] = await tx.query(
    `SELECT type FROM case_events WHERE case_id = $1 ORDER BY seq DESC LIMIT 1`,
    [locked.id],
  );
  return movedMeanwhile || latest?.type === eventType
    ? CaseErrors.versionConflict(locked.version, locked.state)
    : error;
}
