import { describe, expect, it } from 'vitest';
import { wrapWords } from './share-image';

describe('wrapWords', () => {
  it('fills lines up to the limit and never splits a word', () => {
    expect(wrapWords('Tren keluarga berisiko stunting per edisi', 16)).toEqual([
      'Tren keluarga',
      'berisiko',
      'stunting per',
      'edisi',
    ]);
    expect(wrapWords('Persentase', 4)).toEqual(['Persentase']);
    expect(wrapWords('  a   b ', 10)).toEqual(['a b']);
  });
});
