import type { GoodPracticeDto, GoodPracticeStatus, RecognitionLevel } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { areaScopeSql, type AreaScope } from '../../access/policy';
import { agencyNameSql, agencyProvinceSql } from '../../organisation/organisation-read-model';

/** The reads of the good practices ("dân vận khéo") and their follow-ups. */

type Queryable = Pick<EntityManager, 'query'>;

export interface PracticeRow {
  id: string;
  team_id: string | null;
  team_name: string | null;
  commune_id: string;
  commune_name: string;
  province_id: string;
  year: number;
  title: string;
  description: string;
  results: string | null;
  owner: string | null;
  status: GoodPracticeStatus;
  level: RecognitionLevel | null;
  review_note: string | null;
  decision_ref: string | null;
  recorded_at: Date;
  recognised_at: Date | null;
}

const PRACTICE_SQL = `SELECT g.id, g.team_id, t.name AS team_name, g.commune_id, ${agencyNameSql('g.commune_id')} AS commune_name,
    ${agencyProvinceSql('g.commune_id')} AS province_id, g.year, g.title,
    g.description, g.results, g.owner, g.status, g.level, g.review_note, g.decision_ref, g.recorded_at, g.recognised_at
  FROM good_practices g LEFT JOIN mobilization_teams t ON t.id = g.team_id`;

export async function practiceRow(db: Queryable, id: string): Promise<PracticeRow | null> {
  const rows: PracticeRow[] = await db.query(`${PRACTICE_SQL} WHERE g.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Every model of a commune (of a year when given), at any stage. */
export function practicesOfCommune(db: Queryable, communeId: string, year: number | null): Promise<GoodPracticeDto[]> {
  return practicesWhere(db, `g.commune_id = $1 AND ($2::int IS NULL OR g.year = $2)`, [communeId, year]);
}

/** The recognised models of an area (of a year, of a commune, when given). */
export function recognisedPractices(
  db: Queryable,
  area: AreaScope,
  year: number | null,
  communeId: string | null,
): Promise<GoodPracticeDto[]> {
  const params: unknown[] = [];
  const inArea = areaScopeSql(area, params, {
    commune: 'g.commune_id',
    province: agencyProvinceSql('g.commune_id'),
  });
  params.push(year, communeId);
  return practicesWhere(
    db,
    `g.status = 'recognised' AND ${inArea}
       AND ($2::int IS NULL OR g.year = $2) AND ($3::uuid IS NULL OR g.commune_id = $3)`,
    params,
  );
}

export async function practiceById(db: Queryable, id: string): Promise<GoodPracticeDto> {
  const [dto] = await practicesWhere(db, `g.id = $1`, [id]);
  return dto;
}

async function practicesWhere(db: Queryable, where: string, params: unknown[]): Promise<GoodPracticeDto[]> {
  const rows: PracticeRow[] = await db.query(
    `${PRACTICE_SQL} WHERE ${where} ORDER BY g.year DESC, g.recognised_at DESC NULLS LAST, g.recorded_at DESC LIMIT 500`,
    params,
  );
  const followUps: {
    id: string;
    practice_id: string;
    followed_on: string;
    place: string;
    note: string;
  }[] = await db.query(
    `SELECT id, practice_id, followed_on::text AS followed_on, place, note FROM good_practice_follow_ups
         WHERE practice_id = ANY($1::uuid[]) ORDER BY followed_on, created_at`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    id: r.id,
    teamId: r.team_id,
    teamName: r.team_name,
    communeId: r.commune_id,
    communeName: r.commune_name,
    year: r.year,
    title: r.title,
    description: r.description,
    results: r.results,
    owner: r.owner ?? r.team_name ?? '',
    status: r.status,
    level: r.level,
    reviewNote: r.review_note,
    decisionRef: r.decision_ref,
    recordedAt: new Date(r.recorded_at).toISOString(),
    recognisedAt: r.recognised_at ? new Date(r.recognised_at).toISOString() : null,
    followUps: followUps
      .filter((f) => f.practice_id === r.id)
      .map((f) => ({
        id: f.id,
        followedOn: f.followed_on,
        place: f.place,
        note: f.note,
      })),
  }));
}
