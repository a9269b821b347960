import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPrivacyViolations } from '@/lib/privacy/audit';
import * as pub from '@/lib/privacy/public-queries';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createIndicator, createObservation, createRegionTree } from '../test/factories';
import { createVillage } from '../test/factories-interventions';

// The public read layer on a kecamatan of four kelurahan: one small numerator (3 of 40),
// so the next-smallest numerator (8 of 100) is withheld too, the same way in every read.

let t: TestDb;
const KEC = '99.01.01';
const [SMALL, MID, BIG, NEXT] = ['99.01.01.1001', '99.01.01.1002', '99.01.01.1003', '99.01.01.1004'] as const;

beforeAll(async () => {
  t = await createTestDb();
  await createRegionTree(t.db, { districts: ['Alpha'] });
  await createIndicator(t.db, { code: 'krs_families', aggregation: 'ratio' });
  const edition = await createEdition(t.db, { source: 'family', code: 'PK24', releasedOn: '2025-01-31' });
  const figures: [string, number, number][] = [
    [SMALL, 3, 40],
    [MID, 20, 50],
    [BIG, 30, 60],
    [NEXT, 8, 100],
  ];
  for (const [code, numerator, denominator] of figures) {
    await createVillage(t.db, code);
    await createObservation(t.db, {
      indicatorCode: 'krs_families',
      regionCode: code,
      editionId: edition,
      value: numerator,
      numerator,
      denominator,
    });
  }
});

afterAll(() => t.close());

describe(`public reads (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  const params = { indicator: 'krs_families', parent: KEC, period: 'latest' } as const;

  it('withholds the small kelurahan and its complement on the map, and nothing when revealed', async () => {
    const map = await pub.getMap(t.db, params);
    expect(map.features.filter((f) => f.properties.suppressed).map((f) => f.id)).toEqual([SMALL, NEXT]);
    expect(findPrivacyViolations(map)).toEqual([]);
    const open = await pub.getMap(t.db, params, { reveal: true });
    expect(open.features.find((f) => f.id === SMALL)?.properties).toMatchObject({ numerator: 3, denominator: 40 });
  });

  it('withholds the complement in its own series and target standing too', async () => {
    const series = await pub.getSeries(t.db, { indicator: 'krs_families', region: NEXT });
    expect(series.points.map((p) => [p.suppressed, p.value, p.rate])).toEqual([[true, null, null]]);
    const visible = await pub.getSeries(t.db, { indicator: 'krs_families', region: MID });
    expect(visible.points.map((p) => p.value)).toEqual([20]);
    const status = await pub.getMapStatus(t.db, params);
    expect(status.regions.filter((r) => r.suppressed).map((r) => r.code)).toEqual([SMALL, NEXT]);
  });

  it("drops the withheld kelurahan's rates from the slider", async () => {
    const root = '99.01';
    const timeline = await pub.getMapTimeline(t.db, { indicator: 'krs_families', parent: KEC, root });
    expect(timeline.periods.map((p) => [...p.rates].sort((a, b) => a - b))).toEqual([[40, 50]]);
    const open = await pub.getMapTimeline(t.db, { indicator: 'krs_families', parent: KEC, root }, { reveal: true });
    expect(open.periods[0]?.rates).toHaveLength(4);
  });

  it('withholds the KRS of the same kelurahan in coverage', async () => {
    const coverage = await pub.getCoverage(t.db, { region: KEC, period: 'latest' });
    expect(coverage.data.filter((r) => r.krs === null).map((r) => r.code)).toEqual([SMALL, NEXT]);
    expect(findPrivacyViolations(coverage)).toEqual([]);
  });
});
