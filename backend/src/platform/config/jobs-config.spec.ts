import { ConfigError } from './config-readers';
import { JOB_NAMES, readJobsConfig } from './jobs-config';

describe('jobs settings', () => {
  it('runs every job by default', () => {
    expect([...readJobsConfig({}).enabled]).toEqual([...JOB_NAMES]);
  });

  it('runs none with SCHEDULER_ENABLED=false, whatever else is set', () => {
    expect(readJobsConfig({ SCHEDULER_ENABLED: 'false', JOBS_DISABLED: 'outbox' }).enabled.size).toBe(0);
  });

  it('leaves out the jobs listed in JOBS_DISABLED, spaces and empty items tolerated', () => {
    const { enabled } = readJobsConfig({ JOBS_DISABLED: ' hot-spots, ,weekly-digest ' });
    expect(enabled.has('hot-spots')).toBe(false);
    expect(enabled.has('weekly-digest')).toBe(false);
    expect(enabled.has('deadline-sweep')).toBe(true);
    expect(enabled.has('outbox')).toBe(true);
  });

  it('keeps the older HISTORY_PARTITIONS_JOB=false switch', () => {
    const { enabled } = readJobsConfig({ HISTORY_PARTITIONS_JOB: 'false' });
    expect(enabled.has('history-partitions')).toBe(false);
    expect(enabled.size).toBe(JOB_NAMES.length - 1);
  });

  it('refuses an unknown job name or a bad switch, naming the setting', () => {
    expect(() => readJobsConfig({ JOBS_DISABLED: 'sweeper' })).toThrow(
      new ConfigError('JOBS_DISABLED', `unknown job "sweeper" (the jobs are ${JOB_NAMES.join(', ')})`),
    );
    expect(() => readJobsConfig({ HISTORY_PARTITIONS_JOB: 'maybe' })).toThrow(/HISTORY_PARTITIONS_JOB/);
    expect(() => readJobsConfig({ SCHEDULER_ENABLED: 'maybe' })).toThrow(/SCHEDULER_ENABLED/);
  });

  it('claims 100 due cases per sweep transaction unless SWEEP_BATCH_SIZE says otherwise (1–1000)', () => {
    expect(readJobsConfig({}).sweepBatchSize).toBe(100);
    expect(readJobsConfig({ SWEEP_BATCH_SIZE: '250' }).sweepBatchSize).toBe(250);
    expect(readJobsConfig({ SWEEP_BATCH_SIZE: '250', SCHEDULER_ENABLED: 'false' }).sweepBatchSize).toBe(250);
    expect(() => readJobsConfig({ SWEEP_BATCH_SIZE: '0' })).toThrow(/SWEEP_BATCH_SIZE/);
    expect(() => readJobsConfig({ SWEEP_BATCH_SIZE: 'many' })).toThrow(/SWEEP_BATCH_SIZE/);
  });
});
