import type { EntityManager } from 'typeorm';

/**
 * The reception context's read model for the other contexts: the only code outside `reception` that learns of
 * reception sessions and visits goes through these functions (issue 20, `architecture/table-ownership.ts`). Calls take
 * the caller's transaction or read connection; an SQL expression says what one statement of another context must
 * label by a session, over this context's tables only.
 */

type Queryable = Pick<EntityManager, 'query'>;

/** Whether the reception session `id` is one of the commune `communeId`. */
export async function isSessionOf(db: Queryable, id: string, communeId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM reception_sessions WHERE id = $1 AND commune_id = $2`, [id, communeId]);
  return rows.length > 0;
}

/** The content type of the visit matter the case `caseId` records ('complaint', 'proposal'…), or null when none. */
export async function visitMatterType(db: Queryable, caseId: string): Promise<string | null> {
  const rows: { content_type: string }[] = await db.query(`SELECT content_type FROM reception_visit_cases WHERE case_id = $1`, [caseId]);
  return rows[0]?.content_type ?? null;
}

/** SQL: the day (`YYYY-MM-DD`) of the session whose id, as text, is `idTextSql` (NULL when none). */
export const sessionDateSql = (idTextSql: string): string =>
  `(SELECT to_char(s.session_date, 'YYYY-MM-DD') FROM reception_sessions s WHERE s.id::text = ${idTextSql})`;
