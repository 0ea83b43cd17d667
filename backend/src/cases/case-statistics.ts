import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseCategory, IntakeChannel } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import { caseScopeSql } from '../access/policy';

export interface AreaCount {
  category: CaseCategory;
  neighbourhoodId: string | null;
  count: number;
}

/**
 * Counts of a commune's cases by where they came from and what they are about: a read model for the reports of other
 * contexts (the mobilization bloc's sentiment report). Counts only, never a summary or a name.
 */
@Injectable()
export class CaseStatistics {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Cases received in [from, to), by intake channel, category and neighbourhood (commitments are promises: left out). */
  async receivedByArea(communeId: string, from: Date, to: Date): Promise<(AreaCount & { channel: IntakeChannel })[]> {
    const params: unknown[] = [from, to];
    const scope = caseScopeSql({ kind: 'commune', communeIds: [communeId] }, params);
    const rows: {
      channel: IntakeChannel;
      category: CaseCategory;
      neighbourhood_id: string | null;
      count: number;
    }[] = await this.db.query(
      `SELECT c.channel, c.category, c.neighbourhood_id, count(*)::int AS count FROM cases c
       WHERE c.received_at >= $1 AND c.received_at < $2 AND c.type <> 'commitment' AND ${scope}
       GROUP BY c.channel, c.category, c.neighbourhood_id`,
      params,
    );
    return rows.map((r) => ({
      channel: r.channel,
      category: r.category,
      neighbourhoodId: r.neighbourhood_id,
      count: r.count,
    }));
  }

  /** Open cases past their deadline, by category and neighbourhood. */
  async overdueByArea(communeId: string): Promise<AreaCount[]> {
    const params: unknown[] = [];
    const scope = caseScopeSql({ kind: 'commune', communeIds: [communeId] }, params);
    const rows: {
      category: CaseCategory;
      neighbourhood_id: string | null;
      count: number;
    }[] = await this.db.query(
      `SELECT c.category, c.neighbourhood_id, count(*)::int AS count FROM cases c
         WHERE c.closed_at IS NULL AND c.overdue_since IS NOT NULL AND ${scope} GROUP BY c.category, c.neighbourhood_id`,
      params,
    );
    return rows.map((r) => ({
      category: r.category,
      neighbourhoodId: r.neighbourhood_id,
      count: r.count,
    }));
  }
}
