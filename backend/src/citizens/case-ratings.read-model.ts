import type { AgencyRatingDto, CaseRatingDto } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { CaseScope } from '../access/actor';
import { caseIdsInScopeSql } from '../cases/case-read-model';
import { agencyNameSql } from '../organisation/organisation-read-model';

/** The citizens context's reads of the ratings (case_ratings) (issue 20). */

type Queryable = Pick<EntityManager, 'query'>;

/** The rating of a case, if it was rated. */
export async function ratingOfCase(db: Queryable, caseId: string): Promise<CaseRatingDto | null> {
  const rows: { stars: number; comment: string | null; created_at: Date }[] = await db.query(
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

interface AgencyRatingRow {
  agency_id: string;
  agency_name: string;
  count: number;
  average: string;
}

/** Each agency's average over the ratings of the cases in `scope`, best known first. */
export async function ratingsByAgency(db: Queryable, scope: CaseScope): Promise<AgencyRatingDto[]> {
  const params: unknown[] = [];
  const rows: AgencyRatingRow[] = await db.query(
    `SELECT r.agency_id, ${agencyNameSql('r.agency_id')} AS agency_name, count(*)::int AS count, round(avg(r.stars), 2)::text AS average
         FROM case_ratings r
        WHERE r.case_id IN ${caseIdsInScopeSql(scope, params)} AND r.agency_id IS NOT NULL
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
