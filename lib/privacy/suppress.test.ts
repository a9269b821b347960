import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountCell,
  countFields,
  formatSuppressible,
  isPrimarySuppressed,
  isSmallCount,
  isVillageCode,
  labelWithheld,
  parentCodeOf,
  suppressSiblings,
  withheld,
} from './suppress';

const cell = (value: number | null, numerator: number | null = null, denominator: number | null = null): CountCell => ({
  value,
  numerator,
  denominator,
});

describe('small counts', () => {
  it('withholds 1 to 4, publishes 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 120, null].map(isSmallCount)).toEqual([false, true, true, false, false, false]);
  });

  it('looks at the value only for count units, at numerator and denominator always', () => {
    expect(isPrimarySuppressed(cell(3), true)).toBe(true);
    expect(isPrimarySuppressed(cell(3), false)).toBe(false); // a 3% prevalence is no count
    expect(isPrimarySuppressed(cell(12.5, 2, 16), false)).toBe(true);
    expect(isPrimarySuppressed(cell(40, 40, 3), true)).toBe(true);
  });

  it('knows kelurahan codes and their kecamatan', () => {
    expect(isVillageCode('36.73.02.1011')).toBe(true);
    expect(isVillageCode('36.73.02')).toBe(false);
    expect(parentCodeOf('36.73.02.1011')).toBe('36.73.02');
  });
});

describe('suppressSiblings', () => {
  const group = (values: (number | null)[]) => values.map((v, i) => ({ key: i, cell: cell(v) }));

  it('withholds nothing when no count is small', () => {
    expect([...suppressSiblings(group([10, 0, 7]), true)]).toEqual([]);
  });

  it('adds the next-smallest positive sibling when one count is small', () => {
    expect([...suppressSiblings(group([40, 3, 0, 9, 12]), true)].sort()).toEqual([1, 3]);
  });

  it('keeps two small counts as they are', () => {
    expect([...suppressSiblings(group([40, 3, 2, 9]), true)].sort()).toEqual([1, 2]);
  });

  it('hides a zero only when no positive sibling is left', () => {
    expect([...suppressSiblings(group([0, 3, null]), true)].sort()).toEqual([0, 1]);
  });

  it('protects numerators too when the lone small cell is the only one with a numerator', () => {
    const cells = [
      { key: 'a', cell: cell(50, 2, 50) },
      { key: 'b', cell: cell(30, 10, 30) },
      { key: 'c', cell: cell(20, 8, 20) },
    ];
    expect([...suppressSiblings(cells, false)].sort()).toEqual(['a', 'c']);
  });

  it('no withheld figure can be recovered as total minus the visible ones (property)', () => {
    const count = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 500 }));
    const cellArb = fc.record({ value: count, numerator: count, denominator: count });
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 14 }), fc.boolean(), (cells, countUnit) => {
        const keyed = cells.map((c, key) => ({ key, cell: c }));
        const hidden = suppressSiblings(keyed, countUnit);
        for (const k of keyed) if (isPrimarySuppressed(k.cell, countUnit)) expect(hidden.has(k.key)).toBe(true);
        for (const field of countFields(countUnit)) {
          const carrying = keyed.filter((k) => k.cell[field] !== null);
          const hiddenCarrying = carrying.filter((k) => hidden.has(k.key));
          // With one carrier only the parent total is that cell; nothing at kelurahan level can help.
          if (carrying.length < 2) continue;
          expect(hiddenCarrying.length).not.toBe(1);
          if (hiddenCarrying.length === 0) continue;
          const total = carrying.reduce((s, k) => s + (k.cell[field] ?? 0), 0);
          const visible = carrying.filter((k) => !hidden.has(k.key)).reduce((s, k) => s + (k.cell[field] ?? 0), 0);
          // What an outsider can derive is the sum of at least two hidden cells, which none equals alone
          // unless every other hidden cell is zero, and then several cells remain candidates.
          const candidates = hiddenCarrying.filter((k) => k.cell[field] === total - visible);
          expect(candidates.length === 0 || hiddenCarrying.length >= 2).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('withheld and formatSuppressible', () => {
  it('nulls every figure, the rate included, and flags the cell', () => {
    expect(withheld({ code: 'x', value: 3, numerator: 3, denominator: 40, rate: 7.5 })).toEqual({
      code: 'x',
      value: null,
      numerator: null,
      denominator: null,
      rate: null,
      suppressed: true,
    });
  });

  it('shows <5 for withheld figures and a dash for missing ones', () => {
    const f = (n: number) => n.toFixed(0);
    expect(formatSuppressible(null, true, f)).toBe('<5');
    expect(formatSuppressible(null, false, f)).toBe('–');
    expect(formatSuppressible(12, undefined, f)).toBe('12');
  });
});

describe('labelWithheld', () => {
  it('writes <5 into the nulled figures of a withheld CSV row and leaves other rows alone', () => {
    expect(labelWithheld({ code: 'x', value: null, rate: null, status: null, suppressed: true })).toEqual({
      code: 'x',
      value: '<5',
      rate: '<5',
      status: null,
      suppressed: true,
    });
    const open = { code: 'y', value: null };
    expect(labelWithheld(open)).toBe(open);
  });
});
