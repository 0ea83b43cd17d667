import type { HistoryTable } from '../platform/history/history-partitions';

/**
 * The case history (`case_events`) as partitioned history of the platform (1765300000000-history-partitions): the
 * cases module registers it at init (`registerHistoryTable`), and retention keeps a month while a case of it is open
 * or was closed after the cutoff, so a case's history stays whole.
 */
export const CASE_EVENTS_HISTORY: HistoryTable = {
  table: 'case_events',
  column: 'at',
  keepSql: (p) =>
    `SELECT EXISTS (SELECT 1 FROM "${p}" e JOIN cases c ON c.id = e.case_id WHERE c.closed_at IS NULL OR c.closed_at >= $1) AS keep`,
  lockKey: 7_364_301,
};
