import { describe, expect, it } from 'vitest';
import { classColor, classIndex, classify, noDataColor, palette, recount } from './classify';

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

describe('equal interval, manual breaks and fixed breaks', () => {
  it('cuts equal-width classes between the lowest and highest value', () => {
    const c = classify([0, 1, 2, 9, 10], { method: 'equal', classes: 5 });
    expect(c.method).toBe('equal');
    expect(c.bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [0, 2, 3],
      [2, 4, 0],
      [4, 6, 0],
      [6, 8, 0],
      [8, 10, 2],
    ]);
  });

  it('cuts at manual breaks, ignoring breaks outside the data and duplicates', () => {
    const c = classify([5, 12, 15, 25], { method: 'manual', breaks: [20, 10, 10, -3, 99] });
    expect(c.bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [5, 10, 1],
      [10, 20, 2],
      [20, 25, 1],
    ]);
    expect(c.bins.map((b) => b.color)).toEqual(palette(3));
  });

  it('keeps the colour of a value when only the period changes (breaks over all periods)', () => {
    const period2023 = [20, 18, 15, 12, null];
    const period2024 = [14, 11, 9, 8, 7];
    const fixed = classify([...period2023, ...period2024], { method: 'quantile', classes: 4 });
    const shown2023 = recount(fixed, period2023);
    const shown2024 = recount(fixed, period2024);
    expect(shown2023.bins.map((b) => b.color)).toEqual(shown2024.bins.map((b) => b.color));
    expect(classColor(shown2023, 12)).toBe(classColor(shown2024, 12));
    expect(shown2023.noDataCount).toBe(1);
    expect(shown2024.bins.reduce((n, b) => n + b.count, 0)).toBe(5);
    // Per-period breaks would repaint the same value: 14 is the top class in 2024 only.
    const perPeriod = classify(period2024, { method: 'quantile', classes: 4 });
    expect(classColor(perPeriod, 14)).not.toBe(classColor(shown2024, 14));
  });
});
