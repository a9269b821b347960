import { describe, expect, it } from 'vitest';
import { assess, compareFirstLast, latestValued } from './compare';

const krs = [
  { edition: 'PK23', value: 23711 },
  { edition: 'VERVAL24', value: 18421 },
  { edition: 'PK24', value: 15960 },
];

describe('compareFirstLast', () => {
  it('compares the first and last editions', () => {
    const c = compareFirstLast(krs, 'lower_is_better');
    expect(c?.first.edition).toBe('PK23');
    expect(c?.last.edition).toBe('PK24');
    expect(c?.change).toBe(-7751);
    expect(c?.changePct).toBeCloseTo(-32.69, 2);
    expect(c?.direction).toBe('down');
    expect(c?.assessment).toBe('better');
  });

  it('judges a fall as worse when higher is better', () => {
    expect(compareFirstLast(krs, 'higher_is_better')?.assessment).toBe('worse');
    expect(compareFirstLast(krs, 'neutral')?.assessment).toBe('neutral');
  });

  it('skips points without a value', () => {
    const c = compareFirstLast(
      [{ value: null }, { value: 10 }, { value: null }, { value: 12 }, { value: null }],
      'lower_is_better',
    );
    expect(c?.first.value).toBe(10);
    expect(c?.last.value).toBe(12);
    expect(c?.assessment).toBe('worse');
  });

  it('returns null with fewer than two values', () => {
    expect(compareFirstLast([], 'lower_is_better')).toBeNull();
    expect(compareFirstLast([{ value: 5 }, { value: null }], 'lower_is_better')).toBeNull();
  });

  it('gives no percent change from zero', () => {
    const c = compareFirstLast([{ value: 0 }, { value: 4 }], 'lower_is_better');
    expect(c?.change).toBe(4);
    expect(c?.changePct).toBeNull();
  });

  it('calls an equal pair unchanged', () => {
    expect(compareFirstLast([{ value: 3 }, { value: 3 }], 'lower_is_better')?.assessment).toBe('unchanged');
    expect(assess('flat', 'neutral')).toBe('unchanged');
  });
});

describe('latestValued', () => {
  it('finds the last point with a value', () => {
    expect(latestValued([{ value: 1 }, { value: 2 }, { value: null }])?.value).toBe(2);
    expect(latestValued([{ value: null }])).toBeNull();
  });
});
