import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreatedOpen311ClientDto, Open311ClientDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { SecurityAuditService } from '../platform/audit/security-audit.service';
import { Clock } from '../platform/clock/clock';
import { clientsOfProvince, insertClient, revokeClient, toClientDto, useClientKey } from './open311-clients.repository';
import { Open311Errors } from './open311.errors';

const KEY_PREFIX = 'td311_';
/** Characters of the key kept in clear, to recognise it in the list. */
const SHOWN = KEY_PREFIX.length + 6;

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
    const rows = await clientsOfProvince(this.db, actor.provinceId);
    return rows.map(toClientDto);
  }

  async create(actor: Actor, name: string, ip: string | null): Promise<CreatedOpen311ClientDto> {
    const apiKey = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    return this.db.transaction(async (tx) => {
      const row = await insertClient(tx, {
        name: name.trim(),
        provinceId: actor.provinceId,
        keyPrefix: apiKey.slice(0, SHOWN),
        keyHash: hashKey(apiKey),
        createdBy: actor.userId,
        createdAt: this.clock.now(),
      });
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
      return { ...toClientDto(row), apiKey };
    });
  }

  async revoke(actor: Actor, id: string, ip: string | null): Promise<Open311ClientDto> {
    return this.db.transaction(async (tx) => {
      const row = await revokeClient(tx, id, actor.provinceId, this.clock.now());
      if (!row) throw Open311Errors.clientNotFound();
      await this.audit.record(
        {
          action: 'api_key.revoke',
          actorId: actor.userId,
          actorUsername: actor.username,
          targetType: 'open311_client',
          targetId: id,
          ip,
          details: { name: row.name },
        },
        tx,
      );
      return toClientDto(row);
    });
  }

  /** The active client app holding this key, or null; notes when it was last used. */
  async authenticate(apiKey: string | undefined): Promise<Open311Client | null> {
    if (!apiKey || !apiKey.startsWith(KEY_PREFIX)) return null;
    const row = await useClientKey(this.db, hashKey(apiKey), this.clock.now());
    return row ? { id: row.id, name: row.name, provinceId: row.province_id } : null;
  }
}
