import { describe, expect, it } from 'vitest';
import { coverageOf, donorLabel, factorChangeOf, outputsOf, totalsBy } from './interventions';

describe('coverageOf', () => {
  it('divides reached by KRS and keeps the gap at zero or above', () => {
    expect(coverageOf(200, 50)).toEqual({ coverage: 25, gap: 150 });
    expect(coverageOf(40, 50)).toEqual({ coverage: 125, gap: 0 });
  });
  it('answers no data for unknown KRS and never divides by zero', () => {
    expect(coverageOf(null, 20)).toEqual({ coverage: null, gap: null });
    expect(coverageOf(0, 5)).toEqual({ coverage: null, gap: 0 });
  });
});

describe('factorChangeOf', () => {
  it('gives the change, its share of the first value and the intensity per 100', () => {
    expect(factorChangeOf(50, 30, 20)).toEqual({ change: -20, changePct: -40, intensity: 40 });
  });
  it('stays null when a side is unknown or the first value is zero', () => {
    expect(factorChangeOf(null, 30, 5)).toEqual({ change: null, changePct: null, intensity: null });
    expect(factorChangeOf(0, 3, 5)).toEqual({ change: 3, changePct: null, intensity: null });
  });
});

describe('donorLabel', () => {
  it('never names a private individual', () => {
    expect(donorLabel('individual', 'Ibu Siti')).toBe('Perorangan');
    expect(donorLabel('baznas', 'Baznas Kota Serang')).toBe('Baznas Kota Serang');
    expect(donorLabel(null, null)).toBeNull();
  });
});

describe('totalsBy', () => {
  it('sums per key and keeps a measure null when no row has it', () => {
    const rows = [
      { k: 'a', activities: 1, familiesReached: 3, quantity: null, valueIdr: null },
      { k: 'b', activities: 2, familiesReached: null, quantity: 4, valueIdr: null },
      { k: 'a', activities: 1, familiesReached: 2, quantity: 1, valueIdr: null },
    ];
    expect([...totalsBy(rows, (r) => r.k)]).toEqual([
      ['a', { activities: 2, familiesReached: 5, quantity: 1, valueIdr: null }],
      ['b', { activities: 2, familiesReached: null, quantity: 4, valueIdr: null }],
    ]);
  });
});

describe('outputsOf', () => {
  it('adds quantities of one aid type and unit, never across units', () => {
    expect(
      outputsOf([
        { aidType: 'sumur bor', quantityUnit: 'titik', quantity: 2 },
        { aidType: 'sambungan rumah', quantityUnit: 'sambungan', quantity: 10 },
        { aidType: 'sumur bor', quantityUnit: 'titik', quantity: 3 },
        { aidType: 'tangki air', quantityUnit: 'hari', quantity: null },
      ]),
    ).toEqual([
      { aidType: 'sumur bor', unit: 'titik', quantity: 5 },
      { aidType: 'sambungan rumah', unit: 'sambungan', quantity: 10 },
    ]);
  });
});
