import type { Open311ClientDto } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/** The open311 context's reads and writes of its own table (open311_clients) (issue 20). */

type Queryable = Pick<EntityManager, 'query'>;

export interface ClientRow {
  id: string;
  name: string;
  province_id: string;
  key_prefix: string;
  active: boolean;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export function toClientDto(row: ClientRow): Open311ClientDto {
  return {
    id: row.id,
    name: row.name,
    keyPrefix: row.key_prefix,
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
  };
}

/** The client apps of a province, newest first. */
export async function clientsOfProvince(db: Queryable, provinceId: string): Promise<ClientRow[]> {
  return db.query(`SELECT * FROM open311_clients WHERE province_id = $1 ORDER BY created_at DESC, name`, [provinceId]);
}

/** Adds a client app; its row. */
export async function insertClient(
  tx: Queryable,
  c: { name: string; provinceId: string; keyPrefix: string; keyHash: string; createdBy: string; createdAt: Date },
): Promise<ClientRow> {
  const [row]: ClientRow[] = await tx.query(
    `INSERT INTO open311_clients (name, province_id, key_prefix, key_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [c.name, c.provinceId, c.keyPrefix, c.keyHash, c.createdBy, c.createdAt],
  );
  return row;
}

/** Revokes a client app of the province (kept revoked at its first revocation); its row, or undefined when none. */
export async function revokeClient(tx: Queryable, id: string, provinceId: string, at: Date): Promise<ClientRow | undefined> {
  const [rows]: [ClientRow[], number] = await tx.query(
    `UPDATE open311_clients SET active = false, revoked_at = COALESCE(revoked_at, $3) WHERE id = $1 AND province_id = $2 RETURNING *`,
    [id, provinceId, at],
  );
  return rows[0];
}

/** The active client app holding the key of this hash, noting when it was used; undefined when none. */
export async function useClientKey(
  db: Queryable,
  keyHash: string,
  at: Date,
): Promise<{ id: string; name: string; province_id: string } | undefined> {
  const [rows]: [{ id: string; name: string; province_id: string }[], number] = await db.query(
    `UPDATE open311_clients SET last_used_at = $2 WHERE key_hash = $1 AND active RETURNING id, name, province_id`,
    [keyHash, at],
  );
  return rows[0];
}
