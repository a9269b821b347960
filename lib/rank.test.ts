import { describe, expect, it } from 'vitest';
import { rankBy } from './rank';

const rows = [
  { name: 'Serang', rate: 10 },
  { name: 'Kasemen', rate: 22 },
  { name: 'Curug', rate: null },
  { name: 'Taktakan', rate: 14 },
  { name: 'Cipocok Jaya', rate: 14 },
];

describe('rankBy', () => {
  it('puts the highest first, ties by name, missing last', () => {
    const ranked = rankBy(rows, (r) => r.rate, { name: (r) => r.name });
    expect(ranked.map((r) => r.name)).toEqual(['Kasemen', 'Cipocok Jaya', 'Taktakan', 'Serang', 'Curug']);
  });
  it('can rank lowest first, still with missing last', () => {
    const ranked = rankBy(rows, (r) => r.rate, { order: 'asc', name: (r) => r.name });
    expect(ranked.map((r) => r.name)).toEqual(['Serang', 'Cipocok Jaya', 'Taktakan', 'Kasemen', 'Curug']);
  });
  it('does not change the input', () => {
    rankBy(rows, (r) => r.rate);
    expect(rows[0]?.name).toBe('Serang');
  });
});
