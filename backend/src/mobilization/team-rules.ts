import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { may } from '../access/policy';
import { MobilizationErrors } from './mobilization.errors';
import { teamRow, type TeamRow } from './team.read-model';

/** What the teams' services share: who keeps a team's records, a team in reach, a member's term. */

/** A team's records are kept by its own lead or the commune's leaders and reception officers (the policy's `team.record`). */
export function canRecord(actor: Actor, team: Pick<TeamRow, 'neighbourhood_id' | 'commune_id'>): boolean {
  return may(actor, 'team.record', { communeId: team.commune_id, neighbourhoodId: team.neighbourhood_id });
}

/** The team if the actor may see it (locked with `lock`), or 404 (the same answer as for a team that does not exist). */
export async function reachableTeam(
  db: Pick<EntityManager, 'query'>,
  actor: Actor,
  id: string,
  today: string,
  lock = false,
): Promise<TeamRow> {
  const team = await teamRow(db, actor, id, today, lock);
  if (!team) throw MobilizationErrors.teamNotFound();
  return team;
}

/** The team, locked, if the actor may see it and keeps its records; 404 or 403 otherwise. */
export async function recordableTeam(tx: EntityManager, actor: Actor, id: string, today: string): Promise<TeamRow> {
  const team = await reachableTeam(tx, actor, id, today, true);
  if (!canRecord(actor, team)) throw MobilizationErrors.forbidden();
  return team;
}

export function checkTerm(field: string, start: string, end: string | undefined): void {
  if (end && end < start)
    throw MobilizationErrors.invalid(field, 'Ngày kết thúc nhiệm kỳ trước ngày bắt đầu', 'The term ends before it starts');
}
