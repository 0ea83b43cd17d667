import type { Actor } from '../access/actor';
import { areaScopeSql, scopeOf } from '../access/policy';

/**
 * Dialogues are public meetings of a commune: the policy's area scope (access/policy.ts), everyone working in the
 * commune sees its dialogues, province-level users see the province's, administrators none. The fragment appends its
 * parameter to `params`.
 */
export function dialogueScope(actor: Pick<Actor, 'role' | 'communeId' | 'provinceId'>, params: unknown[], alias = 'd'): string {
  return areaScopeSql(scopeOf(actor, 'area'), params, {
    commune: `${alias}.commune_id`,
    province: `${alias}.province_id`,
  });
}
