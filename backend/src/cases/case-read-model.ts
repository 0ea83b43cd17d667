import type { EntityManager } from 'typeorm';

/**
 * The cases context's read model for the other contexts (reception, letters, dashboard, dialogues, mobilization,
 * citizens, open311): the only code outside `cases` that learns of `cases`, `case_events` and `case_parties` goes
 * through these functions (issue 20). Calls take the caller's transaction or read connection; where a statement of
 * another context must filter or label by a case, an SQL expression here says it, over this context's tables only.
 */

export type Queryable = Pick<EntityManager, 'query'>;
