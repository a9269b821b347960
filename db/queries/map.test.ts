import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regions } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { createBoundary, createEdition, createIndicator, createObservation, createRegionTree } from '../test/factories';
import { InvalidParameterError, NotFoundError } from './errors';
import { getMapTimeline } from './explore';
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

describe(`getMap at kecamatan and kelurahan level (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  // Province 97 with two kab/kota: 97.01 (kecamatan 97.01.01-02) and 97.02 (kecamatan 97.02.01-03).
  let west: string[];
  let east: string[];
  const village = '97.02.01.1001';
  beforeAll(async () => {
    ({ districts: west } = await createRegionTree(t.db, { regency: '97.01', districts: ['West A', 'West B'] }));
    ({ districts: east } = await createRegionTree(t.db, { regency: '97.02', districts: ['East A', 'East B', 'East C'] }));
    await t.db.insert(regions).values({ code: village, name: 'Desa Satu', level: 'village', parentCode: east[0] as string });
    const edition = await createEdition(t.db, { source: 'family', code: 'PROV', releasedOn: '2025-02-28' });
    const figures: [string, number][] = [
      [west[0] as string, 10],
      [west[1] as string, 20],
      [east[0] as string, 30],
      [east[2] as string, 50],
      ['97.01', 30],
      [village, 30],
    ];
    for (const [regionCode, value] of figures) {
      await createObservation(t.db, {
        indicatorCode: 'krs_families',
        regionCode,
        editionId: edition,
        value,
        numerator: value,
        denominator: 100,
      });
    }
    for (const code of [...west, east[0] as string, east[2] as string]) await createBoundary(t.db, code, 'approximate');
  });

  it('draws every kecamatan of a province, across its kab/kota, with their figures', async () => {
    const map = await getMap(t.db, { indicator: 'krs_families', parent: '97', period: 'latest', level: 'district' });
    expect(map.features.map((f) => f.id)).toEqual([...west, ...east]);
    expect(map.features.map((f) => f.properties.rate)).toEqual([10, 20, 30, null, 50]);
    // One kecamatan has no shape: listed, and not drawn.
    expect(map.features.filter((f) => f.geometry !== null)).toHaveLength(4);
    expect(map.meta.regionsWithoutBoundary).toEqual([east[1]]);
    expect(map.meta).toMatchObject({ parent: '97', period: '2024', edition: { edition: 'PROV' } });
    // The province's children are its kab/kota.
    const children = await getMap(t.db, { indicator: 'krs_families', parent: '97', period: 'latest' });
    expect(children.features.map((f) => f.id)).toEqual(['97.01', '97.02']);
  });

  it('under a kab/kota, district level is its kecamatan; village level reaches below a province', async () => {
    const district = await getMap(t.db, { indicator: 'krs_families', parent: '97.02', period: 'latest', level: 'district' });
    expect(district.features.map((f) => f.id)).toEqual(east);
    const villages = await getMap(t.db, { indicator: 'krs_families', parent: '97', period: 'latest', level: 'village' });
    expect(villages.features.map((f) => [f.id, f.properties.value])).toEqual([[village, 30]]);
  });

  it('gives the slider the rates of every kecamatan of the province', async () => {
    const timeline = await getMapTimeline(t.db, { indicator: 'krs_families', parent: '97', root: '97.01', level: 'district' });
    expect(timeline.periods.map((p) => [p.period, p.rates])).toEqual([['2024', [10, 20, 30, 50]]]);
    expect(timeline.path.map((r) => r.code)).toEqual(['97']);
  });

  it('refuses a level that is not below the parent', async () => {
    const ask = (parent: string, level: 'district' | 'village') =>
      getMap(t.db, { indicator: 'krs_families', parent, period: 'latest', level });
    await expect(ask(east[0] as string, 'district')).rejects.toThrow(/is a kecamatan, and level=district/);
    await expect(ask(east[0] as string, 'district')).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(ask(village, 'village')).rejects.toBeInstanceOf(InvalidParameterError);
  });
});
