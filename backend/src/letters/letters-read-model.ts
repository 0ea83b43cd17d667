/**
 * The letters context's read model for the other contexts: the only code outside `letters` that learns of letters goes
 * through these (issue 20, `architecture/table-ownership.ts`). An SQL expression says what one statement of another
 * context must label by a letter, over this context's table only.
 */

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
