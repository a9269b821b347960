import { area, bbox, booleanPointInPolygon, intersect } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type AreaGeometry, type BoundaryInput, type CentrePoint, computeApproximateBoundaries } from './approximate-boundaries';

const feature = (geometry: AreaGeometry): Feature<AreaGeometry> => ({ type: 'Feature', properties: {}, geometry });

/** A jittered 5 x 4 grid near Serang, ~1.5 km apart: columns 0-1 in district A, 2-4 in B. */
function gridInput(): BoundaryInput {
  const points: CentrePoint[] = [];
  const villages: BoundaryInput['villages'][number][] = [];
  for (let col = 0; col < 5; col++) {
    for (let row = 0; row < 4; row++) {
      const code = `99.01.0${col < 2 ? 1 : 2}.${String(100 + col * 4 + row)}`;
      const wobble = ((col * 7 + row * 13) % 5) * 0.001;
      points.push({ code, longitude: 106.1 + col * 0.014 + wobble, latitude: -6.1 - row * 0.013 + wobble / 2 });
      villages.push({ code, districtCode: col < 2 ? '99.01.01' : '99.01.02' });
    }
  }
  return { districtCodes: ['99.01.01', '99.01.02'], villages, points };
}

function positionOf(input: BoundaryInput, code: string): Position {
  const p = input.points.find((x) => x.code === code);
  if (!p) throw new Error(`no point ${code}`);
  return [p.longitude, p.latitude];
}

describe('computeApproximateBoundaries', () => {
  const input = gridInput();
  const result = computeApproximateBoundaries(input);

  it('gives every village a cell containing its own point', () => {
    expect(result.villages).toHaveLength(20);
    for (const cell of result.villages) {
      expect(booleanPointInPolygon(positionOf(input, cell.code), feature(cell.geometry)), cell.code).toBe(true);
    }
  });

  it('gives cells that do not overlap and that add up to their districts and the kab/kota', () => {
    const cells = result.villages.map((c) => feature(c.geometry));
    cells.forEach((a, i) => {
      for (const b of cells.slice(i + 1)) {
        const overlap = intersect({ type: 'FeatureCollection', features: [a, b] });
        expect(overlap ? area(overlap) : 0).toBeLessThan(1); // square metres
      }
    });
    const total = (shapes: { geometry: AreaGeometry }[]) => shapes.reduce((s, x) => s + area(feature(x.geometry)), 0);
    const regencyArea = area(feature(result.regency as AreaGeometry));
    expect(total(result.villages) / regencyArea).toBeCloseTo(1, 4);
    expect(total(result.districts) / regencyArea).toBeCloseTo(1, 4);
  });

  it('makes each kecamatan contain the points of its villages and only those', () => {
    expect(result.districts.map((d) => d.code)).toEqual(['99.01.01', '99.01.02']);
    for (const district of result.districts) {
      for (const village of input.villages) {
        const inside = booleanPointInPolygon(positionOf(input, village.code), feature(district.geometry));
        expect(inside, `${village.code} in ${district.code}`).toBe(village.districtCode === district.code);
      }
    }
  });

  it('clips the outer cells about 1.5 km beyond the outermost points', () => {
    const lons = input.points.map((p) => p.longitude);
    const lats = input.points.map((p) => p.latitude);
    const [west = 0, south = 0, east = 0, north = 0] = bbox(feature(result.regency as AreaGeometry));
    // 1.5 km is about 0.0136 degrees at this latitude.
    for (const margin of [
      Math.min(...lons) - west,
      east - Math.max(...lons),
      Math.min(...lats) - south,
      north - Math.max(...lats),
    ]) {
      expect(margin).toBeCloseTo(0.0136, 3);
    }
  });

  it('rounds coordinates to 5 decimals', () => {
    const all = JSON.stringify(result).match(/-?\d+\.\d+/g) ?? [];
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((n) => (n.split('.')[1] ?? '').length > 5)).toEqual([]);
  });

  it('reports villages without a usable point and leaves them without a shape', () => {
    const withGaps: BoundaryInput = {
      ...input,
      villages: [
        ...input.villages,
        { code: '99.01.02.1999', districtCode: '99.01.02' },
        { code: '99.01.02.1998', districtCode: '99.01.02' },
      ],
      points: [...input.points, { code: '99.01.02.1998', longitude: Number.NaN, latitude: -6.1 }],
    };
    const r = computeApproximateBoundaries(withGaps);
    expect(r.missingVillageCodes).toEqual(['99.01.02.1998', '99.01.02.1999']);
    expect(r.villages.map((v) => v.code)).not.toContain('99.01.02.1999');
    expect(r.villages).toHaveLength(20);
  });

  it('is deterministic, whatever the order of the input', () => {
    const reversed: BoundaryInput = {
      districtCodes: [...input.districtCodes].reverse(),
      villages: [...input.villages].reverse(),
      points: [...input.points].reverse(),
    };
    expect(computeApproximateBoundaries(reversed)).toEqual(result);
    expect(JSON.stringify(computeApproximateBoundaries(input))).toBe(JSON.stringify(result));
  });

  it('keeps an isolated village inside its own cell although the concave hull leaves it out', () => {
    const far = { code: '99.01.02.1900', longitude: 106.4, latitude: -6.3 };
    const r = computeApproximateBoundaries({
      ...input,
      villages: [...input.villages, { code: far.code, districtCode: '99.01.02' }],
      points: [...input.points, far],
    });
    const cell = r.villages.find((v) => v.code === far.code);
    expect(cell && booleanPointInPolygon([far.longitude, far.latitude], feature(cell.geometry))).toBe(true);
    expect(r.regency?.type).toBe('MultiPolygon');
  });

  it.each([
    ['one point', [[106.15, -6.12]]],
    [
      'two points',
      [
        [106.15, -6.12],
        [106.17, -6.12],
      ],
    ],
    [
      'three collinear points',
      [
        [106.15, -6.12],
        [106.16, -6.13],
        [106.17, -6.14],
      ],
    ],
    [
      'three villages on one point',
      [
        [106.15, -6.12],
        [106.15, -6.12],
        [106.15, -6.12],
      ],
    ],
  ])('handles %s without throwing and gives each village a shape', (_, coordinates) => {
    const points = coordinates.map(([longitude = 0, latitude = 0], i) => ({ code: `V${i}`, longitude, latitude }));
    const r = computeApproximateBoundaries({
      districtCodes: ['D'],
      villages: points.map((p) => ({ code: p.code, districtCode: 'D' })),
      points,
    });
    expect(r.villages.map((v) => v.code)).toEqual(points.map((p) => p.code));
    expect(r.districts).toHaveLength(1);
    expect(r.regency).not.toBeNull();
    // Villages sharing one point are spread ~50 m apart: only the first keeps the exact point.
    r.villages.forEach((cell, i) => {
      const position = coordinates[i] as Position;
      if (coordinates.findIndex((c) => c.join() === position.join()) !== i) return;
      expect(booleanPointInPolygon(position, feature(cell.geometry)), cell.code).toBe(true);
    });
  });

  it('returns nothing but the missing list when no village has a point', () => {
    const r = computeApproximateBoundaries({ districtCodes: ['D'], villages: [{ code: 'V1', districtCode: 'D' }], points: [] });
    expect(r).toEqual({ regency: null, districts: [], villages: [], missingVillageCodes: ['V1'] });
  });
});
