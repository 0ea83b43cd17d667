import type {
  CaseCategory,
  IntakeChannel,
  RaiseOpinionCaseItem,
} from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import type { CreateCaseDto } from '../cases/dto/case.dto';
import type { IntakeService } from '../cases/intake.service';

/** An opinion (of dialogue minutes or a team meeting) as stored. */
export interface OpinionRow {
  id: string;
  seq: number;
  raised_by: string | null;
  content: string;
  answer?: string | null;
  category: CaseCategory;
  case_id: string | null;
}

const SUMMARY_MAX = 1000;

/**
 * The case an opinion becomes: the type its content calls for, through the channel it came in by, in the commune (and
 * neighbourhood) where it was raised, sent to the agency chosen for it. The person who raised it is the petitioner, or
 * for a denunciation the denouncer, whose name then goes to the vault only.
 */
export function opinionCaseBody(
  opinion: OpinionRow,
  item: RaiseOpinionCaseItem,
  where: {
    channel: IntakeChannel;
    communeId: string;
    neighbourhoodId: string | null;
    source: string;
    receivedAt: string;
  },
): CreateCaseDto {
  const content = opinion.content.trim();
  const summary =
    content.length > SUMMARY_MAX
      ? `${content.slice(0, SUMMARY_MAX - 1)}…`
      : content;
  const answer = opinion.answer?.trim();
  return {
    type: item.type,
    channel: where.channel,
    category: item.category ?? opinion.category,
    summary,
    content: [
      content,
      answer ? `Trả lời tại buổi họp: ${answer}` : null,
      where.source,
    ]
      .filter(Boolean)
      .join('\n\n'),
    receivedAt: where.receivedAt,
    communeId: where.communeId,
    ...(where.neighbourhoodId
      ? { neighbourhoodId: where.neighbourhoodId }
      : {}),
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

/**
 * Opens the case of one opinion through the intake service and links the opinion to it. The minutes of a dialogue or a
 * team meeting keep the opinion, but once it is a denunciation they no longer keep who raised it (Luật Tố cáo 2018
 * Art. 47): the name is in the case's vault.
 */
export async function openOpinionCase(
  tx: EntityManager,
  intake: IntakeService,
  actor: Actor,
  opinionTable: 'dialogue_opinions' | 'team_opinions',
  opinion: OpinionRow,
  item: RaiseOpinionCaseItem,
  where: Parameters<typeof opinionCaseBody>[2],
): Promise<string> {
  const caseId = await intake.open(tx, actor, opinionCaseBody(opinion, item, where));
  const sealRaiser = item.type === 'denunciation' ? ', raised_by = NULL' : '';
  await tx.query(`UPDATE ${opinionTable} SET case_id = $2${sealRaiser} WHERE id = $1`, [opinion.id, caseId]);
  return caseId;
}

/** Every opinion id at most once in one request. */
export function duplicateOpinion(
  items: readonly RaiseOpinionCaseItem[],
): number {
  const seen = new Set<string>();
  return items.findIndex((i) =>
    seen.has(i.opinionId) ? true : (seen.add(i.opinionId), false),
  );
}
