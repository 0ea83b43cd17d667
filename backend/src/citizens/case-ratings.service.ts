import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyRatingDto, CaseRatingDto, CaseType } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { type Actor } from '../access/actor';
import { caseIdsInScopeSql } from '../cases/case-read-model';
import { agencyNameSql } from '../organisation/organisation-read-model';
import { scopeOf } from '../access/policy';
import { Clock } from '../platform/clock/clock';
import { isAnswered } from './answered';
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
    const rows: { stars: number; comment: string | null; created_at: Date }[] = await this.db.query(
      `SELECT stars, comment, created_at FROM case_ratings WHERE case_id = $1`,
      [caseId],
    );
    return rows[0]
      ? {
          stars: rows[0].stars,
          comment: rows[0].comment,
          ratedAt: new Date(rows[0].created_at).toISOString(),
        }
      : null;
  }

  /** Records the rating of an answered case; a second one is refused (409). */
  async rate(found: RatedCase, stars: number, comment: string | undefined): Promise<CaseRatingDto> {
    if (!isAnswered(found.type, found.state, found.closed_at)) throw CitizenErrors.notAnswered();
    const rows: unknown[] = await this.db.query(
      `INSERT INTO case_ratings (case_id, agency_id, stars, comment, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id) DO NOTHING RETURNING case_id`,
      [found.id, found.lead_agency_id, stars, comment?.trim() || null, this.clock.now()],
    );
    if (!rows.length) throw CitizenErrors.alreadyRated();
    return (await this.ratingOf(found.id)) as CaseRatingDto;
  }

  /** Each agency's average in the caller's area (the cases they may see), best known first. */
  async byAgency(actor: Actor): Promise<AgencyRatingDto[]> {
    const params: unknown[] = [];
    const rows: {
      agency_id: string;
      agency_name: string;
      count: number;
      average: string;
    }[] = await this.db.query(
      `SELECT r.agency_id, ${agencyNameSql('r.agency_id')} AS agency_name, count(*)::int AS count, round(avg(r.stars), 2)::text AS average
         FROM case_ratings r
        WHERE r.case_id IN ${caseIdsInScopeSql(scopeOf(actor, 'case'), params)} AND r.agency_id IS NOT NULL
        GROUP BY r.agency_id ORDER BY count(*) DESC, agency_name`,
      params,
    );
    return rows.map((r) => ({
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      count: r.count,
      average: Number(r.average),
    }));
  }
}
