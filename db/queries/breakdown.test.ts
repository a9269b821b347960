import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createIndicator, createObservation, createRegionTree } from '../test/factories';
import { getBreakdown } from './breakdown';

let t: TestDb;
let regency: string;

beforeAll(async () => {
  t = await createTestDb();
  ({ regency } = await createRegionTree(t.db));
  await createIndicator(t.db, { code: 'krs_families', sortOrder: 0 });
  await createIndicator(t.db, { code: 'krs_unsafe_water', domain: 'risk_factor', sortOrder: 1 });
  await createIndicator(t.db, { code: 'krs_unsafe_toilet', domain: 'risk_factor', sortOrder: 2 });
  await createIndicator(t.db, { code: 'krs_hidden', domain: 'risk_factor', isPublic: false, sortOrder: 3 });
  const old = await createEdition(t.db, { source: 'family', code: 'OLD', releasedOn: '2024-01-31' });
  const latest = await createEdition(t.db, { source: 'family', code: 'NEW', releasedOn: '2025-01-31' });
  const at = { regionCode: regency, editionId: latest };
  await createObservation(t.db, { ...at, indicatorCode: 'krs_families', value: 1000 });
  await createObservation(t.db, { ...at, indicatorCode: 'krs_unsafe_water', value: 600 });
  await createObservation(t.db, { ...at, indicatorCode: 'krs_unsafe_toilet', value: 700 });
  await createObservation(t.db, { ...at, indicatorCode: 'krs_hidden', value: 5 });
  await createObservation(t.db, {
    regionCode: regency,
    editionId: old,
    periodStart: '2023-01-01',
    indicatorCode: 'krs_unsafe_water',
    value: 900,
  });
});

afterAll(() => t.close());

describe(`getBreakdown (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('lists the public indicators of the domain for the latest edition, as shares of families at risk', async () => {
    const result = await getBreakdown(t.db, { region: regency, domain: 'risk_factor', period: 'latest' });
    expect(result.edition?.edition).toBe('NEW');
    expect(result.data.map((r) => [r.indicator, r.value, r.share])).toEqual([
      ['krs_unsafe_water', 600, 60],
      ['krs_unsafe_toilet', 700, 70],
    ]);
    // Families have several factors: shares are not forced to add up to 100.
    expect(result.data.reduce((sum, r) => sum + (r.share ?? 0), 0)).toBe(130);
  });

  it('answers an earlier period and an empty result for a domain without data', async () => {
    const old = await getBreakdown(t.db, { region: regency, domain: 'risk_factor', period: '2023' });
    expect(old.data).toEqual([expect.objectContaining({ indicator: 'krs_unsafe_water', value: 900, share: null })]);
    const none = await getBreakdown(t.db, { region: regency, domain: 'aid', period: 'latest' });
    expect(none).toMatchObject({ period: null, edition: null, data: [] });
  });
});
