import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createIndicator, createObservation, createRegionTree } from '../test/factories';
import { getMapTimeline, getRegionPath } from './explore';
import { getExploreTable } from './explore-tables';

let t: TestDb;
let regency: string;
let districts: string[];

beforeAll(async () => {
  t = await createTestDb();
  ({ regency, districts } = await createRegionTree(t.db, { districts: ['Alpha', 'Beta'] }));
  const [a, b] = districts as [string, string];
  await createIndicator(t.db, { code: 'krs_families' });
  const year = await createEdition(t.db, { source: 'family', code: 'PK', releasedOn: '2025-01-31' });
  const semester = await createEdition(t.db, { source: 'family', code: 'VERVAL', releasedOn: '2024-08-01' });
  const other = await createEdition(t.db, { source: 'other', code: 'OTHER', releasedOn: '2025-03-01' });
  const krs = { indicatorCode: 'krs_families', denominator: 1000 };
  await createObservation(t.db, {
    ...krs,
    regionCode: a,
    editionId: year,
    periodStart: '2024-01-01',
    value: 300,
    numerator: 300,
  });
  await createObservation(t.db, {
    ...krs,
    regionCode: b,
    editionId: year,
    periodStart: '2024-01-01',
    value: 100,
    numerator: 100,
  });
  await createObservation(t.db, {
    ...krs,
    regionCode: a,
    editionId: semester,
    periodType: 'semester',
    periodStart: '2024-01-01',
    value: 400,
    numerator: 400,
  });
  // Another source's figure must not enter the time line of the most common source.
  await createObservation(t.db, { ...krs, regionCode: b, editionId: other, periodStart: '2025-01-01', value: 5, numerator: 5 });
});

afterAll(() => t.close());

describe(`explore queries (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('lists the periods of one source in time order, each with the rates of its children', async () => {
    const timeline = await getMapTimeline(t.db, { indicator: 'krs_families', parent: regency, root: regency });
    expect(timeline.source).toBe('family');
    // 2024-S1 (middle in April) comes before the year 2024 (middle in July), though both start on 1 January.
    expect(timeline.periods).toEqual([
      { period: '2024-S1', edition: 'VERVAL', editionName: 'Edition VERVAL', editionNameEn: null, rates: [40] },
      { period: '2024', edition: 'PK', editionName: 'Edition PK', editionNameEn: null, rates: [30, 10] },
    ]);
    expect(timeline.path.map((r) => r.code)).toEqual([regency]);
  });

  it('gives the breadcrumb from the kab/kota down', async () => {
    expect((await getRegionPath(t.db, districts[1] as string, regency)).map((r) => r.name)).toEqual([`Kota ${regency}`, 'Beta']);
  });

  it('builds the map table with the columns the downloads use', async () => {
    const { table, period } = await getExploreTable(t.db, {
      view: 'map',
      lang: 'en',
      indicator: 'krs_families',
      region: regency,
      period: '2024',
      level: 'children',
    });
    expect(period).toBe('2024');
    expect(table.columns.map((c) => c.key)).toEqual(['name', 'code', 'value', 'rate', 'period', 'edition', 'source', 'origin']);
    expect(table.rows.map((r) => [r.name, r.value, r.rate])).toEqual([
      ['Alpha', 300, 30],
      ['Beta', 100, 10],
    ]);
  });
});
