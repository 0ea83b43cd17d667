import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { SecurityAuditService } from '../platform/audit/security-audit.service';
import { IdentityCipher } from '../platform/crypto/identity-cipher';
import { revealFactsInScope } from './case-queries';
import { CaseErrors } from './cases.errors';

/** What the reveal rule reads of a case; `assigned_by_*` is the actor of the latest HANDLER_ASSIGNED record. */
export interface RevealCaseFacts {
  lead_agency_id: string | null;
  lead_agency_kind: string | null;
  assigned_handler_id: string | null;
  assigned_by_id: string | null;
  assigned_by_role: string | null;
  commune_id: string;
}
const ASSIGNERS_WHO_APPROVE = ['agency_head', 'leader'];

/**
 * Who may see a denouncer's identity (Luật Tố cáo 2018, Art. 47: the identity is kept secret; issue "Agencies, people
 * and access"): the handler the case is assigned to, the head of the agency resolving it, and the leader who resolves it
 * (the case's commune leader; a province leader only for a case led by a province-level agency). A coordinating agency
 * (the accused one, for instance) never does, nor does any other handler of the lead agency.
 */
export function mayRevealIdentity(
  actor: Pick<Actor, 'role' | 'userId' | 'agencyId' | 'communeId'>,
  c: RevealCaseFacts,
): boolean {
  const leads = !!c.lead_agency_id && c.lead_agency_id === actor.agencyId;
  switch (actor.role) {
    case 'agency_handler':
      // Taking a case oneself does not qualify: the head (or a leader) must have given it to this handler.
      return leads && c.assigned_handler_id === actor.userId && c.assigned_by_id !== actor.userId && ASSIGNERS_WHO_APPROVE.includes(c.assigned_by_role ?? '');
    case 'agency_head':
      return leads;
    case 'leader':
      return actor.communeId !== null ? actor.communeId === c.commune_id : c.lead_agency_kind === 'province' || c.lead_agency_kind === 'department';
    default:
      return false;
  }
}

/** The denouncer's sealed identity, shown to the people `mayRevealIdentity` names, each reveal audited. */
@Injectable()
export class IdentityRevealService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: SecurityAuditService,
    @Inject(IdentityCipher) private readonly cipher: IdentityCipher,
  ) {}

  /**
   * The denouncer's identity, for the case's assigned handler (or their head) and the resolving leader only; every reveal
   * is written to the security audit log with the reason, in the same transaction as the read.
   */
  async revealIdentity(actor: Actor, caseId: string, reason: string, ip: string | null): Promise<Record<string, unknown>> {
    const audit = (action: 'identity.reveal' | 'identity.reveal_refused', tx?: EntityManager) =>
      this.audit.record({ action, actorId: actor.userId, actorUsername: actor.username, targetType: 'case', targetId: caseId, ip, details: { reason } }, tx);
    const outcome = await this.db.transaction(async (tx) => {
      const row = await revealFactsInScope(tx, actor, caseId);
      if (!row) throw CaseErrors.notFound();
      if (!mayRevealIdentity(actor, row)) return null;
      if (!row.ciphertext) throw CaseErrors.noIdentity();
      await audit('identity.reveal', tx);
      return JSON.parse(this.cipher.decrypt(row.ciphertext, caseId)) as Record<string, unknown>;
    });
    if (outcome) return outcome;
    // A refused attempt reveals nothing but is itself a security fact: recorded after the read transaction.
    await audit('identity.reveal_refused');
    throw CaseErrors.identityNotAllowed();
  }
}
