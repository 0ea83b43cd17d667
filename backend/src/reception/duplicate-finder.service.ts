import { Injectable } from '@nestjs/common';
import { caseFactsOf } from '@tiep-dan/workflows';
import { InjectDataSource } from '@nestjs/typeorm';
import { DUPLICATE_LOOKBACK_MONTHS, type DuplicateCandidateDto, type DuplicateCheckResponse } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { type Actor } from '../access/actor';
import { Clock } from '../platform/clock/clock';
import { SIMILAR_SUMMARY_THRESHOLD, summarySimilarity } from './duplicate-similarity';
import { casesOfNeighbourhood, casesWithIdNumber, directionOf, labelOf, type DuplicateRow, type VisitCaseRow } from './reception-queries';
import { scopeOf } from '../access/policy';

const DUPLICATE_SCAN_LIMIT = 500;
const MAX_DUPLICATES = 10;

/** Duplicate warnings at the desk: earlier cases of the same person or of a similar matter nearby. */
@Injectable()
export class DuplicateFinderService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Earlier cases of the last 12 months in the caller's scope with the same ID number (on a case or at a visit), or
   * with a very similar summary in the same neighbourhood, with their outcome: a matter already lawfully resolved and
   * answered may be refused (Luật Tiếp công dân 2013 Art. 9(2)).
   */
  async duplicates(
    actor: Actor,
    query: { idNumber?: string; summary?: string; neighbourhoodId?: string },
  ): Promise<DuplicateCheckResponse> {
    const now = this.clock.now();
    const since = new Date(now);
    since.setUTCMonth(since.getUTCMonth() - DUPLICATE_LOOKBACK_MONTHS);
    const found = new Map<string, DuplicateCandidateDto>();
    const toCandidate = (r: DuplicateRow, match: DuplicateCandidateDto['match'], similarity: number | null): DuplicateCandidateDto => ({
      caseId: r.id,
      code: r.code,
      summary: r.summary,
      receivedAt: new Date(r.received_at).toISOString(),
      stateLabel: labelOf(r),
      match,
      similarity,
      outcome: outcomeText(r),
      resolved: r.type === 'reception' ? r.state === 'answered' || r.state === 'closed' : r.state === 'closed',
    });
    if (query.idNumber) {
      const rows = await casesWithIdNumber(this.db, scopeOf(actor, 'case'), query.idNumber, since, MAX_DUPLICATES);
      for (const r of rows) found.set(r.id, toCandidate(r, 'id_number', null));
    }
    const summary = query.summary?.trim();
    if (summary && query.neighbourhoodId) {
      const rows = await casesOfNeighbourhood(this.db, scopeOf(actor, 'case'), query.neighbourhoodId, since, DUPLICATE_SCAN_LIMIT);
      const similar = rows
        .map((r) => ({ r, score: summarySimilarity(summary, r.summary) }))
        .filter((x) => x.score >= SIMILAR_SUMMARY_THRESHOLD)
        .sort((a, b) => b.score - a.score);
      for (const { r, score } of similar)
        if (!found.has(r.id)) found.set(r.id, toCandidate(r, 'similar_summary', Math.round(score * 100) / 100));
    }
    return { candidates: [...found.values()].slice(0, MAX_DUPLICATES) };
  }
}

function outcomeText(r: VisitCaseRow): string | null {
  const direction = r.type === 'reception' ? directionOf(r) : null;
  if (!direction) return r.closed_at ? labelOf(r).vi : null;
  switch (direction.kind) {
    case 'answer_on_spot':
      return `Đã trả lời: ${direction.text}`;
    case 'guide':
      return `Đã hướng dẫn đến: ${direction.text}`;
    case 'refuse':
      return `Từ chối tiếp: ${direction.text}`;
    case 'assign': {
      const answer = caseFactsOf('reception', r.context).answer;
      return typeof answer === 'string' ? `Đã trả lời: ${answer}` : `Giao ${direction.agencyName ?? ''} xử lý`.trim();
    }
  }
}
