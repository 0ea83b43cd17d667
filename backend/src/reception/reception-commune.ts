import type { Actor } from '../access/actor';
import { ReceptionErrors } from './reception.errors';

/** Reception staff work inside their commune; province-level users have no reception desk of their own. */
export function communeOf(actor: Actor): string {
  if (!actor.communeId) throw ReceptionErrors.noCommune();
  return actor.communeId;
}
