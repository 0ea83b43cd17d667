import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { usersByIds } from '../access/user-read-model';
import { may } from '../access/policy';
import type { CaseRow } from './case-engine';
import { CaseErrors } from './cases.errors';

/** A handler taking a case with their first action on it: the HANDLER_ASSIGNED record the engine writes before the event. */
export interface HandlerClaim {
  payload: {
    handlerId: string;
    handlerName: string;
    previousHandlerId: string | null;
    previousHandlerName: string | null;
    claimed: true;
  };
  note: string;
}

/**
 * Who may move a case inside its lead agency (issue 15, "Ownership"): the handler it is assigned to, or the agency head
 * (who acts on any case of the agency without taking it). A handler acting on a case nobody holds takes it with that
 * first action: the claim is put on the row here and the engine records it (HANDLER_ASSIGNED, `claimed: true`) just
 * before the event, once the event has passed every check, so a refused or stale request writes nothing.
 * A handler acting on a case another handler of the agency holds is refused, naming the holder. A holder who is not of
 * the lead agency (the case moved to another agency since) holds nothing here, and the claim replaces them.
 * Everyone else (the desk, leaders, the scheduler) is not concerned: they act by their role.
 */
export async function ensureOwnership(tx: EntityManager, actor: Actor, row: CaseRow): Promise<void> {
  if (!may(actor, 'case.claim', row) || row.assigned_handler_id === actor.userId) return;
  const users = await usersByIds(
    tx,
    [actor.userId, row.assigned_handler_id].filter((id): id is string => id !== null),
  );
  const holder = users.find((u) => u.id === row.assigned_handler_id);
  if (holder && holder.agencyId === row.lead_agency_id) throw CaseErrors.heldByAnotherHandler(holder.id, holder.fullName);
  row.claim = {
    payload: {
      handlerId: actor.userId,
      handlerName: users.find((u) => u.id === actor.userId)?.fullName ?? actor.username,
      previousHandlerId: row.assigned_handler_id,
      previousHandlerName: holder?.fullName ?? null,
      claimed: true,
    },
    note: 'Tự nhận xử lý khi thao tác lần đầu',
  };
}

/** A handler looking at a case another handler holds: the case page offers them no action (`ensureOwnership` refuses it). */
export function heldByAnotherHandler(actor: Pick<Actor, 'role' | 'userId'>, row: { assigned_handler_id: string | null }): boolean {
  return actor.role === 'agency_handler' && row.assigned_handler_id !== null && row.assigned_handler_id !== actor.userId;
}
