import type { Polarity } from '@/db/schema/enums';
import { buildGlidePath, type GlidePath, type TimedValue, trackStatus } from '@/lib/glide-path';

// A region's standing against the targets on the map's "Status target" view. The targets
// that apply are the region's own, else the national ones (region null); the region is
// judged against the glide path from its own baseline (its first figure in the source shown)
// to the next target due at or after the shown period. Without any target it is "no target":
// a target is never invented.

export const targetStatuses = ['on_track', 'off_track', 'baseline', 'no_target', 'no_data'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/** The region's own targets when it has any, else the national ones (region null). */
export function applicableTargets<T extends { regionCode: string | null }>(targets: readonly T[], region: string): T[] {
  const own = targets.filter((t) => t.regionCode === region);
  return own.length > 0 ? own : targets.filter((t) => t.regionCode === null);
}

/**
 * The status of a region at time `at`: `points` is its series in one source (x ascending or
 * not), `value` its figure at `at` (null: no data), `targets` those that apply to it.
 */
export function regionTargetStatus(params: {
  points: readonly { x: number; value: number | null }[];
  at: number;
  value: number | null;
  targets: readonly TimedValue[];
  polarity: Polarity;
}): { status: TargetStatus; path: GlidePath | null } {
  const { at, value, polarity } = params;
  if (params.targets.length === 0) return { status: 'no_target', path: null };
  if (value === null || !Number.isFinite(value)) return { status: 'no_data', path: null };
  const sorted = [...params.targets].sort((a, b) => a.x - b.x);
  // The next target due at or after the shown period; past the last one, the last one.
  const next = sorted.find((t) => t.x >= at) ?? (sorted.at(-1) as TimedValue);
  const points = [...params.points].sort((a, b) => a.x - b.x);
  // A baseline after the target's date has no path to it: the target itself is the bar.
  const path = buildGlidePath(points, [next]) ?? { baseline: next, target: next };
  const status = trackStatus(path, { x: at, value }, polarity);
  return { status: status === 'no_data' ? 'no_data' : status, path };
}

/** Fill of each status on the map; "no data" is hatched (null), "no target" a flat light grey. */
export const targetStatusColors: Record<TargetStatus, string | null> = {
  on_track: '#2c7bb6',
  off_track: '#d7191c',
  baseline: '#abd9e9',
  no_target: '#ececec',
  no_data: null,
};
