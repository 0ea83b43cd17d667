import { Injectable } from '@nestjs/common';
import type { CaseDetailDto, CasePage, CaseSummaryDto } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { Clock } from '../platform/clock/clock';
import { CaseEngine } from './case-engine';
import { CaseEventsService } from './case-events.service';
import type { SummaryRow } from './case-queries';
import { CaseReader } from './case-reader';
import { CaseErrors } from './cases.errors';
import type { ApplyCaseEventDto, CaseListQueryDto, CreateCaseDto, ReDenunciationDto, SecondComplaintDto } from './dto/case.dto';
import { HandoffService, type FollowUpRequest } from './handoffs.service';
import { IdentityRevealService } from './identity-reveal.service';
import { runIdempotent, type IdempotentResult } from './idempotency';
import { IntakeService } from './intake.service';
import { may } from '../access/policy';

export { SUMMARY_COLUMNS, type SummaryRow } from './case-queries';

/**
 * The cases' entry points: opening a case (or a follow-up at the next level) and applying an event, each idempotent
 * under an Idempotency-Key and answered with the case page; the reads and the identity reveal are delegated
 * (case-reader.ts, case-events.service.ts, identity-reveal.service.ts).
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly engine: CaseEngine,
    private readonly clock: Clock,
    private readonly intake: IntakeService,
    private readonly handoffs: HandoffService,
    private readonly events: CaseEventsService,
    private readonly reader: CaseReader,
    private readonly identities: IdentityRevealService,
  ) {}

  async create(actor: Actor, body: CreateCaseDto, idempotencyKey?: string): Promise<IdempotentResult<CaseDetailDto>> {
    const result = await this.idempotent(actor, idempotencyKey, 'POST /api/cases', body, 201, async (tx) => {
      // A second complaint is no free-standing case: it follows a first one, at the next level, within its window.
      if (body.secondComplaintOf || body.level === 'second') {
        if (!body.secondComplaintOf)
          throw CaseErrors.invalid(
            'secondComplaintOf',
            'Khiếu nại lần hai phải chỉ rõ hồ sơ lần đầu',
            'A second complaint names the first one',
          );
        if (body.type !== 'complaint')
          throw CaseErrors.invalid('type', 'Chỉ khiếu nại có khiếu nại lần hai', 'Only complaints have a second complaint');
        return { id: await this.handoffs.secondComplaint(tx, actor, body.secondComplaintOf, followUpOf(body)) };
      }
      return { id: await this.intake.open(tx, actor, body) };
    });
    return { ...result, body: await this.get(actor, result.body.id) };
  }

  /** A second complaint on a first one, opened at the province in one transaction (Luật Khiếu nại 2011 Art. 33). */
  async fileSecondComplaint(
    actor: Actor,
    firstId: string,
    body: SecondComplaintDto,
    idempotencyKey?: string,
  ): Promise<IdempotentResult<CaseDetailDto>> {
    this.mayFollowUp(actor);
    const result = await this.idempotent(actor, idempotencyKey, `POST /api/cases/${firstId}/second-complaint`, body, 201, async (tx) => ({
      id: await this.handoffs.secondComplaint(tx, actor, firstId, body),
    }));
    return { ...result, body: await this.get(actor, result.body.id) };
  }

  /** A re-denunciation at the next level, showing the earlier conclusion (Luật Tố cáo 2018 Art. 37). */
  async fileReDenunciation(
    actor: Actor,
    earlierId: string,
    body: ReDenunciationDto,
    idempotencyKey?: string,
  ): Promise<IdempotentResult<CaseDetailDto>> {
    this.mayFollowUp(actor);
    const result = await this.idempotent(actor, idempotencyKey, `POST /api/cases/${earlierId}/re-denunciation`, body, 201, async (tx) => ({
      id: await this.handoffs.reDenunciation(tx, actor, earlierId, body),
    }));
    return { ...result, body: await this.get(actor, result.body.id) };
  }

  /** Who records a citizen's letter at the next level: the people who take in letters (never inspectors or teams). */
  private mayFollowUp(actor: Actor): void {
    if (!may(actor, 'case.follow-up')) throw CaseErrors.createForbidden();
  }

  /** Applies an event inside the caller's transaction with the same checks as `applyEvent` (scope, lock, version). */
  async applyEventInTransaction(tx: EntityManager, actor: Actor, caseId: string, body: ApplyCaseEventDto): Promise<void> {
    await this.events.applyLocked(tx, actor, caseId, body);
  }

  /**
   * Applies an event and answers with the case page. The page is built from what the transaction holds (the case row
   * read with its lock, the parties and the history beside it, the snapshot, deadline and history rows just written),
   * not read again; a replayed answer, and an event whose effects reach beyond the row (see `pageAfter`), read it anew.
   */
  async applyEvent(
    actor: Actor,
    caseId: string,
    body: ApplyCaseEventDto,
    idempotencyKey?: string,
  ): Promise<IdempotentResult<CaseDetailDto>> {
    let page: CaseDetailDto | null = null;
    const result = await this.idempotent(actor, idempotencyKey, `POST /api/cases/${caseId}/events`, body, 200, async (tx) => {
      const applied = await this.events.applyLocked(tx, actor, caseId, body, true);
      page = await this.events.pageAfter(tx, actor, body, applied);
      return { id: caseId };
    });
    return { ...result, body: (result.kind === 'fresh' && page) || (await this.get(actor, caseId)) };
  }

  /** Runs `work` once per (actor, Idempotency-Key) in a transaction that stores its answer (idempotency.ts). */
  private idempotent<T>(
    actor: Actor,
    key: string | undefined,
    route: string,
    body: unknown,
    status: number,
    work: (tx: EntityManager) => Promise<T>,
  ): Promise<IdempotentResult<T>> {
    return runIdempotent(this.engine.db, () => this.clock.now(), { actorId: actor.userId, key, route, body, status }, work);
  }

  list(actor: Actor, query: CaseListQueryDto): Promise<CasePage> {
    return this.reader.list(actor, query);
  }

  get(actor: Actor, caseId: string): Promise<CaseDetailDto> {
    return this.reader.get(actor, caseId);
  }

  revealIdentity(actor: Actor, caseId: string, reason: string, ip: string | null): Promise<Record<string, unknown>> {
    return this.identities.revealIdentity(actor, caseId, reason, ip);
  }

  /** The list shape of a case row selected with SUMMARY_COLUMNS (also the agency inbox's). */
  toSummary(r: SummaryRow): CaseSummaryDto {
    return this.reader.toSummary(r);
  }
}

/** The follow-up fields of a create request (a second complaint through POST /api/cases). */
function followUpOf(body: CreateCaseDto): FollowUpRequest {
  return {
    ...(body.receivedAt ? { receivedAt: body.receivedAt } : {}),
    channel: body.channel,
    category: body.category,
    summary: body.summary,
    ...(body.content ? { content: body.content } : {}),
  };
}
