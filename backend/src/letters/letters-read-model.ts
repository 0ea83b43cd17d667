/**
 * The letters context's read model for the other contexts (dashboard reports, cases): the only code outside `letters`
 * that learns of letters goes through these functions (issue 20). Where a statement of another context must join a
 * letter, an SQL sub-select here gives the rows, over this context's table only.
 */

/** SQL: a sub-select of the letters: `id, code, summary, commune_id, received_at, signatory_count`. */
export const lettersSql = (): string => `(SELECT id, code, summary, commune_id, received_at, signatory_count FROM letters)`;

/** The reference to a letter `letterRefSql` yields (json). */
export interface LetterRef {
  id: string;
  code: string;
  channel: string;
  receivedAt: string;
}

/** SQL: the letter whose id is `idSql` as json (`LetterRef`), NULL when none. */
export const letterRefSql = (idSql: string): string =>
  `(SELECT json_build_object('id', l.id, 'code', l.code, 'channel', l.channel, 'receivedAt', l.received_at) FROM letters l
   WHERE l.id = ${idSql})`;
