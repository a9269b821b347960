import { describe, expect, it } from 'vitest';
import type { MapResponse } from '@/lib/api/schemas';
import { villagesOf } from './snapshot';

// The deck's kelurahan lists follow the same privacy rule as the public map: a small count and
// its complement leave the snapshot, so neither the page payload nor a saved deck holds them.

function villageMap(values: Record<string, number | null>): MapResponse {
  return {
    type: 'FeatureCollection',
    features: Object.entries(values).map(([code, value]) => ({
      type: 'Feature' as const,
      id: code,
      geometry: null,
      properties: {
        code,
        name: `Kelurahan ${code.slice(-4)}`,
        value,
        numerator: null,
        denominator: null,
        rate: null,
        status: 'final' as const,
        origin: 'illustrative' as const,
      },
    })),
    meta: {
      indicator: 'krs_families',
      parent: '36.73',
      unit: 'families',
      period: '2024',
      edition: null,
      boundaryProvenance: null,
      boundarySource: null,
      regionsWithoutBoundary: [],
    },
  };
}

const districts = new Map([
  ['36.73.01', 'Serang'],
  ['36.73.02', 'Kasemen'],
]);

describe('villagesOf', () => {
  it('withholds a small count and the smallest sibling beside it, keeping no figure of either', () => {
    const villages = villagesOf(
      villageMap({ '36.73.02.1001': 3, '36.73.02.1002': 40, '36.73.02.1003': 12, '36.73.01.1001': 7 }),
      districts,
    );
    const byCode = new Map(villages.map((v) => [v.code, v]));
    expect(byCode.get('36.73.02.1001')).toMatchObject({ value: null, suppressed: true, districtName: 'Kasemen' });
    // Without its complement the kecamatan total minus 40 would give the hidden 3 away.
    expect(byCode.get('36.73.02.1003')).toMatchObject({ value: null, suppressed: true });
    expect(byCode.get('36.73.02.1002')).toMatchObject({ value: 40 });
    expect(byCode.get('36.73.01.1001')).toMatchObject({ value: 7, districtName: 'Serang' });
    expect(JSON.stringify(villages)).not.toMatch(/"value":(3|12)\b/);
    // Ranked by the figures that are public; withheld ones come last.
    expect(villages.map((v) => v.code)).toEqual(['36.73.02.1002', '36.73.01.1001', '36.73.02.1001', '36.73.02.1003']);
  });

  it('publishes zeros and leaves a kecamatan without small counts untouched', () => {
    const villages = villagesOf(villageMap({ '36.73.01.1001': 0, '36.73.01.1002': 9 }), districts);
    expect(villages.map((v) => [v.value, v.suppressed ?? false])).toEqual([
      [9, false],
      [0, false],
    ]);
  });
});
