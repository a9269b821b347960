import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observations } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createIndicator, createObservation, createRegionTree } from '../test/factories';
import { NotFoundError } from './errors';
import { getSeries } from './series';

let t: TestDb;
let regency: string;

beforeAll(async () => {
  t = await createTestDb();
  ({ regency } = await createRegionTree(t.db));
  await createIndicator(t.db, { code: 'krs_families' });
  await createIndicator(t.db, { code: 'stunting_prevalence', unit: 'percent', aggregation: 'ratio' });
  // Editions released out of period order, and a second source for the same indicator.
  const late = await createEdition(t.db, { source: 'family', code: 'LATE', releasedOn: '2025-01-31' });
  const early = await createEdition(t.db, { source: 'family', code: 'EARLY', releasedOn: '2024-01-31' });
  const mid = await createEdition(t.db, { source: 'family', code: 'MID', releasedOn: '2024-10-15', citation: 'Stated Oct 2024' });
  const other = await createEdition(t.db, { source: 'other', code: 'OTHER', releasedOn: '2024-06-01' });
  await createObservation(t.db, {
    indicatorCode: 'krs_families',
    regionCode: regency,
    editionId: late,
    periodStart: '2024-01-01',
    value: 15960,
  });
  await createObservation(t.db, {
    indicatorCode: 'krs_families',
    regionCode: regency,
    editionId: early,
    periodStart: '2023-01-01',
    value: 23711,
  });
  await createObservation(t.db, {
    indicatorCode: 'krs_families',
    regionCode: regency,
    editionId: mid,
    periodType: 'semester',
    periodStart: '2024-01-01',
    value: 18421,
    numerator: 18421,
    denominator: 130184,
  });
  await createObservation(t.db, {
    indicatorCode: 'krs_families',
    regionCode: regency,
    editionId: other,
    periodStart: '2022-01-01',
    value: 99,
  });
  // A corrected figure: the superseded row stays in the table but leaves the series.
  const wrong = await createObservation(t.db, {
    indicatorCode: 'krs_families',
    regionCode: regency,
    editionId: early,
    periodStart: '2022-01-01',
    value: 1,
  });
  await t.db.update(observations).set({ supersededAt: '2025-02-01T00:00:00Z' }).where(eq(observations.id, wrong));
});

afterAll(() => t.close());

describe(`getSeries (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('orders points by period, then by edition release date, from the source with most points', async () => {
    const series = await getSeries(t.db, { indicator: 'krs_families', region: regency });
    expect(series.source).toBe('family');
    expect(series.points.map((p) => [p.edition, p.value, p.period])).toEqual([
      ['EARLY', 23711, '2023'],
      ['MID', 18421, '2024-S1'],
      ['LATE', 15960, '2024'],
    ]);
    expect(series.sources.map((s) => s.code)).toEqual(['family', 'other']);
  });

  it('never mixes sources in one series', async () => {
    const series = await getSeries(t.db, { indicator: 'krs_families', region: regency, source: 'other' });
    expect(series.points.map((p) => p.value)).toEqual([99]);
    expect(new Set(series.points.map((p) => p.source))).toEqual(new Set(['other']));
  });

  it('computes the rate from numerator and denominator and carries provenance', async () => {
    const series = await getSeries(t.db, { indicator: 'krs_families', region: regency });
    const mid = series.points.find((p) => p.edition === 'MID');
    expect(mid?.rate).toBeCloseTo(14.15, 2);
    expect(mid?.citation).toBe('Stated Oct 2024');
    expect(mid?.releasedOn).toBe('2024-10-15');
    expect(series.points.find((p) => p.edition === 'LATE')?.rate).toBeNull();
  });

  it('filters by period range', async () => {
    const series = await getSeries(t.db, { indicator: 'krs_families', region: regency, from: '2024', to: '2024' });
    expect(series.points.map((p) => p.edition)).toEqual(['MID', 'LATE']);
  });

  it('returns an empty series for a region without data', async () => {
    const series = await getSeries(t.db, { indicator: 'stunting_prevalence', region: regency });
    expect(series).toMatchObject({ source: null, points: [], sources: [] });
  });

  it('throws NotFoundError for unknown codes', async () => {
    await expect(getSeries(t.db, { indicator: 'nope', region: regency })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSeries(t.db, { indicator: 'krs_families', region: '98.01' })).rejects.toMatchObject({ entity: 'region' });
    await expect(getSeries(t.db, { indicator: 'krs_families', region: regency, source: 'nope' })).rejects.toMatchObject({
      entity: 'source',
    });
  });
});
