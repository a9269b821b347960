import { describe, expect, it } from 'vitest';
import type { IndicatorDto, SeriesPoint, SeriesResponse } from '@/lib/api/schemas';
import { exportFileName, trendTable } from './tables';

const indicator: IndicatorDto = {
  code: 'stunting_prevalence',
  name: { id: 'Prevalensi', en: 'Prevalence' },
  description: { id: '', en: '' },
  unit: 'percent',
  polarity: 'lower_is_better',
  domain: 'outcome',
  aggregation: 'ratio',
};

function point(period: string, value: number): SeriesPoint {
  return {
    period,
    periodType: 'year',
    periodStart: `${period}-01-01`,
    value,
    numerator: null,
    denominator: null,
    rate: value,
    coverage: null,
    source: 'ssgi',
    edition: `S${period}`,
    editionName: `Survey ${period}`,
    editionNameEn: null,
    releasedOn: `${period}-12-01`,
    citation: null,
    status: 'final',
    origin: 'published',
  };
}

describe('explore tables', () => {
  it('marks each point of a trend against the glide path to the next target', () => {
    const series: SeriesResponse = {
      indicator: 'stunting_prevalence',
      region: '36.73',
      unit: 'percent',
      source: 'ssgi',
      sources: [{ code: 'ssgi', name: { id: 'Survei', en: 'Survey' } }],
      points: [point('2019', 38.6), point('2021', 23.4), point('2023', 22.3)],
    };
    const target = {
      indicator: 'stunting_prevalence',
      region: null,
      period: '2024',
      periodStart: '2024-01-01',
      value: 14,
      legalBasis: 'Perpres 72/2021',
    };
    const table = trendTable([{ code: '36.73', name: 'Kota Serang', series }], indicator, [target], 'en');
    expect(table.rows.map((r) => [r.period, r.source, r.status])).toEqual([
      ['2019', 'Survey', 'baseline'],
      ['2021', 'Survey', 'on track'],
      ['2023', 'Survey', 'off track'],
    ]);
    expect(table.rows[2]?.glide).toBeCloseTo(18.92, 2);
  });

  it('names a download after its filters and the day', () => {
    expect(exportFileName(['peta', 'krs_families', '36.73.02', null, '2024-S1'], new Date('2026-11-27T10:00:00Z'))).toBe(
      'peta-krs_families-36.73.02-2024-S1-2026-11-27',
    );
  });
});
