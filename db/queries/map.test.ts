import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../test/db';
import { createBoundary, createEdition, createIndicator, createObservation, createRegionTree } from '../test/factories';
import { NotFoundError } from './errors';
import { getMap } from './map';

let t: TestDb;
let regency: string;
let districts: string[];

beforeAll(async () => {
  t = await createTestDb();
  ({ regency, districts } = await createRegionTree(t.db, { districts: ['Alpha', 'Beta', 'Gamma'] }));
  const [a, b, c] = districts as [string, string, string];
  await createIndicator(t.db, { code: 'krs_families' });
  const old = await createEdition(t.db, { source: 'family', code: 'OLD', releasedOn: '2024-01-31' });
  const latest = await createEdition(t.db, { source: 'family', code: 'NEW', releasedOn: '2025-01-31' });
  await createObservation(t.db, {
    indicatorCode: 'krs_families',
    regionCode: a,
    editionId: old,
    periodStart: '2023-01-01',
    value: 500,
    numerator: 500,
    denominator: 1000,
  });
  await createObservation(t.db, {
    indicatorCode: 'krs_families',
    regionCode: a,
    editionId: latest,
    value: 300,
    numerator: 300,
    denominator: 1000,
  });
  await createObservation(t.db, {
    indicatorCode: 'krs_families',
    regionCode: b,
    editionId: latest,
    value: 100,
    numerator: 100,
    denominator: 2000,
  });
  // Gamma has no figure in the latest edition; the regency's own figure is not a child.
  await createObservation(t.db, { indicatorCode: 'krs_families', regionCode: regency, editionId: latest, value: 400 });
  await createBoundary(t.db, a, 'approximate');
  await createBoundary(t.db, a, 'imported', 'batas-resmi.geojson');
  await createBoundary(t.db, b, 'approximate');
  void c;
});

afterAll(() => t.close());

describe(`getMap (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('returns one feature per child region for the latest edition, with rates', async () => {
    const map = await getMap(t.db, { indicator: 'krs_families', parent: regency, period: 'latest' });
    expect(map.features.map((f) => f.properties.code)).toEqual(districts);
    expect(map.meta).toMatchObject({ period: '2024', edition: { edition: 'NEW', source: 'family' } });
    const [a, b, c] = map.features;
    expect(a?.properties).toMatchObject({ value: 300, rate: 30 });
    expect(b?.properties).toMatchObject({ value: 100, rate: 5 });
    // No data stays null, never zero.
    expect(c?.properties).toMatchObject({ value: null, rate: null, origin: null });
  });

  it('selects an earlier period on request', async () => {
    const map = await getMap(t.db, { indicator: 'krs_families', parent: regency, period: '2023' });
    expect(map.meta.edition?.edition).toBe('OLD');
    expect(map.features[0]?.properties.value).toBe(500);
    expect(map.features[1]?.properties.value).toBeNull();
  });

  it('draws an imported boundary over the approximate one and says which regions have none', async () => {
    const map = await getMap(t.db, { indicator: 'krs_families', parent: regency, period: 'latest' });
    expect(map.features[0]?.geometry).not.toBeNull();
    expect(map.features[2]?.geometry).toBeNull();
    expect(map.meta.regionsWithoutBoundary).toEqual([districts[2]]);
    // Beta is still approximate, so the map as a whole is labelled approximate.
    expect(map.meta.boundaryProvenance).toBe('approximate');
  });

  it('answers an empty map for a period without data and 404s unknown codes', async () => {
    const map = await getMap(t.db, { indicator: 'krs_families', parent: regency, period: '2019' });
    expect(map.meta.period).toBe('2019');
    expect(map.features.every((f) => f.properties.value === null)).toBe(true);
    await expect(getMap(t.db, { indicator: 'krs_families', parent: '98.01', period: 'latest' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
