import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { JobName } from '../config/jobs-config';

/** One periodic job: what one pass does and how often it runs. */
export interface JobDefinition {
  name: JobName;
  /** Time between the start of two passes' timer ticks; a tick that finds the last pass still running is skipped. */
  everyMs: number;
  /** Run a first pass as soon as the app has started, not only after `everyMs`. */
  runAtStart?: boolean;
  /**
   * One pass. It should stop early when `signal` aborts (the app is shutting down). A pass that throws is logged with
   * `failure` and the job runs again at its next tick: each job's work is transactional, so a failed pass rolled back.
   */
  run: (signal: AbortSignal) => Promise<unknown>;
  /** What the log says when a pass fails (no personal data: it is a fixed sentence). */
  failure: string;
}

interface Job {
  definition: JobDefinition;
  running: Promise<void> | null;
  holds: number;
}

/**
 * The one runner of the periodic jobs (deadline sweep, outbox, citizens' notices, hot spots, weekly digest, history
 * partitions). Contexts register their job at module init; the runner starts a timer for each job this instance runs
 * (`JobsConfig`), never runs two passes of one job at once in this instance, logs failures, can hold a job off while
 * other work runs, and on shutdown stops the timers and waits for the passes in flight.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<JobName, Job>();
  private readonly stop = new AbortController();

  constructor(
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Registers a job (at module init, before the app starts). A name registers once. */
  register(definition: JobDefinition): void {
    if (this.jobs.has(definition.name)) throw new Error(`Job ${definition.name} is registered twice`);
    this.jobs.set(definition.name, { definition, running: null, holds: 0 });
  }

  /** Whether this instance runs the job (SCHEDULER_ENABLED and JOBS_DISABLED). */
  enabled(name: JobName): boolean {
    return this.config.jobs.enabled.has(name);
  }

  onApplicationBootstrap(): void {
    for (const name of this.jobs.keys()) this.schedule(name);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort();
    for (const name of this.jobs.keys())
      if (this.registry.doesExist('interval', intervalName(name))) this.registry.deleteInterval(intervalName(name));
    await Promise.all([...this.jobs.values()].map((j) => j.running));
  }

  /**
   * Runs `work` with the job held off in this instance: a pass in flight is waited for, and no pass starts until the
   * work is done (the demo loader replays past events and a deadline sweep at today's time must not slip in between).
   */
  async hold<T>(name: JobName, work: () => Promise<T>): Promise<T> {
    const job = this.job(name);
    job.holds++;
    try {
      await job.running;
      return await work();
    } finally {
      job.holds--;
    }
  }

  /** Runs one pass now (unless one is in flight or the job is held), as a tick would. */
  async tick(name: JobName): Promise<void> {
    const job = this.job(name);
    if (job.running || job.holds > 0 || this.stop.signal.aborted) return;
    job.running = (async () => {
      try {
        await job.definition.run(this.stop.signal);
      } catch (error) {
        this.logger.error({ err: error, job: name }, job.definition.failure);
      }
    })();
    await job.running;
    job.running = null;
  }

  private schedule(name: JobName): void {
    if (!this.enabled(name)) return;
    const { everyMs, runAtStart } = this.job(name).definition;
    const timer = setInterval(() => void this.tick(name), everyMs);
    timer.unref();
    this.registry.addInterval(intervalName(name), timer);
    if (runAtStart) void this.tick(name);
  }

  private job(name: JobName): Job {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`Job ${name} is not registered`);
    return job;
  }
}

function intervalName(name: JobName): string {
  return `job:${name}`;
}
