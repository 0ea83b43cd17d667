import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import type { AppConfig } from '../config/app-config';
import { readJobsConfig } from '../config/jobs-config';
import { JobRunner } from './job-runner';

/** A pass that stays in flight until released. */
function gate() {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  return { done, release };
}

describe('JobRunner', () => {
  let registry: SchedulerRegistry;
  const runner = (env: Record<string, string> = {}) => new JobRunner(registry, { jobs: readJobsConfig(env) } as AppConfig);

  beforeEach(() => {
    jest.useFakeTimers();
    registry = new SchedulerRegistry();
  });
  afterEach(() => {
    for (const name of registry.getIntervals()) registry.deleteInterval(name);
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('runs each enabled job on its own interval, and a disabled one never', async () => {
    const jobs = runner({ JOBS_DISABLED: 'weekly-digest' });
    const sweep = jest.fn().mockResolvedValue(0);
    const digest = jest.fn().mockResolvedValue(0);
    jobs.register({ name: 'deadline-sweep', everyMs: 2_000, run: sweep, failure: 'sweep failed' });
    jobs.register({ name: 'weekly-digest', everyMs: 1_000, run: digest, failure: 'digest failed' });
    jobs.onApplicationBootstrap();
    expect(sweep).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(6_000);
    expect(sweep).toHaveBeenCalledTimes(3);
    expect(digest).not.toHaveBeenCalled();
    expect(registry.getIntervals()).toEqual(['job:deadline-sweep']);
  });

  it('runs nothing with SCHEDULER_ENABLED=false', async () => {
    const jobs = runner({ SCHEDULER_ENABLED: 'false' });
    const run = jest.fn().mockResolvedValue(0);
    jobs.register({ name: 'outbox', everyMs: 1_000, run, failure: 'x' });
    jobs.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(run).not.toHaveBeenCalled();
    expect(jobs.enabled('outbox')).toBe(false);
  });

  it('runs a first pass at start when asked to', async () => {
    const jobs = runner();
    const run = jest.fn().mockResolvedValue(0);
    jobs.register({ name: 'history-partitions', everyMs: 3_600_000, runAtStart: true, run, failure: 'x' });
    jobs.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs two passes of one job at once: a tick during a long pass is skipped', async () => {
    const jobs = runner();
    const slow = gate();
    const run = jest
      .fn()
      .mockImplementationOnce(() => slow.done)
      .mockResolvedValue(0);
    jobs.register({ name: 'outbox', everyMs: 1_000, run, failure: 'x' });
    jobs.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
    slow.release();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('logs a failed pass with its sentence and runs the job again at the next tick', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const jobs = runner();
    const run = jest.fn().mockRejectedValueOnce(new Error('connection lost')).mockResolvedValue(0);
    jobs.register({ name: 'hot-spots', everyMs: 1_000, run, failure: 'Hot-spot job failed' });
    jobs.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(2_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[1]).toBe('Hot-spot job failed');
  });

  it('holds a job off while other work runs, after waiting for the pass in flight', async () => {
    const jobs = runner();
    const inFlight = gate();
    const order: string[] = [];
    const run = jest
      .fn()
      .mockImplementationOnce(async () => {
        await inFlight.done;
        order.push('pass finished');
      })
      .mockResolvedValue(0);
    jobs.register({ name: 'deadline-sweep', everyMs: 1_000, run, failure: 'x' });
    jobs.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);

    const held = jobs.hold('deadline-sweep', async () => {
      order.push('work started');
      await jest.advanceTimersByTimeAsync(10_000);
      expect(run).toHaveBeenCalledTimes(1);
      return 42;
    });
    inFlight.release();
    await expect(held).resolves.toBe(42);
    expect(order).toEqual(['pass finished', 'work started']);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('on shutdown aborts the pass in flight, waits for it, and stops the timers', async () => {
    const jobs = runner();
    let seen: AbortSignal | undefined;
    const inFlight = gate();
    const run = jest.fn().mockImplementation(async (signal: AbortSignal) => {
      seen = signal;
      await inFlight.done;
    });
    jobs.register({ name: 'outbox', everyMs: 1_000, run, failure: 'x' });
    jobs.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(1_000);
    let stopped = false;
    const shutdown = jobs.onApplicationShutdown().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(seen?.aborted).toBe(true);
    expect(stopped).toBe(false);
    inFlight.release();
    await shutdown;
    expect(registry.getIntervals()).toEqual([]);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('refuses a job registered twice, and a hold on a job nobody registered', async () => {
    const jobs = runner();
    jobs.register({ name: 'outbox', everyMs: 1_000, run: () => Promise.resolve(), failure: 'x' });
    expect(() => jobs.register({ name: 'outbox', everyMs: 1_000, run: () => Promise.resolve(), failure: 'x' })).toThrow(/registered twice/);
    await expect(jobs.hold('hot-spots', () => Promise.resolve(1))).rejects.toThrow(/not registered/);
  });
});
