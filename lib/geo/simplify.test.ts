import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { simplifyForMap, toleranceFor } from './simplify';

// A ~1 km wide circle of 400 vertices: detail a city map keeps and a national map drops.
const circle: Polygon = {
  type: 'Polygon',
  coordinates: [
    Array.from({ length: 401 }, (_, i) => {
      const a = ((i % 400) / 400) * 2 * Math.PI;
      return [106.15 + 0.005 * Math.cos(a), -6.12 + 0.005 * Math.sin(a)];
    }),
  ],
};
const vertices = (p: Polygon) => p.coordinates[0]?.length ?? 0;

describe('map geometry simplification', () => {
  it('keeps every vertex on a map of few regions', () => {
    expect(toleranceFor(6)).toBe(0);
    expect(simplifyForMap(circle, 6)).toBe(circle);
  });

  it('drops vertices more as the map draws more regions, keeping a closed ring', () => {
    const medium = simplifyForMap(circle, 155);
    const many = simplifyForMap(circle, 5000);
    expect(vertices(medium)).toBeLessThan(vertices(circle));
    expect(vertices(many)).toBeLessThan(vertices(medium));
    expect(vertices(many)).toBeGreaterThanOrEqual(4);
    const ring = many.coordinates[0] ?? [];
    expect(ring[0]).toEqual(ring.at(-1));
    expect(vertices(circle)).toBe(401); // the input is not mutated
  });

  it('passes a missing boundary through', () => {
    expect(simplifyForMap(null, 500)).toBeNull();
  });
});

describe('simplified shape cache', () => {
  it('simplifies one boundary version once per tolerance and again when the boundary changes', () => {
    const first = simplifyForMap(circle, 500, 'cache-test:1:2026-01-01');
    expect(simplifyForMap(structuredClone(circle), 500, 'cache-test:1:2026-01-01')).toBe(first);
    // Another tolerance or a re-imported boundary (a new key) is simplified afresh.
    expect(simplifyForMap(circle, 5000, 'cache-test:1:2026-01-01')).not.toBe(first);
    const moved: Polygon = {
      type: 'Polygon',
      coordinates: [circle.coordinates[0]?.map(([x, y]) => [(x ?? 0) + 1, y ?? 0]) ?? []],
    };
    const again = simplifyForMap(moved, 500, 'cache-test:1:2026-02-01');
    expect(again.coordinates[0]?.[0]?.[0]).toBeCloseTo((first.coordinates[0]?.[0]?.[0] ?? 0) + 1, 6);
  });
});
