import type { CaseCategory, HotSpotKind } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/** The dashboard context's writes of its own tables (hot_spots, dashboard_job_runs), in the caller's transaction (issue 20). */

type Queryable = Pick<EntityManager, 'query'>;

/** Claims a job slot; false when another instance (or an earlier run) already holds it. */
export async function claimJobSlot(tx: Queryable, job: string, slot: string, now: Date): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `INSERT INTO dashboard_job_runs (job, slot, started_at) VALUES ($1, $2, $3) ON CONFLICT (job, slot) DO NOTHING RETURNING job`,
    [job, slot, now],
  );
  return rows.length > 0;
}

/** Forgets the hot-spot job's claims started before `before`. */
export async function deleteHotSpotRunsBefore(tx: Queryable, before: Date): Promise<void> {
  await tx.query(`DELETE FROM dashboard_job_runs WHERE job = 'hot-spots' AND started_at < $1`, [before]);
}

/** Notes that a job's run of a slot finished. */
export async function finishJobRun(tx: Queryable, job: string, slot: string, at: Date): Promise<void> {
  await tx.query(`UPDATE dashboard_job_runs SET finished_at = $3 WHERE job = $1 AND slot = $2`, [job, slot, at]);
}

export interface DetectedHotSpot {
  subject: string;
  kind: HotSpotKind;
  commune_id: string;
  province_id: string;
  neighbourhood_id: string | null;
  category: CaseCategory | null;
  case_ids: string[];
}

/** Raises the flag of a subject, or refreshes its cases when it is held already; `inserted` when it is new. */
export async function upsertHotSpot(tx: Queryable, d: DetectedHotSpot, now: Date): Promise<{ id: string; inserted: boolean } | undefined> {
  const rows: { id: string; inserted: boolean }[] = await tx.query(
    `INSERT INTO hot_spots (subject, kind, commune_id, province_id, neighbourhood_id, category, case_ids, case_count, detected_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8, $9, $9)
         ON CONFLICT (subject) WHERE cleared_at IS NULL
         DO UPDATE SET case_ids = EXCLUDED.case_ids, case_count = EXCLUDED.case_count, updated_at = EXCLUDED.updated_at
         RETURNING id, (xmax = 0) AS inserted`,
    [d.subject, d.kind, d.commune_id, d.province_id, d.neighbourhood_id, d.category, d.case_ids, d.case_ids.length, now],
  );
  return rows[0];
}

/** Clears the province's active flags whose subject no longer holds; how many. */
export async function clearHotSpotsExcept(tx: Queryable, provinceId: string, subjects: readonly string[], now: Date): Promise<number> {
  // A CTE so the driver returns rows (a bare UPDATE … RETURNING comes back as [rows, count]).
  const [gone]: { n: number }[] = await tx.query(
    `WITH gone AS (UPDATE hot_spots SET cleared_at = $3, updated_at = $3
           WHERE province_id = $1 AND cleared_at IS NULL AND NOT (subject = ANY($2::text[])) RETURNING id)
         SELECT count(*)::int AS n FROM gone`,
    [provinceId, subjects, now],
  );
  return gone?.n ?? 0;
}
