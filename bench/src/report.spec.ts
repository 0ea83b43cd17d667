import { benchLine, percentiles } from './report';

describe('bench report', () => {
  it('prints the result line with an optional baseline and ratio', () => {
    expect(benchLine('deadlines', 412345.6, 'deadlines/s')).toBe('BENCH deadlines value=412346 unit=deadlines/s');
    expect(benchLine('events', 1200, 'events/s', 2000)).toBe('BENCH events value=1200 unit=events/s baseline=2000 ratio=0.6');
    expect(benchLine('overview', 12.345, 'ms')).toBe('BENCH overview value=12.35 unit=ms');
  });

  it('computes median and p95 by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(samples)).toEqual({ median: 50, p95: 95 });
  });
});
