import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
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
export async function lockIdempotencyKey(tx: EntityManager, actorId: string, key: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`idempotency:${actorId}:${key}`]);
}

/** What is stored under (actor, key) for a request: nothing yet, the first answer, or another request's answer. */
export type IdempotencyLookup<T> = { kind: 'fresh' } | { kind: 'replay'; response: StoredResponse<T> } | { kind: 'conflict' };

/** Looks up (actor, key): a replay when the same request was answered, a conflict when the key came with another. */
export async function lookupIdempotencyKey<T>(
  tx: Pick<EntityManager, 'query'>,
  actorId: string,
  key: string,
  requestHash: string,
): Promise<IdempotencyLookup<T>> {
  const rows: { request_hash: string; status: number; response: T }[] = await tx.query(
    `SELECT request_hash, status, response FROM idempotency_keys WHERE actor_id = $1 AND key = $2`,
    [actorId, key],
  );
  if (!rows[0]) return { kind: 'fresh' };
  if (rows[0].request_hash !== requestHash) return { kind: 'conflict' };
  return {
    kind: 'replay',
    response: { status: rows[0].status, body: rows[0].response },
  };
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
    [actorId, key, requestHash, response.status, JSON.stringify(response.body), at],
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
  if (!(error instanceof AppError) || error.code !== CaseErrorCode.EventNotAllowed) return error;
  const movedMeanwhile = seenVersion !== null && locked.version !== seenVersion;
  const [latest]: { type: string }[] = await tx.query(`SELECT type FROM case_events WHERE case_id = $1 ORDER BY seq DESC LIMIT 1`, [
    locked.id,
  ]);
  return movedMeanwhile || latest?.type === eventType ? CaseErrors.versionConflict(locked.version, locked.state) : error;
}

/** The answer of an idempotent request: the work's own (`fresh`), or the first answer stored under its key (`replay`). */
export type IdempotentResult<T> = { kind: 'fresh'; status: number; body: T } | { kind: 'replay'; status: number; body: T };

/** An idempotent request: who sends it, under which key (none: not idempotent), to which route, with which body. */
export interface IdempotentRequest {
  actorId: string;
  key: string | undefined;
  route: string;
  body: unknown;
  /** The status of a fresh answer. */
  status: number;
}

/**
 * Runs `work` in a transaction that also stores the response under (actor, key). A retry with the same key and body
 * gets the first response back and writes nothing; the same key with another body is refused (422).
 */
export async function runIdempotent<T>(
  db: DataSource,
  now: () => Date,
  request: IdempotentRequest,
  work: (tx: EntityManager) => Promise<T>,
): Promise<IdempotentResult<T>> {
  const { actorId, key, status } = request;
  if (!key)
    return {
      kind: 'fresh',
      status,
      body: await db.transaction((tx) => work(tx)),
    };
  if (key.length > 200) throw CaseErrors.invalid('Idempotency-Key', 'Khóa tối đa 200 ký tự', 'At most 200 characters');
  const hash = createHash('sha256')
    .update(`${request.route}\n${JSON.stringify(request.body)}`)
    .digest('hex');
  const earlier = await lookupIdempotencyKey<T>(db.manager, actorId, key, hash);
  if (earlier.kind !== 'fresh') return replayOf(earlier);
  // Same-key requests take turns; whoever comes second finds the first one's answer once it has committed.
  return db.transaction(async (tx): Promise<IdempotentResult<T>> => {
    await lockIdempotencyKey(tx, actorId, key);
    const first = await lookupIdempotencyKey<T>(tx, actorId, key, hash);
    if (first.kind !== 'fresh') return replayOf(first);
    const value = await work(tx);
    await storeResponse(tx, actorId, key, hash, { status, body: value }, now());
    return { kind: 'fresh', status, body: value };
  });
}

/** The stored answer of a replay; a key reused for another request is refused. */
function replayOf<T>(found: Exclude<IdempotencyLookup<T>, { kind: 'fresh' }>): IdempotentResult<T> {
  if (found.kind === 'conflict') throw CaseErrors.idempotencyKeyReused();
  return { kind: 'replay', ...found.response };
}
