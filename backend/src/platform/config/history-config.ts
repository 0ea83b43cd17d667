import { readInt, type Env } from './config-readers';

/**
 * The history partitions job (README, "History partitions and retention"). Whether this instance runs it is a job
 * switch (`jobs-config.ts`: JOBS_DISABLED, or the older HISTORY_PARTITIONS_JOB=false).
 */
export interface HistoryConfig {
  /** Months of partitions kept ready after the current one: HISTORY_PARTITIONS_AHEAD, 3 by default. */
  monthsAhead: number;
  /**
   * HISTORY_RETENTION_MONTHS: months before the current one kept attached; older months are detached for archiving.
   * Unset or 0: nothing is ever detached.
   */
  retentionMonths: number | null;
}

export function readHistoryConfig(env: Env): HistoryConfig {
  const retention = readInt(env, 'HISTORY_RETENTION_MONTHS', 0, 0, 1200);
  return {
    monthsAhead: readInt(env, 'HISTORY_PARTITIONS_AHEAD', 3, 1, 24),
    retentionMonths: retention === 0 ? null : retention,
  };
}
