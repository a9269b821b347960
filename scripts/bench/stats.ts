// Percentiles and ratios for the benchmark tables: pure, so they are tested without a database.

export type Summary = { n: number; p50: number; p95: number; p99: number; mean: number };

/** Linear interpolation between closest ranks (the R-7 / Excel PERCENTILE.INC definition). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0-100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  return lowValue + ((sorted[high] as number) - lowValue) * (rank - low);
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
  };
}

/** How many times `ours` is `other` (0.5 = twice as fast); null when `other` is zero. */
export function ratio(ours: number, other: number): number | null {
  return other > 0 ? ours / other : null;
}

/** "met" or how far off a target is, e.g. p95 61.2 ms against at most 50 ms -> "missed by 22%". */
export function judge(value: number, target: number, direction: 'at_most' | 'at_least'): string {
  const met = direction === 'at_most' ? value <= target : value >= target;
  if (met) return 'met';
  const off = direction === 'at_most' ? value / target - 1 : 1 - value / target;
  return `missed by ${Math.round(off * 100)}%`;
}

/** The run with the median score (lower middle for an even count), so its other numbers belong to that run. */
export function medianRun<T extends { score: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('median of no runs');
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}
