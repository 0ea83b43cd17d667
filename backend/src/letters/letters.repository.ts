import type { LetterChannel } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/** The letters context's writes of its own table (letters), in the caller's transaction (issue 20). */

type Queryable = Pick<EntityManager, 'query'>;

export interface NewLetter {
  code: string;
  communeId: string;
  provinceId: string;
  neighbourhoodId: string | null;
  channel: LetterChannel;
  receivedAt: Date;
  /** The senders as the register keeps them, as JSON text. */
  senders: string;
  senderCount: number;
  signatoryCount: number;
  confidential: boolean;
  forwardedBy: string | null;
  documentNo: string | null;
  summary: string;
  createdBy: string | null;
  createdAt: Date;
}

/** Registers a letter; its id. */
export async function insertLetter(tx: Queryable, l: NewLetter): Promise<string> {
  const [{ id: letterId }]: { id: string }[] = await tx.query(
    `INSERT INTO letters (code, commune_id, province_id, neighbourhood_id, channel, received_at, senders, sender_count, signatory_count,
         confidential, forwarded_by, document_no, summary, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      l.code,
      l.communeId,
      l.provinceId,
      l.neighbourhoodId,
      l.channel,
      l.receivedAt,
      l.senders,
      l.senderCount,
      l.signatoryCount,
      l.confidential,
      l.forwardedBy,
      l.documentNo,
      l.summary,
      l.createdBy,
      l.createdAt,
    ],
  );
  return letterId;
}
