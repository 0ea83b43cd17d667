import type { DialogueKind, IntakeChannel } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { may } from '../access/policy';
import { lockSession, type LockedSessionRow } from './dialogue.read-model';
import { DialogueErrors } from './dialogues.errors';

/** What every write of a dialogue shares: who may write, the session locked, the channel its cases arrive by. */

/** Who may hold a dialogue: the policy's `dialogue.write` (the desk, leaders and agencies; never inspectors or teams). */
export function assertWriter(actor: Actor): void {
  if (!may(actor, 'dialogue.write')) throw DialogueErrors.forbidden();
}

/** The session the actor may see, locked until the transaction ends, or 404. */
export async function lockedSession(tx: EntityManager, actor: Actor, id: string): Promise<LockedSessionRow> {
  const row = await lockSession(tx, actor, id);
  if (!row) throw DialogueErrors.notFound();
  return row;
}

/** The channel a dialogue's cases arrive by: voter contacts are their own intake channel. */
export const channelOf = (kind: DialogueKind): IntakeChannel => (kind === 'voter_contact' ? 'voter_contact' : 'dialogue');
