import { describe, expect, it } from 'vitest';
import { classColor, classIndex, classify, noDataColor, palette } from './classify';

const rates = [9.8, 12.1, 12.6, 13.4, 15.2, 22.9];

describe('classify', () => {
  it('splits values into five quantile classes that cover every value once', () => {
    const c = classify(rates);
    expect(c.method).toBe('quantile');
    expect(c.bins).toHaveLength(5);
    expect(c.bins[0]?.min).toBe(9.8);
    expect(c.bins.at(-1)?.max).toBe(22.9);
    expect(c.bins.reduce((n, b) => n + b.count, 0)).toBe(rates.length);
    for (let i = 1; i < c.bins.length; i++) expect(c.bins[i]?.min).toBe(c.bins[i - 1]?.max);
  });

  it('keeps missing values as no data, never in the lowest class', () => {
    const c = classify([null, 5, 10, undefined, 20]);
    expect(c.noDataCount).toBe(2);
    expect(c.bins.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(classIndex(c, null)).toBeNull();
    expect(classColor(c, null)).toBeNull();
    expect(classIndex(c, 5)).toBe(0);
  });

  it('treats zero as a value, not as no data', () => {
    const c = classify([0, 0, 3, null]);
    expect(c.noDataCount).toBe(1);
    expect(classIndex(c, 0)).toBe(0);
  });

  it('uses no more classes than distinct values', () => {
    expect(classify([4, 4, 4]).bins).toEqual([{ min: 4, max: 4, color: palette(1)[0], count: 3 }]);
    // tied quantile breaks collapse: [1, 2] holds 1, 2, 2 and (2, 3] holds 3
    expect(classify([1, 2, 2, 3]).bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [1, 2, 3],
      [2, 3, 1],
    ]);
  });

  it('returns no classes when nothing has a value', () => {
    const c = classify([null, null]);
    expect(c.bins).toEqual([]);
    expect(c.noDataCount).toBe(2);
    expect(classIndex(c, 3)).toBeNull();
  });

  it('groups by natural breaks with ckmeans', () => {
    const c = classify([1, 1.2, 1.1, 10, 10.5, 30], { method: 'ckmeans', classes: 3 });
    expect(c.bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [1, 1.2, 3],
      [10, 10.5, 2],
      [30, 30, 1],
    ]);
    // a value between clusters belongs to the next class up
    expect(classIndex(c, 5)).toBe(1);
  });

  it('clamps values outside the range to the end classes', () => {
    const c = classify(rates);
    expect(classIndex(c, -1)).toBe(0);
    expect(classIndex(c, 99)).toBe(c.bins.length - 1);
  });

  it('paints light to dark in a sequential palette distinct from the no-data fill', () => {
    const c = classify(rates);
    expect(c.bins.map((b) => b.color)).toEqual(['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026']);
    expect(c.bins.map((b) => b.color)).not.toContain(noDataColor);
    expect(classColor(c, 22.9)).toBe('#bd0026');
  });
});
