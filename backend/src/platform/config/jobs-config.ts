import { ConfigError, readBool, readInt, type Env } from './config-readers';

/**
 * The periodic jobs of one instance, all run by the one job runner (`platform/jobs`). Each shares its work with the
 * other instances through the database (row claims with SKIP LOCKED, slot rows, advisory transaction locks), so every
 * instance may run every job; a job is switched off per instance with JOBS_DISABLED, all of them with SCHEDULER_ENABLED.
 */
export const JOB_NAMES = [
  /** Deadlines that come due or pass become DEADLINE_WARNING / DEADLINE_PASSED events (`cases/deadline-sweeper.ts`). */
  'deadline-sweep',
  /** The outbox: in-app notifications to officers and leaders (`notifications`). */
  'outbox',
  /** Citizens' notices by e-mail/SMS (`citizens/notice-delivery.ts`); runs only when a channel is configured. */
  'citizen-notices',
  /** The scheduled hot-spot sweep, raising and clearing flags (`dashboard/hot-spots.service.ts`). */
  'hot-spots',
  /** The leaders' weekly digest, once per Vietnam week. */
  'weekly-digest',
  /** Monthly partitions of the history tables ahead of time, and retention (`platform/history`). */
  'history-partitions',
] as const;

export type JobName = (typeof JOB_NAMES)[number];

export interface JobsConfig {
  /** The jobs this instance runs: none with SCHEDULER_ENABLED=false. */
  enabled: ReadonlySet<JobName>;
  /**
   * SWEEP_BATCH_SIZE (100; 1–1000): due cases the deadline sweep claims and fires per transaction. Larger batches mean
   * fewer commits when a great many deadlines fall due at once, and a longer redo for a batch whose instance dies.
   */
  sweepBatchSize: number;
}

function isJobName(name: string): name is JobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}

/**
 * SCHEDULER_ENABLED (true by default) runs the jobs at all; JOBS_DISABLED, a comma-separated list of job names, leaves
 * some of them to other instances. HISTORY_PARTITIONS_JOB=false, the older switch, still turns the partitions job off.
 */
export function readJobsConfig(env: Env): JobsConfig {
  const sweepBatchSize = readInt(env, 'SWEEP_BATCH_SIZE', 100, 1, 1000);
  if (!readBool(env, 'SCHEDULER_ENABLED', true)) return { enabled: new Set(), sweepBatchSize };
  const disabled = new Set<JobName>();
  for (const raw of (env['JOBS_DISABLED'] ?? '').split(',')) {
    const name = raw.trim();
    if (!name) continue;
    if (!isJobName(name)) throw new ConfigError('JOBS_DISABLED', `unknown job "${name}" (the jobs are ${JOB_NAMES.join(', ')})`);
    disabled.add(name);
  }
  if (!readBool(env, 'HISTORY_PARTITIONS_JOB', true)) disabled.add('history-partitions');
  return { enabled: new Set(JOB_NAMES.filter((n) => !disabled.has(n))), sweepBatchSize };
}
