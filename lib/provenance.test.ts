import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from './api/schemas';
import { anyIllustrative, editionLabel, pointEdition, shortFactorName } from './provenance';

const point: SeriesPoint = {
  period: '2024',
  periodType: 'year',
  periodStart: '2024-01-01',
  value: 15960,
  numerator: 15960,
  denominator: null,
  rate: null,
  coverage: null,
  source: 'bkkbn_pk',
  edition: 'PK24',
  editionName: 'PK24, rilis Januari 2025',
  editionNameEn: 'PK24, released January 2025',
  releasedOn: '2025-01-31',
  citation: 'DP3AKB Kota Serang',
  status: 'final',
  origin: 'published',
};

describe('pointEdition', () => {
  it('names the source from the series', () => {
    const ref = pointEdition({ sources: [{ code: 'bkkbn_pk', name: { id: 'BKKBN', en: 'BKKBN' } }] }, point);
    expect(ref).toEqual({
      source: 'bkkbn_pk',
      sourceName: { id: 'BKKBN', en: 'BKKBN' },
      edition: 'PK24',
      editionName: 'PK24, rilis Januari 2025',
      editionNameEn: 'PK24, released January 2025',
      releasedOn: '2025-01-31',
      citation: 'DP3AKB Kota Serang',
    });
  });
  it('falls back to the source code', () => {
    expect(pointEdition({ sources: [] }, point).sourceName).toEqual({ id: 'bkkbn_pk', en: 'bkkbn_pk' });
  });
});

describe('anyIllustrative', () => {
  it('is true only when a figure is illustrative', () => {
    expect(anyIllustrative(['published', null, 'illustrative'])).toBe(true);
    expect(anyIllustrative(['published', 'imported', null])).toBe(false);
    expect(anyIllustrative([])).toBe(false);
  });
});

describe('shortFactorName', () => {
  it('drops the KRS prefix the panel title already gives', () => {
    expect(shortFactorName('KRS dengan jamban tidak layak')).toBe('Jamban tidak layak');
    expect(shortFactorName('KRS 4T: terlalu muda')).toBe('4T: terlalu muda');
    expect(shortFactorName('KRS without a proper toilet')).toBe('Without a proper toilet');
    expect(shortFactorName('Air minum')).toBe('Air minum');
    expect(shortFactorName('KRS')).toBe('KRS');
  });
});

describe('editionLabel', () => {
  it('names the edition in the page language, falling back to its only name', () => {
    expect(editionLabel(point, 'id')).toBe('PK24, rilis Januari 2025');
    expect(editionLabel(point, 'en')).toBe('PK24, released January 2025');
    expect(editionLabel({ ...point, editionNameEn: null }, 'en')).toBe('PK24, rilis Januari 2025');
  });
});
