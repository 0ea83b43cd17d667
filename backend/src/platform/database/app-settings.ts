import type { EntityManager } from 'typeorm';

/**
 * The platform's settings API (`app_settings`, a JSON value per key): the only code outside the platform that reads or
 * writes a setting goes through these two functions (issue 20). Pass a transaction's manager inside a transaction.
 */

type Queryable = Pick<EntityManager, 'query'>;

/** The stored value of a setting, or undefined when it was never set. */
export async function readAppSetting<T>(db: Queryable, key: string): Promise<T | undefined> {
  const rows: { value: T }[] = await db.query(`SELECT value FROM app_settings WHERE key = $1`, [key]);
  return rows[0]?.value;
}

/** Sets a setting (inserted or replaced) to a JSON value, stamped with `at` (omitted: the database's clock). */
export async function writeAppSetting(db: Queryable, key: string, value: unknown, at?: Date): Promise<void> {
  await db.query(
    `INSERT INTO app_settings (key, value, updated_at) VALUES ($1, $2::jsonb, COALESCE($3::timestamptz, now())) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
    [key, JSON.stringify(value), at ?? null],
  );
}
