/**
 * The citizens context's read model for the other contexts (open311): the only code outside `citizens` that learns of
 * the online petitions goes through these functions (issue 20). Same two kinds of entry as the other read models:
 * calls in the caller's transaction, and SQL expressions for the one statement that must join them.
 */

/**
 * SQL: a sub-select of the online petitions that came by `source` (a constant, 'form' or 'open311'), with their case
 * and what the citizen gave: `case_id, service_code, description, address, address_id, latitude, longitude, media_url`.
 */
export const onlinePetitionsSql = (source: 'form' | 'open311'): string =>
  `(SELECT case_id, service_code, description, address, address_id, latitude, longitude, media_url FROM online_petitions WHERE source = '${source}')`;
