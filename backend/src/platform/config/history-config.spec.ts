import { ConfigError } from './config-readers';
import { readHistoryConfig } from './history-config';

describe('history partitions settings', () => {
  it('keeps three months ahead and never detaches anything by default', () => {
    expect(readHistoryConfig({})).toEqual({ monthsAhead: 3, retentionMonths: null });
    expect(readHistoryConfig({ HISTORY_RETENTION_MONTHS: '0' }).retentionMonths).toBeNull();
  });

  it('reads the retention and the months ahead', () => {
    expect(readHistoryConfig({ HISTORY_RETENTION_MONTHS: '60', HISTORY_PARTITIONS_AHEAD: '6' })).toEqual({
      monthsAhead: 6,
      retentionMonths: 60,
    });
  });

  it('refuses a bad value with the setting named', () => {
    expect(() => readHistoryConfig({ HISTORY_RETENTION_MONTHS: 'two years' })).toThrow(
      new ConfigError('HISTORY_RETENTION_MONTHS', 'must be a whole number, got "two years"'),
    );
    expect(() => readHistoryConfig({ HISTORY_PARTITIONS_AHEAD: '0' })).toThrow(/HISTORY_PARTITIONS_AHEAD: must be between 1 and 24/);
  });
});
