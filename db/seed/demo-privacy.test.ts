import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToRows } from '@/lib/api/xlsx';
import { findPrivacyViolations } from '@/lib/privacy/audit';
import * as pub from '@/lib/privacy/public-queries';
import { getExploreTable } from '../queries/explore-tables';
import { listIndicators } from '../queries/indicators';
import { createTestDb, type TestDb } from '../test/db';
import { ensureCatalogue } from './catalogue';
import { DEMO_REGION_CODE, seedDemo } from './demo';
import { ensureRegions } from './regions';

// The public read layer over the demo city: the demo holds small kelurahan counts
// (households reached by clean-water works), and no public read may show one.

const KOTA = DEMO_REGION_CODE;
const WALANTAKA = '36.73.03';
const SMALL_VILLAGE = '36.73.03.1011'; // 2 households with safe water in the demo's 2023
const YEAR = '2023';
const WATER = 'households_safe_water';

describe('public reads of the demo data', () => {
  let t: TestDb;
  let units: Record<string, string>;
  beforeAll(async () => {
    t = await createTestDb();
    await ensureCatalogue(t.db);
    await ensureRegions(t.db, KOTA);
    await seedDemo(t.db);
    units = Object.fromEntries((await listIndicators(t.db)).map((i) => [i.code, i.unit]));
  });
  afterAll(async () => t?.close());

  it('withholds the small kelurahan counts of a kecamatan map, with a complement, and reveals them when signed in', async () => {
    const params = { indicator: WATER, parent: WALANTAKA, period: YEAR };
    const map = await pub.getMap(t.db, params);
    const hidden = map.features.filter((f) => f.properties.suppressed);
    expect(hidden.map((f) => f.properties.code)).toContain(SMALL_VILLAGE);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(hidden.every((f) => f.properties.value === null && f.properties.rate === null)).toBe(true);
    expect(findPrivacyViolations(map, { unit: 'households' })).toEqual([]);

    const revealed = await pub.getMap(t.db, params, { reveal: true });
    const small = revealed.features.find((f) => f.properties.code === SMALL_VILLAGE);
    expect(small?.properties.value).toBe(2);
    expect(findPrivacyViolations(revealed, { unit: 'households' }).map((v) => v.kind)).toContain('small_count');
  });

  it('withholds the same cells on the all-kelurahan map of the city', async () => {
    const map = await pub.getMap(t.db, { indicator: WATER, parent: KOTA, period: YEAR, level: 'village' });
    const byParent = await pub.getMap(t.db, { indicator: WATER, parent: WALANTAKA, period: YEAR });
    const hiddenIn = (m: typeof map) =>
      m.features.filter((f) => f.properties.suppressed && f.properties.code.startsWith(`${WALANTAKA}.`)).map((f) => f.id);
    expect(hiddenIn(map)).toEqual(hiddenIn(byParent));
    expect(findPrivacyViolations(map, { unit: 'households' })).toEqual([]);
  });

  it('withholds the same point of a kelurahan series as its map, and the series checks clean', async () => {
    const series = await pub.getSeries(t.db, { indicator: WATER, region: SMALL_VILLAGE });
    const first = series.points.find((p) => p.period === YEAR);
    expect(first?.suppressed).toBe(true);
    expect(first?.value).toBeNull();
    expect(series.points.filter((p) => p.suppressed)).toHaveLength(1);
    expect(findPrivacyViolations(series)).toEqual([]);
  });

  it('writes <5 into the downloadable table (CSV and XLSX rows) instead of the figure', async () => {
    const reads = { getMap: pub.getMap, getSeries: pub.getSeries };
    const query = { view: 'map', lang: 'id', indicator: WATER, region: WALANTAKA, period: YEAR, level: 'children' } as const;
    const { table } = await getExploreTable(t.db, query, reads);
    const rows = tableToRows(table);
    expect(rows.some((r) => Object.values(r).includes('<5'))).toBe(true);
    expect(findPrivacyViolations(rows, { format: 'rows', unit: 'households' })).toEqual([]);
    const raw = tableToRows((await getExploreTable(t.db, query)).table);
    expect(findPrivacyViolations(raw, { format: 'rows', unit: 'households' }).length).toBeGreaterThan(0);
  });

  it('withholds kelurahan rows of the breakdown, coverage and activities', async () => {
    const breakdown = await pub.getBreakdown(t.db, { region: SMALL_VILLAGE, domain: 'intervention', period: YEAR });
    expect(breakdown.data.find((r) => r.indicator === WATER)?.suppressed).toBe(true);
    expect(findPrivacyViolations(breakdown, { units })).toEqual([]);

    for (const body of [
      await pub.getCoverage(t.db, { region: KOTA, period: 'latest' }),
      await pub.listActivities(t.db, { region: KOTA }),
    ])
      expect(findPrivacyViolations(body)).toEqual([]);
  });
});
