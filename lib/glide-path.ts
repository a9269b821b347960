import type { Polarity } from '@/db/schema/enums';

// The glide path: the straight line from a baseline (a measured point) to a target (a
// value due at a date). A later point is on track when it is at least as good as the path
// at its own date, given the indicator's polarity (for "lower is better", at or below it).

export type TimedValue = { x: number; value: number };

export type GlidePath = { baseline: TimedValue; target: TimedValue };

/** The path's value at time x (extended flat beyond the target date). */
export function glideValue(path: GlidePath, x: number): number {
  const { baseline, target } = path;
  if (target.x === baseline.x || x >= target.x) return target.value;
  if (x <= baseline.x) return baseline.value;
  return baseline.value + ((target.value - baseline.value) * (x - baseline.x)) / (target.x - baseline.x);
}

/**
 * The path from the first valued point to the earliest target dated after it, or null
 * when there is no such point or target.
 */
export function buildGlidePath(
  points: readonly { x: number; value: number | null }[],
  targets: readonly TimedValue[],
): GlidePath | null {
  const baseline = points.find((p): p is TimedValue => p.value !== null && Number.isFinite(p.value));
  if (!baseline) return null;
  const target = [...targets].sort((a, b) => a.x - b.x).find((t) => t.x > baseline.x);
  return target ? { baseline: { x: baseline.x, value: baseline.value }, target } : null;
}

export type TrackStatus = 'baseline' | 'on_track' | 'off_track' | 'no_data';

/** Small tolerance so a point exactly on the path (up to rounding) counts as on track. */
const EPSILON = 1e-9;

export function trackStatus(path: GlidePath, point: { x: number; value: number | null }, polarity: Polarity): TrackStatus {
  if (point.value === null || !Number.isFinite(point.value)) return 'no_data';
  if (point.x <= path.baseline.x) return 'baseline';
  const expected = glideValue(path, point.x);
  const good = polarity === 'higher_is_better' ? point.value >= expected - EPSILON : point.value <= expected + EPSILON;
  return good ? 'on_track' : 'off_track';
}
