import { Injectable } from '@nestjs/common';
import type { CaseCategory, IntakeChannel, RaiseOpinionCaseItem } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import type { AppError } from '../platform/errors/app-error';
import type { CreateCaseDto } from './dto/case.dto';
import { IntakeService } from './intake.service';

/** An opinion (of dialogue minutes or a team meeting) as its own context stores it. */
export interface OpinionRow {
  id: string;
  seq: number;
  raised_by: string | null;
  content: string;
  answer?: string | null;
  category: CaseCategory;
  case_id: string | null;
}

/** Where an opinion's case comes from: the gathering it was raised at. */
export interface OpinionOrigin {
  channel: IntakeChannel;
  communeId: string;
  neighbourhoodId: string | null;
  /** The line of the case's content that names the gathering and the opinion. */
  source: string;
  receivedAt: string;
}

/**
 * A gathering whose opinions may become cases (a dialogue, a team meeting). Its context owns the opinions' table and
 * answers these in the caller's transaction; the refusals are its own, so each screen keeps its wording and codes.
 */
export interface OpinionSource {
  /** The opinion if it is one of this gathering's, locked until the transaction ends; null otherwise. */
  lock(tx: EntityManager, opinionId: string): Promise<OpinionRow | null>;
  /** Records the opinion's case; with `sealRaiser` the opinion no longer keeps who raised it. */
  link(tx: EntityManager, opinionId: string, caseId: string, sealRaiser: boolean): Promise<void>;
  origin(opinion: OpinionRow): OpinionOrigin;
  /** The opinion (`items.<i>.opinionId`) is not one of this gathering's. */
  notHere(field: string): AppError;
  /** The opinion is already a case. */
  alreadyRaised(field: string): AppError;
}

const SUMMARY_MAX = 1000;

/**
 * The one intake of opinions as cases, for dialogues and mobilization teams alike: each chosen opinion is checked
 * (one of the gathering's, not yet a case), becomes the case its content calls for through the intake service, and is
 * linked back, all in the caller's transaction.
 */
@Injectable()
export class OpinionIntakeService {
  constructor(private readonly intake: IntakeService) {}

  /** The index of the first opinion listed twice in one request, or -1. */
  duplicate(items: readonly RaiseOpinionCaseItem[]): number {
    const seen = new Set<string>();
    return items.findIndex((i) => (seen.has(i.opinionId) ? true : (seen.add(i.opinionId), false)));
  }

  /**
   * Opens the case of each chosen opinion and links the opinion to it. The minutes of a dialogue or a team meeting keep
   * the opinion, but once it is a denunciation they no longer keep who raised it (Luật Tố cáo 2018 Art. 47): the name
   * is in the case's vault. Returns the new cases' ids in the order of the items.
   */
  async raise(tx: EntityManager, actor: Actor, items: readonly RaiseOpinionCaseItem[], source: OpinionSource): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, item] of items.entries()) {
      const field = `items.${i}.opinionId`;
      const opinion = await source.lock(tx, item.opinionId);
      if (!opinion) throw source.notHere(field);
      if (opinion.case_id) throw source.alreadyRaised(field);
      const caseId = await this.intake.open(tx, actor, opinionCaseBody(opinion, item, source.origin(opinion)));
      await source.link(tx, opinion.id, caseId, item.type === 'denunciation');
      ids.push(caseId);
    }
    return ids;
  }
}

/**
 * The case an opinion becomes: the type its content calls for, through the channel it came in by, in the commune (and
 * neighbourhood) where it was raised, sent to the agency chosen for it. The person who raised it is the petitioner, or
 * for a denunciation the denouncer, whose name then goes to the vault only.
 */
export function opinionCaseBody(opinion: OpinionRow, item: RaiseOpinionCaseItem, where: OpinionOrigin): CreateCaseDto {
  const content = opinion.content.trim();
  const summary = content.length > SUMMARY_MAX ? `${content.slice(0, SUMMARY_MAX - 1)}…` : content;
  const answer = opinion.answer?.trim();
  return {
    type: item.type,
    channel: where.channel,
    category: item.category ?? opinion.category,
    summary,
    content: [content, answer ? `Trả lời tại buổi họp: ${answer}` : null, where.source].filter(Boolean).join('\n\n'),
    receivedAt: where.receivedAt,
    communeId: where.communeId,
    ...(where.neighbourhoodId ? { neighbourhoodId: where.neighbourhoodId } : {}),
    leadAgencyId: item.leadAgencyId,
    ...(opinion.raised_by?.trim()
      ? {
          [item.type === 'denunciation' ? 'denouncer' : 'petitioner']: {
            fullName: opinion.raised_by.trim().slice(0, 200),
          },
        }
      : {}),
  };
}
