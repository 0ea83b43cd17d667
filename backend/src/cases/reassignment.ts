import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { may } from '../access/policy';
import { agencyFacts } from '../organisation/organisation-read-model';
import { CaseErrors } from './cases.errors';

/** What the reach of a reassignment is judged against: the case's places and its current lead agency. */
export interface ReassignedCase {
  type: string;
  snapshot: unknown;
  commune_id: string;
  province_id: string;
  lead_agency_id: string | null;
}

const FIELD = 'payload.toAgencyId';

/**
 * Where a leader may give a case (REASSIGN_AGENCY, the machines say when): checked before the event is applied, so a
 * refused request writes nothing. The leader's role alone is the engine's check (`canSend`); this is their reach.
 * - The case must be led by a body of the leader's own level: a commune's leader moves the cases of the commune's units
 *   (or of none yet), never one a province body leads (a department deciding on its own decisions, Luật Khiếu nại 2011
 *   Art. 20, or the province on a second complaint, Art. 21(2)): that is the province leader's (403).
 * - The new lead agency is an active unit of the case's commune or a department of its province, never another
 *   commune's, never the agency leading it now (422 naming `payload.toAgencyId`).
 * - A second complaint is resolved by the province chairman, who has a department verify it (Art. 37–38): it is never
 *   given back to a unit of the commune whose decision it disputes.
 */
export async function checkReassignment(tx: EntityManager, actor: Actor, c: ReassignedCase, toAgencyId: string): Promise<void> {
  if (!may(actor, 'case.reassign')) return;
  const secondComplaint = c.type === 'complaint' && (c.snapshot as { context?: { level?: unknown } }).context?.level === 'second';
  const rows = await agencyFacts(
    tx,
    [toAgencyId, c.lead_agency_id].filter((id): id is string => id !== null),
  );
  if (actor.communeId) {
    const lead = rows.find((a) => a.id === c.lead_agency_id);
    if (secondComplaint || (lead && lead.commune_id !== actor.communeId)) throw CaseErrors.reassignOutOfReach();
  }
  if (toAgencyId === c.lead_agency_id)
    throw CaseErrors.unreachableReference(
      FIELD,
      'Hồ sơ đang do chính cơ quan này chủ trì: chọn một cơ quan khác',
      'This agency already leads the case: choose another one',
    );
  const target = rows.find((a) => a.id === toAgencyId);
  const reachable =
    !!target &&
    target.active &&
    ((target.kind === 'unit' && target.commune_id === c.commune_id) ||
      (target.kind === 'department' && target.province_id === c.province_id));
  if (!reachable)
    throw CaseErrors.unreachableReference(
      FIELD,
      'Chỉ giao lại cho một đơn vị của xã/phường có hồ sơ hoặc một sở, ngành của tỉnh',
      'Reassign only to a unit of the case’s commune or a department of its province',
    );
  if (secondComplaint && target.kind !== 'department')
    throw CaseErrors.unreachableReference(
      FIELD,
      'Khiếu nại lần hai do Chủ tịch UBND tỉnh giải quyết: chỉ giao cho một sở, ngành của tỉnh xác minh',
      'A second complaint is resolved by the province chairman: give it to a department of the province to verify',
    );
}
