import type { DialogueKind, IntakeChannel } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { isReadOnly, type Actor } from '../access/actor';
import { lockSession, type LockedSessionRow } from './dialogue.read-model';
import { DialogueErrors } from './dialogues.errors';

/** What every write of a dialogue shares: who may write, the session locked, the channel its cases arrive by. */

const WRITERS = new Set(['leader', 'reception_officer', 'agency_handler', 'agency_head']);

export function assertWriter(actor: Actor): void {
  if (isReadOnly(actor) || !WRITERS.has(actor.role)) throw DialogueErrors.forbidden();
}

/** The session the actor may see, locked until the transaction ends, or 404. */
export async function lockedSession(tx: EntityManager, actor: Actor, id: string): Promise<LockedSessionRow> {
  const row = await lockSession(tx, actor, id);
  if (!row) throw DialogueErrors.notFound();
  return row;
}

/** The channel a dialogue's cases arrive by: voter contacts are their own intake channel. */
export const channelOf = (kind: DialogueKind): IntakeChannel => (kind === 'voter_contact' ? 'voter_contact' : 'dialogue');
