import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyRatingDto, CaseRatingDto, CaseType } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { type Actor } from '../access/actor';
import { scopeOf } from '../access/policy';
import { Clock } from '../platform/clock/clock';
import { isAnswered } from './answered';
import { ratingOfCase, ratingsByAgency } from './case-ratings.read-model';
import { insertRating } from './citizens.repository';
import { CitizenErrors } from './citizens.errors';

/** The case a citizen rates, as the public lookup found it (by code and phone digits). */
export interface RatedCase {
  id: string;
  type: CaseType;
  state: string;
  closed_at: Date | null;
  lead_agency_id: string | null;
}

/**
 * The citizen's rating of the answer to their case: 1–5 stars and a comment, once per case, counted for the agency that
 * led it; leaders see each agency's average in their area.
 */
@Injectable()
export class CaseRatingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async ratingOf(caseId: string): Promise<CaseRatingDto | null> {
    return ratingOfCase(this.db, caseId);
  }

  /** Records the rating of an answered case; a second one is refused (409). */
  async rate(found: RatedCase, stars: number, comment: string | undefined): Promise<CaseRatingDto> {
    if (!isAnswered(found.type, found.state, found.closed_at)) throw CitizenErrors.notAnswered();
    const added = await insertRating(this.db, {
      caseId: found.id,
      agencyId: found.lead_agency_id,
      stars,
      comment: comment?.trim() || null,
      createdAt: this.clock.now(),
    });
    if (!added) throw CitizenErrors.alreadyRated();
    return (await this.ratingOf(found.id)) as CaseRatingDto;
  }

  /** Each agency's average in the caller's area (the cases they may see), best known first. */
  async byAgency(actor: Actor): Promise<AgencyRatingDto[]> {
    return ratingsByAgency(this.db, scopeOf(actor, 'case'));
  }
}
