import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createIndicator, createObservation, createRegionTree } from '../test/factories';
import { createTarget } from '../test/factories-explore';
import { getMapStatus } from './target-status';

let t: TestDb;
let regency: string;
let districts: string[];

// Four kecamatan with a prevalence (percent) in 2021 and 2023. National target 12 % in 2025;
// Delta has its own target 20 % in 2025. Path for a 2021 baseline of 24: due 18 in 2023.
beforeAll(async () => {
  t = await createTestDb();
  ({ regency, districts } = await createRegionTree(t.db, { districts: ['Alpha', 'Beta', 'Gamma', 'Delta'] }));
  await createIndicator(t.db, { code: 'prevalence', unit: 'percent', aggregation: 'ratio' });
  await createIndicator(t.db, { code: 'families' });
  const e2021 = await createEdition(t.db, { source: 'survey', code: 'S2021', releasedOn: '2022-01-31' });
  const e2023 = await createEdition(t.db, { source: 'survey', code: 'S2023', releasedOn: '2024-01-31' });
  const [a, b, c, d] = districts as [string, string, string, string];
  const figures: [string, number, number | null][] = [
    [a, 24, 17], // below the path (18): on track
    [b, 24, 21], // above it: off track
    [c, 24, null], // no 2023 figure: no data
    [d, 24, 21], // own target 20 in 2025: path due 22 in 2023, so on track
  ];
  for (const [region, first, second] of figures) {
    await createObservation(t.db, {
      indicatorCode: 'prevalence',
      regionCode: region,
      editionId: e2021,
      periodStart: '2021-01-01',
      value: first,
    });
    if (second !== null) {
      await createObservation(t.db, {
        indicatorCode: 'prevalence',
        regionCode: region,
        editionId: e2023,
        periodStart: '2023-01-01',
        value: second,
      });
    }
    await createObservation(t.db, {
      indicatorCode: 'families',
      regionCode: region,
      editionId: e2023,
      periodStart: '2023-01-01',
      value: 100,
    });
  }
  await createTarget(t.db, { indicator: 'prevalence', year: 2025, value: 12, legalBasis: 'Nasional' });
  await createTarget(t.db, { indicator: 'prevalence', region: d, year: 2025, value: 20, legalBasis: 'Perwal' });
});

afterAll(() => t.close());

describe(`getMapStatus (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('marks each kecamatan on or off the glide path to the target that applies to it', async () => {
    const status = await getMapStatus(t.db, { indicator: 'prevalence', parent: regency, period: '2023' });
    expect(status).toMatchObject({ period: '2023', source: 'survey', hasTargets: true });
    expect(status.regions.map((r) => [r.name, r.status])).toEqual([
      ['Alpha', 'on_track'],
      ['Beta', 'off_track'],
      ['Gamma', 'no_data'],
      ['Delta', 'on_track'],
    ]);
    const [alpha, , , delta] = status.regions;
    expect(alpha?.expected).toBeCloseTo(18, 1);
    expect(alpha?.target).toEqual({ period: '2025', value: 12, legalBasis: 'Nasional', national: true });
    expect(delta?.expected).toBeCloseTo(22, 1);
    expect(delta?.target).toMatchObject({ value: 20, legalBasis: 'Perwal', national: false });
  });

  it('calls the baseline period the baseline', async () => {
    const status = await getMapStatus(t.db, { indicator: 'prevalence', parent: regency, period: '2021' });
    expect(new Set(status.regions.map((r) => r.status))).toEqual(new Set(['baseline']));
  });

  it('says "no target" for every region of an indicator without targets', async () => {
    const status = await getMapStatus(t.db, { indicator: 'families', parent: regency, period: 'latest' });
    expect(status.hasTargets).toBe(false);
    expect(status.regions.map((r) => r.status)).toEqual(['no_target', 'no_target', 'no_target', 'no_target']);
    expect(status.regions.every((r) => r.target === null && r.expected === null)).toBe(true);
  });
});
