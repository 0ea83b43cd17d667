import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreatedOpen311ClientDto, Open311ClientDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { SecurityAuditService } from '../platform/audit/security-audit.service';
import { Clock } from '../platform/clock/clock';
import { Open311Errors } from './open311.errors';

const KEY_PREFIX = 'td311_';
/** Characters of the key kept in clear, to recognise it in the list. */
const SHOWN = KEY_PREFIX.length + 6;

interface ClientRow {
  id: string;
  name: string;
  province_id: string;
  key_prefix: string;
  active: boolean;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** The client app an api_key belongs to, as the GeoReport routes need it. */
export interface Open311Client {
  id: string;
  name: string;
  provinceId: string;
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * Client apps of the Open311 API, managed by the administrators of a province: a key is 32 random bytes, shown once,
 * stored as its SHA-256; issuing and revoking are security facts in the audit log.
 */
@Injectable()
export class Open311ClientsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: SecurityAuditService,
  ) {}

  async list(actor: Actor): Promise<Open311ClientDto[]> {
    const rows: ClientRow[] = await this.db.query(`SELECT * FROM open311_clients WHERE province_id = $1 ORDER BY created_at DESC, name`, [
      actor.provinceId,
    ]);
    return rows.map(toDto);
  }

  async create(actor: Actor, name: string, ip: string | null): Promise<CreatedOpen311ClientDto> {
    const apiKey = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    return this.db.transaction(async (tx) => {
      const [row]: ClientRow[] = await tx.query(
        `INSERT INTO open311_clients (name, province_id, key_prefix, key_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [name.trim(), actor.provinceId, apiKey.slice(0, SHOWN), hashKey(apiKey), actor.userId, this.clock.now()],
      );
      await this.audit.record(
        {
          action: 'api_key.issue',
          actorId: actor.userId,
          actorUsername: actor.username,
          targetType: 'open311_client',
          targetId: row.id,
          ip,
          details: { name: row.name },
        },
        tx,
      );
      return { ...toDto(row), apiKey };
    });
  }

  async revoke(actor: Actor, id: string, ip: string | null): Promise<Open311ClientDto> {
    return this.db.transaction(async (tx) => {
      const [rows]: [ClientRow[], number] = await tx.query(
        `UPDATE open311_clients SET active = false, revoked_at = COALESCE(revoked_at, $3) WHERE id = $1 AND province_id = $2 RETURNING *`,
        [id, actor.provinceId, this.clock.now()],
      );
      if (!rows[0]) throw Open311Errors.clientNotFound();
      await this.audit.record(
        {
          action: 'api_key.revoke',
          actorId: actor.userId,
          actorUsername: actor.username,
          targetType: 'open311_client',
          targetId: id,
          ip,
          details: { name: rows[0].name },
        },
        tx,
      );
      return toDto(rows[0]);
    });
  }

  /** The active client app holding this key, or null; notes when it was last used. */
  async authenticate(apiKey: string | undefined): Promise<Open311Client | null> {
    if (!apiKey || !apiKey.startsWith(KEY_PREFIX)) return null;
    const [rows]: [{ id: string; name: string; province_id: string }[], number] = await this.db.query(
      `UPDATE open311_clients SET last_used_at = $2 WHERE key_hash = $1 AND active RETURNING id, name, province_id`,
      [hashKey(apiKey), this.clock.now()],
    );
    return rows[0] ? { id: rows[0].id, name: rows[0].name, provinceId: rows[0].province_id } : null;
  }
}

function toDto(row: ClientRow): Open311ClientDto {
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
