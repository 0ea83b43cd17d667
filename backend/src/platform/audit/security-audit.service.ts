import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, SecurityAuditAction, SecurityAuditEntryDto } from '@tiep-dan/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { insertSecurityAuditEntry, listSecurityAuditEntries, toSecurityAuditEntryDto } from './security-audit.repository';

export interface AuditInput {
  action: SecurityAuditAction;
  actorId?: string | null;
  actorUsername?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class SecurityAuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Records an event; pass the transaction's manager so the entry commits or rolls back with the change it describes. */
  async record(input: AuditInput, manager?: EntityManager): Promise<void> {
    await insertSecurityAuditEntry(manager ?? this.db.manager, {
      at: this.clock.now(),
      action: input.action,
      actorId: input.actorId ?? null,
      actorUsername: input.actorUsername ?? null,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      ip: input.ip ?? null,
      details: input.details ?? {},
    });
  }

  /** Newest first; `cursor` is the id of the last entry of the previous page. */
  async list(filter: {
    action?: SecurityAuditAction;
    targetId?: string;
    cursor?: string;
    limit: number;
  }): Promise<Page<SecurityAuditEntryDto>> {
    const rows = await listSecurityAuditEntries(this.db.manager, {
      action: filter.action,
      targetId: filter.targetId,
      before: filter.cursor,
      take: filter.limit + 1,
    });
    const items = rows.slice(0, filter.limit).map(toSecurityAuditEntryDto);
    return {
      items,
      nextCursor: rows.length > filter.limit ? items[items.length - 1].id : null,
    };
  }
}
