import { describe, expect, it } from 'vitest';
import { BENCH_EDITIONS, hashSeed, mulberry32, ROWS_PER_VILLAGE, villageRows } from './generate';

describe('synthetic benchmark data', () => {
  it('draws the same sequence for the same seed and a different one for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('gives a village the same rows on every run, whatever else is generated', () => {
    const first = villageRows(1, '36.73.02.1001');
    villageRows(1, '36.73.02.1002');
    expect(villageRows(1, '36.73.02.1001')).toEqual(first);
    expect(villageRows(2, '36.73.02.1001')).not.toEqual(first);
    expect(hashSeed(1, '36.73.02.1001')).not.toBe(hashSeed(1, '36.73.02.1002'));
  });

  it('writes one row per indicator, period and edition, with consistent numerators', () => {
    const rows = villageRows(7, '36.73.01.1001');
    expect(rows).toHaveLength(ROWS_PER_VILLAGE);
    expect(ROWS_PER_VILLAGE).toBe(223);
    const keys = new Set(rows.map((r) => `${r.indicatorCode}|${r.periodStart}|${r.edition}`));
    expect(keys.size).toBe(rows.length);
    for (const r of rows) {
      expect(BENCH_EDITIONS.some((e) => e.code === r.edition)).toBe(true);
      if (r.numerator !== null && r.denominator !== null) expect(r.numerator).toBeLessThanOrEqual(r.denominator);
      if (r.coverage !== null) expect(r.coverage).toBeLessThanOrEqual(100);
    }
  });
});
