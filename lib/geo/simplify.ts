import { simplify } from '@turf/turf';
import type { Geometry } from 'geojson';

// A map of a few regions keeps every vertex; a map of hundreds (all kecamatan of a province, all
// desa of a kab/kota) is drawn at a zoom where detail below a few hundred metres is invisible, so
// its shapes are simplified to keep the GeoJSON small and Leaflet interactive.

/** Douglas-Peucker tolerance in degrees (0.001 deg ~ 110 m) for a map drawing `features` regions. */
export function toleranceFor(features: number): number {
  if (features <= 30) return 0;
  if (features <= 150) return 0.0005;
  if (features <= 1000) return 0.001;
  return 0.003;
}

export function simplifyForMap<G extends Geometry | null>(geometry: G, features: number, cacheKey?: string): G {
  const tolerance = toleranceFor(features);
  if (!geometry || tolerance === 0) return geometry;
  if (!cacheKey) return simplify(geometry, { tolerance, highQuality: false, mutate: false }) as G;
  // A province map simplifies hundreds of shapes per request; the same boundary version at the
  // same tolerance always gives the same shape, so it is simplified once per process.
  const key = `${cacheKey}@${tolerance}`;
  const cached = simplified.get(key);
  if (cached) {
    simplified.delete(key);
    simplified.set(key, cached);
    return cached as G;
  }
  const shape = simplify(geometry, { tolerance, highQuality: false, mutate: false });
  simplified.set(key, shape);
  if (simplified.size > CACHE_ENTRIES) simplified.delete(simplified.keys().next().value as string);
  return shape as G;
}

/** Least recently used first; ~8,000 kecamatan of Indonesia fit at two tolerances. */
const CACHE_ENTRIES = 20_000;
const simplified = new Map<string, Geometry>();
