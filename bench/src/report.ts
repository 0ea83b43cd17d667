/**
 * The one result line every benchmark ends with:
 * `BENCH <name> value=<n> unit=<u>` and, when measured against a baseline in the same run, ` baseline=<n> ratio=<r>`.
 */
export function benchLine(name: string, value: number, unit: string, baseline?: number): string {
  const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);
  let line = `BENCH ${name} value=${round(value)} unit=${unit}`;
  if (baseline !== undefined) line += ` baseline=${round(baseline)} ratio=${Math.round((value / baseline) * 1000) / 1000}`;
  return line;
}

/** Median and 95th percentile of a list of timings. */
export function percentiles(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}
