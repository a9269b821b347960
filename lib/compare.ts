import type { Polarity } from '@/db/schema/enums';

// "15.960 now against 23.711 in PK23": the first and last points of a series that have a
// value, the change between them, and whether that change is good given the polarity.

export type Assessment = 'better' | 'worse' | 'unchanged' | 'neutral';

export type Comparison<P> = {
  first: P & { value: number };
  last: P & { value: number };
  /** last - first */
  change: number;
  /** change as a percent of first; null when first is 0 */
  changePct: number | null;
  direction: 'up' | 'down' | 'flat';
  assessment: Assessment;
};

function hasValue<P extends { value: number | null }>(p: P): p is P & { value: number } {
  return p.value !== null && Number.isFinite(p.value);
}

/** The last point that has a value, or null. */
export function latestValued<P extends { value: number | null }>(points: readonly P[]): (P & { value: number }) | null {
  const valued = points.filter(hasValue);
  return valued.at(-1) ?? null;
}

/** Null when fewer than two points carry a value: there is nothing to compare. */
export function compareFirstLast<P extends { value: number | null }>(
  points: readonly P[],
  polarity: Polarity,
): Comparison<P> | null {
  const valued = points.filter(hasValue);
  const first = valued[0];
  const last = valued.at(-1);
  if (!first || !last || valued.length < 2) return null;
  const change = last.value - first.value;
  const changePct = first.value === 0 ? null : (change / first.value) * 100;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  return { first, last, change, changePct, direction, assessment: assess(direction, polarity) };
}

export function assess(direction: 'up' | 'down' | 'flat', polarity: Polarity): Assessment {
  if (direction === 'flat') return 'unchanged';
  if (polarity === 'neutral') return 'neutral';
  const improving = polarity === 'lower_is_better' ? direction === 'down' : direction === 'up';
  return improving ? 'better' : 'worse';
}
