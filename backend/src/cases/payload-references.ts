import { REASSIGN_AGENCY_EVENT } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { activeAgency, agencyServesPlace } from '../organisation/organisation-read-model';
import { isSessionOf } from '../reception/reception-read-model';
import { may } from '../access/policy';
import { CaseErrors } from './cases.errors';
import { checkReassignment, type ReassignedCase } from './reassignment';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Events whose `agencyId` is the accepting agency: agency staff accept for their own agency only. */
const ACCEPTING_EVENTS = new Set(['ACCEPT', 'TRIAGE_ACCEPT']);

/** The case facts a reference is judged against. */
export type ReferenceScope = ReassignedCase;

/**
 * Every id inside an event's payload is checked before the event is applied, so a rejected request writes nothing:
 * its form (400 naming `payload.<field>`), then that it exists and is one this case may use (422 naming the field):
 * - `agencyId` (accept, assign): an active unit of the case's commune or a body of its province; agency staff accept
 *   only for their own agency;
 * - `toAgencyId` (forward, escalate): any active agency in the system (forwarding to another commune is the point);
 *   of a reassignment: an agency within the leader's reach, never the one leading the case now (reassignment.ts);
 * - `sessionId` (carry over): a reception session of the case's commune.
 */
export async function checkPayloadReferences(
  tx: EntityManager,
  actor: Actor,
  scope: ReferenceScope,
  eventType: string,
  payload: Record<string, unknown>,
): Promise<void> {
  for (const field of ['agencyId', 'toAgencyId', 'sessionId'] as const) {
    const value = payload[field];
    if (value === undefined || value === null || value === '') continue;
    const name = `payload.${field}`;
    if (typeof value !== 'string' || !UUID.test(value))
      throw CaseErrors.invalid(name, 'Mã tham chiếu không đúng định dạng', 'Not a valid id');
    if (field === 'agencyId') {
      if (!(await agencyServesPlace(tx, value, scope.province_id, scope.commune_id)))
        throw CaseErrors.unreachableReference(
          name,
          'Cơ quan không thuộc xã/phường hoặc tỉnh của hồ sơ',
          'The agency is not of this case’s commune or province',
        );
      if (ACCEPTING_EVENTS.has(eventType) && !may(actor, 'case.accept', { agencyId: value }))
        throw CaseErrors.unreachableReference(name, 'Chỉ thụ lý cho chính cơ quan của mình', 'You accept for your own agency only');
    } else if (field === 'toAgencyId' && eventType === REASSIGN_AGENCY_EVENT) {
      await checkReassignment(tx, actor, scope, value);
    } else if (field === 'toAgencyId') {
      if (!(await activeAgency(tx, value)))
        throw CaseErrors.unreachableReference(name, 'Không tìm thấy cơ quan nhận', 'The receiving agency was not found');
    } else {
      if (!(await isSessionOf(tx, value, scope.commune_id)))
        throw CaseErrors.unreachableReference(name, 'Không tìm thấy buổi tiếp của xã/phường này', 'No reception session of this commune');
    }
  }
}
