import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Page, SecurityAuditAction, SecurityAuditEntryDto } from '@tiep-dan/contracts';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { Clock } from '../clock/clock';
import { SecurityAuditEntity } from './security-audit.entity';

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
    @InjectRepository(SecurityAuditEntity)
    private readonly repo: Repository<SecurityAuditEntity>,
    private readonly clock: Clock,
  ) {}

  /** Records an event; pass the transaction's manager so the entry commits or rolls back with the change it describes. */
  async record(input: AuditInput, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(SecurityAuditEntity) : this.repo;
    const entry: Partial<SecurityAuditEntity> = {
      at: this.clock.now(),
      action: input.action,
      actorId: input.actorId ?? null,
      actorUsername: input.actorUsername ?? null,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      ip: input.ip ?? null,
      details: input.details ?? {},
    };
    await repo.save(repo.create(entry));
  }

  /** Newest first; `cursor` is the id of the last entry of the previous page. */
  async list(filter: {
    action?: SecurityAuditAction;
    targetId?: string;
    cursor?: string;
    limit: number;
  }): Promise<Page<SecurityAuditEntryDto>> {
    const rows = await this.repo.find({
      where: {
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.targetId ? { targetId: filter.targetId } : {}),
        ...(filter.cursor ? { id: LessThan(filter.cursor) } : {}),
      },
      order: { id: 'DESC' },
      take: filter.limit + 1,
    });
    const items = rows.slice(0, filter.limit).map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      action: r.action,
      actorId: r.actorId,
      actorUsername: r.actorUsername,
      targetType: r.targetType,
      targetId: r.targetId,
      ip: r.ip,
      details: r.details,
    }));
    return {
      items,
      nextCursor: rows.length > filter.limit ? items[items.length - 1].id : null,
    };
  }
}
