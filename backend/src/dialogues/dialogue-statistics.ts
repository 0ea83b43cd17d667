import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseCategory, DialogueKind } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';

export interface DialogueOpinionFact {
  kind: DialogueKind;
  category: CaseCategory;
  neighbourhoodId: string | null;
  content: string;
  heldOn: string;
}

/**
 * What the commune's dialogues, seminars, voter contacts and thematic meetings heard: the dialogues context's read model
 * for the other contexts (the bloc's sentiment report), exported by `DialoguesModule`. Other contexts learn of
 * dialogues only through it, never through the dialogues' tables or services.
 */
@Injectable()
export class DialogueStatistics {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Sessions held (minutes recorded) from `from` to `to`, Vietnam calendar days, both included. */
  async sessionsHeld(communeId: string, from: string, to: string): Promise<{ kind: DialogueKind; count: number }[]> {
    return this.db.query(
      `SELECT kind, count(*)::int AS count FROM dialogue_sessions
       WHERE commune_id = $1 AND status = 'held' AND held_on >= $2::date AND held_on <= $3::date GROUP BY kind`,
      [communeId, from, to],
    );
  }

  /** The opinions raised at those sessions. */
  async opinions(communeId: string, from: string, to: string): Promise<DialogueOpinionFact[]> {
    const rows: {
      kind: DialogueKind;
      category: CaseCategory;
      neighbourhood_id: string | null;
      content: string;
      held_on: string;
    }[] = await this.db.query(
      `SELECT d.kind, o.category, d.neighbourhood_id, o.content, d.held_on::text AS held_on
       FROM dialogue_opinions o JOIN dialogue_sessions d ON d.id = o.dialogue_id
       WHERE d.commune_id = $1 AND d.status = 'held' AND d.held_on >= $2::date AND d.held_on <= $3::date
       ORDER BY d.held_on DESC, o.seq`,
      [communeId, from, to],
    );
    return rows.map((r) => ({
      kind: r.kind,
      category: r.category,
      neighbourhoodId: r.neighbourhood_id,
      content: r.content,
      heldOn: r.held_on,
    }));
  }
}
