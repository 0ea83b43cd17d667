import type { Actor } from '../access/actor';

/**
 * Dialogues are public meetings of a commune: everyone working in the commune sees its dialogues, province-level users
 * see the province's, administrators none. The fragment appends its parameter to `params`.
 */
export function dialogueScope(
  actor: Pick<Actor, 'role' | 'communeId' | 'provinceId'>,
  params: unknown[],
  alias = 'd',
): string {
  if (actor.role === 'admin') return 'FALSE';
  if (actor.communeId) {
    params.push(actor.communeId);
    return `${alias}.commune_id = $${params.length}`;
  }
  params.push(actor.provinceId);
  return `${alias}.province_id = $${params.length}`;
}
