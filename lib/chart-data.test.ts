import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from './api/schemas';
import { axisTicks, dateToTime, niceMax, timeDomain, toEvents, toTargetMarks, toTimeline, yearTicks } from './chart-data';

const point = (over: Partial<SeriesPoint>): SeriesPoint => ({
  period: '2023',
  periodType: 'year',
  periodStart: '2023-01-01',
  value: 1,
  numerator: null,
  denominator: null,
  rate: null,
  coverage: null,
  source: 'bkkbn_pk',
  edition: 'PK23',
  editionName: 'Pendataan Keluarga 2023',
  editionNameEn: 'Family Data Collection 2023',
  releasedOn: '2024-01-31',
  citation: null,
  status: 'final',
  origin: 'published',
  ...over,
});

describe('toTimeline', () => {
  it('places each point at the middle of its period', () => {
    const [year, semester] = toTimeline([
      point({}),
      point({ period: '2024-S1', periodType: 'semester', periodStart: '2024-01-01', origin: 'illustrative' }),
    ]);
    expect(new Date(year?.x ?? 0).toISOString().slice(0, 10)).toBe('2023-07-02');
    expect(new Date(semester?.x ?? 0).toISOString().slice(0, 10)).toBe('2024-04-01');
    expect(semester?.illustrative).toBe(true);
  });
});

describe('timeDomain', () => {
  it('includes an annotation after the last point', () => {
    const xs = toTimeline([point({})]).map((p) => p.x);
    const event = dateToTime('2025-10-28');
    const [from, to] = timeDomain([...xs, event]);
    expect(from).toBeLessThan(xs[0] as number);
    expect(to).toBeGreaterThan(event);
  });
  it('pads a single point', () => {
    const [from, to] = timeDomain([dateToTime('2024-01-01')]);
    expect(to - from).toBe(60 * 86_400_000);
  });
});

describe('toEvents and toTargetMarks', () => {
  it('titles events in the page language', () => {
    const [event] = toEvents([{ date: '2025-10-28', kind: 'meeting', title: { id: 'Rakor', en: 'Meeting' }, body: null }], 'en');
    expect(event).toEqual({ x: dateToTime('2025-10-28'), date: '2025-10-28', title: 'Meeting' });
  });
  it('places a yearly target mid-year', () => {
    const [mark] = toTargetMarks([
      {
        indicator: 'stunting_prevalence',
        region: null,
        period: '2024',
        periodStart: '2024-01-01',
        value: 14,
        legalBasis: 'Perpres 72/2021',
      },
    ]);
    expect(new Date(mark?.x ?? 0).toISOString().slice(0, 10)).toBe('2024-07-02');
    expect(mark?.legalBasis).toBe('Perpres 72/2021');
  });
});

describe('axis helpers', () => {
  it('ticks every year inside the domain', () => {
    const ticks = yearTicks([dateToTime('2019-01-01'), dateToTime('2029-12-31')]);
    expect(ticks).toHaveLength(11);
  });
  it('rounds the top of a zero-based axis up', () => {
    expect(niceMax([23711, 18421])).toBe(30000);
    expect(niceMax([38.6, 14])).toBe(50);
    expect(niceMax([])).toBe(1);
  });
  it('ticks a zero-based axis in round steps', () => {
    expect(axisTicks(25000)).toEqual([0, 5000, 10000, 15000, 20000, 25000]);
    expect(axisTicks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(axisTicks(1.2)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1, 1.2]);
    expect(axisTicks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(0)).toEqual([0]);
  });
});
