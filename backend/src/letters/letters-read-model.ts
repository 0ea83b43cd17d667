/**
 * The letters context's read model for the other contexts (dashboard reports, cases): the only code outside `letters`
 * that learns of letters goes through these functions (issue 20). Where a statement of another context must join a
 * letter, an SQL sub-select here gives the rows, over this context's table only.
 */

/** SQL: a sub-select of the letters: `id, code, summary, commune_id, received_at, signatory_count`. */
export const lettersSql = (): string => `(SELECT id, code, summary, commune_id, received_at, signatory_count FROM letters)`;
