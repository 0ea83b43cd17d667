import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { may, type PolicyActor, type RevealFacts } from '../access/policy';
import { SecurityAuditService } from '../platform/audit/security-audit.service';
import { IdentityCipher } from '../platform/crypto/identity-cipher';
import { revealFactsInScope } from './case-queries';
import { CaseErrors } from './cases.errors';

/** What the reveal rule reads of a case; `assigned_by_*` is the actor of the latest HANDLER_ASSIGNED record. */
export type RevealCaseFacts = RevealFacts;

/**
 * Who may see a denouncer's identity (Luật Tố cáo 2018, Art. 47: the identity is kept secret): the policy's
 * `case.identity.reveal` (access/policy.ts) — the handler the case is assigned to by the head or a leader, the head of
 * the agency resolving it, and the leader who resolves it. A coordinating agency never does, nor any other handler.
 */
export function mayRevealIdentity(actor: PolicyActor, c: RevealCaseFacts): boolean {
  return may(actor, 'case.identity.reveal', c);
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
      this.audit.record(
        { action, actorId: actor.userId, actorUsername: actor.username, targetType: 'case', targetId: caseId, ip, details: { reason } },
        tx,
      );
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
