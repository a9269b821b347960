import { describe, expect, it } from 'vitest';
import { waterfall } from './waterfall';

const labels = { start: 'PK23', end: 'PK24', unallocated: 'other' };

describe('waterfall', () => {
  it('splits the change of the total into the parts, largest fall first, ending at the new total', () => {
    const w = waterfall(
      [
        { code: 'a', name: 'A', start: 100, end: 80 },
        { code: 'b', name: 'B', start: 50, end: 55 },
        { code: 'c', name: 'C', start: 70, end: 30 },
      ],
      { start: 220, end: 165 },
      labels,
    );
    expect(w.steps.map((s) => [s.code, s.from, s.to, s.value])).toEqual([
      ['start', 0, 220, 220],
      ['c', 220, 180, -40],
      ['a', 180, 160, -20],
      ['b', 160, 165, 5],
      ['end', 0, 165, 165],
    ]);
    expect(w.missing).toEqual([]);
  });

  it('lists parts without a figure and shows what they leave unexplained as its own step', () => {
    const w = waterfall(
      [
        { code: 'a', name: 'A', start: 100, end: 80 },
        { code: 'b', name: 'B', start: null, end: 10 },
      ],
      { start: 130, end: 95 },
      labels,
    );
    expect(w.missing).toEqual(['B']);
    expect(w.steps.map((s) => [s.code, s.from, s.to])).toEqual([
      ['start', 0, 130],
      ['a', 130, 110],
      ['unallocated', 110, 95],
      ['end', 0, 95],
    ]);
  });
});
