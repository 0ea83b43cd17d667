import type { EntityManager } from 'typeorm';
import { agencyNameSql, agencyProvinceSql, neighbourhoodNameSql } from '../../organisation/organisation-read-model';
import { reachCondition, type BlocReach } from './bloc-access';

/** The reads of the focused programme's tables (focus_villages, focus_criteria, focus_scores). */

type Queryable = Pick<EntityManager, 'query'>;

export interface VillageRow {
  id: string;
  commune_id: string;
  province_id: string;
  neighbourhood_id: string;
  neighbourhood_name: string;
  commune_name: string;
  year: number;
}

const VILLAGE_SQL = `SELECT f.id, f.commune_id, ${agencyProvinceSql('f.commune_id')} AS province_id, f.neighbourhood_id,
    ${neighbourhoodNameSql('f.neighbourhood_id')} AS neighbourhood_name, ${agencyNameSql('f.commune_id')} AS commune_name, f.year
  FROM focus_villages f`;

/** The commune's focused villages of a year, by name. */
export function villagesOf(db: Queryable, communeId: string, year: number): Promise<VillageRow[]> {
  return db.query(`${VILLAGE_SQL} WHERE f.commune_id = $1 AND f.year = $2 ORDER BY neighbourhood_name`, [communeId, year]);
}

/** The focused villages of a year in the reach (a commune, or a province's communes). */
export function villagesIn(db: Queryable, reach: BlocReach, year: number): Promise<VillageRow[]> {
  const params: unknown[] = [];
  const where = reachCondition(reach, params, 'f.commune_id');
  params.push(year);
  return db.query(`${VILLAGE_SQL} WHERE ${where} AND f.year = $${params.length} ORDER BY commune_name, neighbourhood_name`, params);
}

export async function villageRow(db: Queryable, id: string): Promise<VillageRow | null> {
  const rows: VillageRow[] = await db.query(`${VILLAGE_SQL} WHERE f.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The villages the commune has chosen in a year. */
export async function chosenVillages(db: Queryable, communeId: string, year: number): Promise<string[]> {
  const chosen: { neighbourhood_id: string }[] = await db.query(
    `SELECT neighbourhood_id FROM focus_villages WHERE commune_id = $1 AND year = $2`,
    [communeId, year],
  );
  return chosen.map((c) => c.neighbourhood_id);
}

/** The ids of a focused village's criteria. */
export async function criterionIdsOf(db: Queryable, focusId: string): Promise<string[]> {
  const criteria: { id: string }[] = await db.query(`SELECT id FROM focus_criteria WHERE focus_id = $1`, [focusId]);
  return criteria.map((c) => c.id);
}

export interface CriterionRow {
  id: string;
  focus_id: string;
  label: string;
  weight: string;
  target: string;
}

/** The villages' criteria, in their order. */
export function criteriaOf(db: Queryable, focusIds: string[]): Promise<CriterionRow[]> {
  return db.query(`SELECT id, focus_id, label, weight, target FROM focus_criteria WHERE focus_id = ANY($1::uuid[]) ORDER BY position`, [
    focusIds,
  ]);
}

/** The villages' monthly scores, the latest month first. */
export function scoresOf(db: Queryable, focusIds: string[]): Promise<{ criterion_id: string; month: string; value: string }[]> {
  return db.query(
    `SELECT s.criterion_id, s.month, s.value FROM focus_scores s JOIN focus_criteria c ON c.id = s.criterion_id
         WHERE c.focus_id = ANY($1::uuid[]) ORDER BY s.month DESC`,
    [focusIds],
  );
}
