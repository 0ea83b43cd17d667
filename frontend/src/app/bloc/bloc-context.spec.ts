import { quarterOf } from './bloc-context';
import { MonthPipe } from './month.pipe';

describe('bloc helpers', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-09-30', 3],
    ['2026-10-06', 4],
    ['2026-12-31', 4],
  ])('puts %s in quarter %i', (day, quarter) => {
    expect(quarterOf(day)).toEqual({ year: 2026, quarter });
  });

  it('writes a month the Vietnamese way', () => {
    const pipe = new MonthPipe();
    expect(pipe.transform('2026-09')).toBe('09/2026');
    expect(pipe.transform(['2026-08', '2026-09'])).toBe('08/2026, 09/2026');
    expect(pipe.transform(null)).toBe('');
  });
});
