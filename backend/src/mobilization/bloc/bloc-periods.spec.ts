import { previousQuarter, quarterPeriod, quartersServed, reviewPeriod } from './bloc-periods';

describe('bloc periods', () => {
  it('spans quarters and reviews in calendar days', () => {
    expect(quarterPeriod(2026, 1)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(quarterPeriod(2024, 1).to).toBe('2024-03-31');
    expect(quarterPeriod(2026, 4)).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(previousQuarter(2026, 1)).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
    });
    expect(previousQuarter(2026, 4)).toEqual({
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(reviewPeriod(2026, 'mid_year')).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(reviewPeriod(2026, 'year_end')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('counts the quarters of the period a term overlaps', () => {
    const half = reviewPeriod(2026, 'mid_year');
    expect(quartersServed(half, '2025-07-01', null)).toBe(2);
    expect(quartersServed(half, '2026-05-10', null)).toBe(1);
    expect(quartersServed(half, '2025-01-01', '2026-02-01')).toBe(1);
    expect(quartersServed(half, '2026-07-01', null)).toBe(0);
    expect(quartersServed(reviewPeriod(2026, 'year_end'), '2026-01-01', null)).toBe(4);
    // Evaluated on 8 October: the fourth quarter has begun and counts.
    expect(quartersServed(reviewPeriod(2026, 'year_end'), '2026-01-01', null, '2026-10-08')).toBe(4);
    expect(quartersServed(reviewPeriod(2026, 'year_end'), '2026-01-01', null, '2026-09-30')).toBe(3);
  });
});
