import { describe, expect, it } from 'vitest';
import { judge, medianRun, percentile, ratio, summarize } from './stats';

describe('percentile', () => {
  it('interpolates between closest ranks', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(percentile(samples, 50)).toBe(3);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(5);
    expect(percentile(samples, 95)).toBeCloseTo(4.8, 10);
    expect(percentile([10, 20], 25)).toBeCloseTo(12.5, 10);
  });

  it('refuses empty samples and out-of-range ranks', () => {
    expect(() => percentile([], 50)).toThrow(/no samples/);
    expect(() => percentile([1], 101)).toThrow(/outside/);
  });

  it('summarises 1..100 the way a spreadsheet does', () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(s).toMatchObject({ n: 100, p50: 50.5, mean: 50.5 });
    expect(s.p95).toBeCloseTo(95.05, 10);
    expect(s.p99).toBeCloseTo(99.01, 10);
  });
});

describe('ratio and judge', () => {
  it('gives ours as a multiple of the other and says by how much a target is missed', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 0)).toBeNull();
    expect(judge(40, 50, 'at_most')).toBe('met');
    expect(judge(61, 50, 'at_most')).toBe('missed by 22%');
    expect(judge(900, 1000, 'at_least')).toBe('missed by 10%');
    expect(judge(1200, 1000, 'at_least')).toBe('met');
  });
});

describe('medianRun', () => {
  it('keeps the whole run with the median score, the lower middle for an even count', () => {
    const runs = [
      { score: 80, tbt: 700 },
      { score: 67, tbt: 1200 },
      { score: 77, tbt: 800 },
    ];
    expect(medianRun(runs)).toEqual({ score: 77, tbt: 800 });
    expect(medianRun([{ score: 90 }, { score: 70 }]).score).toBe(70);
    expect(medianRun([{ score: 88 }]).score).toBe(88);
    expect(() => medianRun([])).toThrow(/no runs/);
  });
});
