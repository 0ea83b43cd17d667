import { Injectable } from '@nestjs/common';
import {
  PUBLIC_LOOKUP_LIMIT,
  RECEPTION_REFUSAL_LABELS,
  type BilingualText,
  type CaseRatingDto,
  type PublicLookupResponse,
  type RateCaseRequest,
  type ReceptionRefusalReason,
} from '@tiep-dan/contracts';
import { caseFactsOf, petitionResponseOf, receptionAnswerOf, vnDateOf } from '@tiep-dan/workflows';
import { Clock } from '../platform/clock/clock';
import { ReadDatabase } from '../platform/database/read-database';
import { RateLimiter } from '../platform/throttle/rate-limiter';
import { HandoffService } from '../cases/handoffs.service';
import { isAnswered } from '../citizens/answered';
import { CaseRatingsService } from '../citizens/case-ratings.service';
import { complaintEnd } from './complaint-outcome';
import { casesByCodeAndPhone, type LookupRow } from './public-lookup.read-model';
import { directionOf, labelOf } from './reception-queries';
import { ReceptionErrors } from './reception.errors';

/**
 * The citizen's lookup by case code and the last 4 digits of the phone given at intake. It reveals nothing personal,
 * answers an unknown code and wrong digits identically, and is throttled per address like the login (one budget for every instance).
 */
@Injectable()
export class PublicLookupService {
  constructor(
    /** The lookup reads from a replica when there is one; a rating (a POST) reads from the primary (read-database.ts). */
    private readonly db: ReadDatabase,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
    private readonly ratings: CaseRatingsService,
    private readonly handoffs: HandoffService,
  ) {}

  async lookup(code: string, phoneLast4: string, ip: string | null): Promise<PublicLookupResponse> {
    const row = await this.find(code, phoneLast4, ip);
    const closed = row.closed_at !== null;
    const complaint = row.type === 'complaint' ? caseFactsOf('complaint', row.context) : null;
    const ended = complaint ? complaintEnd(row.state, complaint) : null;
    // The window as the second-complaint route checks it (the deadline engine's 'complaint.second-filing').
    const window = complaint ? this.handoffs.secondComplaintWindow(complaint, row.remote_area) : null;
    return {
      code: row.code,
      receivedOn: vnDateOf(new Date(row.received_at)),
      status: labelOf(row),
      closed,
      // A complaint whose second-filing window runs shows that date instead (below), not a due date of its own.
      nextDueDate: !closed && window?.basis !== 'decision' && row.due_at ? vnDateOf(new Date(row.due_at)) : null,
      outcome: ended?.outcome ?? outcomeOf(row),
      decidedOn: ended?.decidedOn ?? null,
      secondComplaint: window && (window.basis === 'unresolved' || ended) ? { until: vnDateOf(window.endsAt), basis: window.basis } : null,
      answered: isAnswered(row.type, row.state, row.closed_at),
      rating: await this.ratings.ratingOf(row.id),
    };
  }

  /** The citizen rates the answer to their case, once: found as the lookup finds it, within the same budget. */
  async rate(body: RateCaseRequest, ip: string | null): Promise<CaseRatingDto> {
    const row = await this.find(body.code, body.phoneLast4, ip);
    return this.ratings.rate(row, body.stars, body.comment);
  }

  private async find(code: string, phoneLast4: string, ip: string | null): Promise<LookupRow> {
    const wait = await this.limiter.hit(
      `lookup:${ip ?? 'unknown'}`,
      PUBLIC_LOOKUP_LIMIT.attempts,
      PUBLIC_LOOKUP_LIMIT.windowMs,
      this.clock.now(),
    );
    if (wait > 0) throw ReceptionErrors.lookupThrottled(wait);
    const rows = await casesByCodeAndPhone(this.db, code.trim().toUpperCase(), phoneLast4);
    // Two communes may share a code: only an unambiguous match answers.
    if (rows.length !== 1) throw ReceptionErrors.lookupNotFound();
    return rows[0];
  }
}

/** The outcome in public words: the answer, the body the citizen was guided to, the refusal reason, the agency. */
function outcomeOf(row: LookupRow): BilingualText | null {
  if (row.type === 'proposal' || row.type === 'reflection') return petitionAnswer(row);
  if (row.type !== 'reception') return null;
  const direction = directionOf(row);
  const facts = caseFactsOf('reception', row.context);
  const answer = receptionAnswerOf(facts);
  switch (direction?.kind) {
    case undefined:
      return null;
    case 'answer_on_spot':
      return {
        vi: `Đã trả lời: ${direction.text}`,
        en: `Answered: ${direction.text}`,
      };
    case 'guide':
      return {
        vi: `Hướng dẫn gửi đến: ${direction.text}`,
        en: `Guided to: ${direction.text}`,
      };
    case 'refuse': {
      const reason = facts.refusal?.reason as ReceptionRefusalReason | undefined;
      const label = reason ? RECEPTION_REFUSAL_LABELS[reason] : { vi: '', en: '' };
      return {
        vi: `Từ chối tiếp: ${label.vi}`,
        en: `Reception refused: ${label.en}`,
      };
    }
    case 'assign':
      return answer
        ? { vi: `Đã trả lời: ${answer}`, en: `Answered: ${answer}` }
        : {
            vi: `Đã giao ${direction.agencyName ?? ''} xử lý`,
            en: `Assigned to ${direction.agencyName ?? 'an agency'}`,
          };
  }
}

/** A proposal's or reflection's answer, once the citizen has been notified of it (not while it awaits approval). */
function petitionAnswer(row: LookupRow): BilingualText | null {
  const response = petitionResponseOf(caseFactsOf(row.type, row.context));
  if (!response || !isAnswered(row.type, row.state, row.closed_at)) return null;
  return {
    vi: `Đã trả lời: ${response}`,
    en: `Answered: ${response}`,
  };
}
