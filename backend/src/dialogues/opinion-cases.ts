import type {
  CaseCategory,
  IntakeChannel,
  RaiseOpinionCaseItem,
} from '@tiep-dan/contracts';
import type { CreateCaseDto } from '../cases/dto/case.dto';

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
 * The case an opinion becomes: a proposal or reflection through the channel it came in by, in the commune (and
 * neighbourhood) where it was raised, sent to the agency chosen for it. The person who raised it is the petitioner.
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
      ? { petitioner: { fullName: opinion.raised_by.trim().slice(0, 200) } }
      : {}),
  };
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
