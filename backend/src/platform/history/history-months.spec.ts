import {
  addMonths,
  archiveName,
  monthOf,
  monthOfPartition,
  monthRange,
  monthsBetween,
  parseMonthKey,
  partitionName,
} from './history-months';

describe('history months (Vietnam time)', () => {
  it('puts an instant in its Vietnamese month, not its UTC one', () => {
    // 01:00 on 1 March in Vietnam is still 28 February in UTC.
    expect(monthOf(new Date('2026-02-28T18:00:00Z'))).toEqual({ year: 2026, month: 3 });
    expect(monthOf(new Date('2026-02-28T16:59:59.999Z'))).toEqual({ year: 2026, month: 2 });
  });

  it('bounds a month from its first Vietnamese instant to the next month’s', () => {
    const { from, to } = monthRange({ year: 2026, month: 12 });
    expect(from.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(to.toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('counts months across years', () => {
    expect(addMonths({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 3 }, -27)).toEqual({ year: 2023, month: 12 });
    expect(monthsBetween({ year: 2025, month: 12 }, { year: 2026, month: 2 })).toBe(2);
    expect(monthsBetween({ year: 2026, month: 2 }, { year: 2025, month: 12 })).toBe(-2);
  });

  it('names partitions and reads the month back from the name only', () => {
    expect(partitionName('case_events', { year: 2026, month: 3 })).toBe('case_events_p2026_03');
    expect(archiveName('case_events', { year: 2024, month: 11 })).toBe('case_events_archived_2024_11');
    expect(monthOfPartition('case_events', 'case_events_p2026_03')).toEqual({ year: 2026, month: 3 });
    expect(monthOfPartition('case_events', 'case_events_default')).toBeNull();
    expect(monthOfPartition('case_events', 'case_events_archived_2024_11')).toBeNull();
    expect(monthOfPartition('case_events', 'security_audit_p2026_03')).toBeNull();
    expect(monthOfPartition('case_events', 'case_events_p2026_13')).toBeNull();
  });

  it('parses the YYYY-MM keys PostgreSQL computes and refuses anything else', () => {
    expect(parseMonthKey('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(() => parseMonthKey('2026-3')).toThrow(RangeError);
  });
});
