import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { activities, annotations, editions, importBatches, observations, regions, targets } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { ensureCatalogue } from './catalogue';
import { DEMO_REGION_CODE, GENTING_EDITION, PUBLISHED_KRS, RISK_FACTOR_CODES, seedDemo } from './demo';
import { ensureRegions } from './regions';

const KASEMEN = '36.73.02';

type Row = {
  indicator: string;
  region: string;
  level: string;
  parent: string | null;
  edition: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  origin: string;
  isDerived: boolean;
  batchOrigin: string | null;
};

async function loadObservations(db: Db): Promise<Row[]> {
  return db
    .select({
      indicator: observations.indicatorCode,
      region: observations.regionCode,
      level: regions.level,
      parent: regions.parentCode,
      edition: editions.code,
      value: observations.value,
      numerator: observations.numerator,
      denominator: observations.denominator,
      origin: observations.origin,
      isDerived: observations.isDerived,
      batchOrigin: importBatches.origin,
    })
    .from(observations)
    .innerJoin(editions, eq(observations.editionId, editions.id))
    .innerJoin(regions, eq(observations.regionCode, regions.code))
    .leftJoin(importBatches, eq(observations.batchId, importBatches.id));
}

async function tableCounts(db: Db) {
  const n = async (
    table: typeof observations | typeof activities | typeof importBatches | typeof editions | typeof targets | typeof annotations,
  ) => (await db.select({ n: count() }).from(table))[0]?.n ?? -1;
  return {
    observations: await n(observations),
    activities: await n(activities),
    importBatches: await n(importBatches),
    editions: await n(editions),
    targets: await n(targets),
    annotations: await n(annotations),
  };
}

const sum = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);

describe('seedDemo', () => {
  let t: TestDb;
  let rows: Row[];
  const pick = (filter: Partial<Row>) => rows.filter((r) => Object.entries(filter).every(([k, v]) => r[k as keyof Row] === v));

  beforeAll(async () => {
    t = await createTestDb();
    await ensureCatalogue(t.db);
    await ensureRegions(t.db, DEMO_REGION_CODE);
    await seedDemo(t.db);
    rows = await loadObservations(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('makes the kelurahan KRS add up exactly to each published city figure', () => {
    expect(PUBLISHED_KRS.map((p) => p.value)).toEqual([23711, 18421, 15960]);
    for (const published of PUBLISHED_KRS) {
      const villages = pick({ indicator: 'krs_families', edition: published.edition, level: 'village' });
      expect(villages).toHaveLength(67);
      expect(sum(villages.map((r) => r.value))).toBe(published.value);
      const city = pick({ indicator: 'krs_families', edition: published.edition, region: DEMO_REGION_CODE });
      expect(city).toHaveLength(1);
      expect(city[0]).toMatchObject({
        value: published.value,
        numerator: published.value,
        origin: 'published',
        isDerived: false,
      });
    }
  });

  it('keeps the published Verval KRS 2024 rate of 14.15% consistent with the kelurahan target families', () => {
    const city = pick({ indicator: 'krs_families', edition: 'VERVAL24', region: DEMO_REGION_CODE })[0];
    expect(city?.denominator).toBe(130184);
    expect((100 * (city?.numerator ?? 0)) / (city?.denominator ?? 1)).toBeCloseTo(14.15, 2);
    const villages = pick({ indicator: 'target_families', edition: 'VERVAL24', level: 'village' });
    expect(sum(villages.map((r) => r.value))).toBe(130184);
    expect(pick({ indicator: 'krs_families', edition: 'PK23', region: DEMO_REGION_CODE })[0]?.denominator).toBeNull();
  });

  it('writes every kecamatan row as the sum of its kelurahan, and city rows as the sum of kecamatan', () => {
    const derived = rows.filter((r) => r.isDerived);
    expect(derived.length).toBeGreaterThan(0);
    for (const parent of derived) {
      const children = pick({ indicator: parent.indicator, edition: parent.edition, parent: parent.region });
      expect(children.length, `${parent.indicator} ${parent.edition} ${parent.region}`).toBeGreaterThan(0);
      expect(children.every((c) => c.origin === 'illustrative')).toBe(true);
      expect(parent.value).toBe(sum(children.map((c) => c.value)));
      expect(parent.numerator).toBe(children.every((c) => c.numerator === null) ? null : sum(children.map((c) => c.numerator)));
      expect(parent.denominator).toBe(
        children.every((c) => c.denominator === null) ? null : sum(children.map((c) => c.denominator)),
      );
    }
    for (const published of PUBLISHED_KRS) {
      expect(pick({ indicator: 'krs_families', edition: published.edition, level: 'district' })).toHaveLength(6);
    }
  });

  it('never writes an illustrative city KRS row next to the published one', () => {
    expect(pick({ indicator: 'krs_families', region: DEMO_REGION_CODE, origin: 'illustrative' })).toHaveLength(0);
  });

  it('gives Kasemen the highest KRS rate of the six kecamatan in every edition, by a clear margin', () => {
    for (const published of PUBLISHED_KRS) {
      const districts = pick({ indicator: 'krs_families', edition: published.edition, level: 'district' })
        .map((r) => ({ region: r.region, rate: (r.numerator ?? 0) / (r.denominator ?? 1) }))
        .sort((a, b) => b.rate - a.rate);
      expect(districts[0]?.region).toBe(KASEMEN);
      expect((districts[0]?.rate ?? 0) - (districts[1]?.rate ?? 0)).toBeGreaterThan(0.03);
    }
  });

  it('keeps each risk factor within the kelurahan KRS, overlapping rather than summing to it', () => {
    for (const published of PUBLISHED_KRS) {
      const krs = new Map(
        pick({ indicator: 'krs_families', edition: published.edition, level: 'village' }).map((r) => [r.region, r.value ?? 0]),
      );
      for (const code of RISK_FACTOR_CODES) {
        const villages = pick({ indicator: code, edition: published.edition, level: 'village' });
        expect(villages).toHaveLength(67);
        for (const v of villages) {
          expect(v.value).toBeLessThanOrEqual(krs.get(v.region) ?? -1);
          expect(v.denominator).toBe(krs.get(v.region));
        }
      }
      const cityFactors = RISK_FACTOR_CODES.map((code) =>
        pick({ indicator: code, edition: published.edition, region: DEMO_REGION_CODE }),
      );
      expect(cityFactors.every((f) => f.length === 1 && f[0]?.isDerived && f[0]?.origin === 'illustrative')).toBe(true);
      const factorTotal = sum(cityFactors.map((f) => f[0]?.value ?? 0));
      expect(factorTotal).not.toBe(published.value);
      // Every family at risk has at least one factor.
      expect(factorTotal).toBeGreaterThan(published.value);
    }
  });

  it('gives Kasemen the worst unsafe water and toilet shares, falling over the editions', () => {
    for (const code of ['krs_unsafe_water', 'krs_unsafe_toilet']) {
      const cityShares = PUBLISHED_KRS.map((published) => {
        const districts = pick({ indicator: code, edition: published.edition, level: 'district' })
          .map((r) => ({ region: r.region, share: (r.numerator ?? 0) / (r.denominator ?? 1) }))
          .sort((a, b) => b.share - a.share);
        expect(districts[0]?.region, `${code} ${published.edition}`).toBe(KASEMEN);
        const city = pick({ indicator: code, edition: published.edition, region: DEMO_REGION_CODE })[0];
        return (city?.numerator ?? 0) / (city?.denominator ?? 1);
      });
      expect([...cityShares].sort((a, b) => b - a)).toEqual(cityShares);
    }
  });

  it('tags published rows with the published batch and illustrative rows with the illustrative batch', async () => {
    expect(rows.every((r) => r.batchOrigin !== null && r.batchOrigin === r.origin)).toBe(true);
    const published = rows.filter((r) => r.origin === 'published');
    expect(published.every((r) => !r.isDerived)).toBe(true);
    expect(Object.fromEntries(pick({ indicator: 'stunting_prevalence' }).map((r) => [r.edition, r.value]))).toEqual({
      SSGBI2019: 38.6,
      SSGI2021: 23.4,
      SSGI2022: 23.8,
      SKI2023: 22.3,
    });
    expect(pick({ indicator: 'stunting_prevalence' }).every((r) => r.origin === 'published')).toBe(true);
    const june = pick({ indicator: 'stunted_children', edition: 'EPPGBM2024-06' });
    expect(june.every((r) => r.origin === 'published')).toBe(true);
    expect(june.find((r) => r.region === DEMO_REGION_CODE)?.value).toBe(732);
    expect(sum(june.filter((r) => r.level === 'district').map((r) => r.value))).toBe(732);
    expect(
      pick({ indicator: 'stunted_children', level: 'regency' })
        .map((r) => r.value ?? 0)
        .sort((a, b) => a - b),
    ).toEqual([732, 1214, 1536, 1951, 2799]);

    const batches = await t.db.select({ origin: importBatches.origin, rowCount: importBatches.rowCount }).from(importBatches);
    expect(batches.map((b) => b.origin).sort()).toEqual(['illustrative', 'published']);
    expect(batches.find((b) => b.origin === 'published')?.rowCount).toBe(published.length);
    const acts = await t.db
      .select({ origin: activities.origin, batchOrigin: importBatches.origin })
      .from(activities)
      .leftJoin(importBatches, eq(activities.batchId, importBatches.id));
    expect(acts.every((a) => a.origin === 'illustrative' && a.batchOrigin === 'illustrative')).toBe(true);
  });

  it('records GENTING aid per kelurahan consistently with the aid observations', async () => {
    const acts = await t.db
      .select({
        region: activities.regionCode,
        families: activities.familiesReached,
        value: activities.valueIdr,
        date: activities.date,
      })
      .from(activities)
      .where(eq(activities.programCode, 'genting'));
    const aidedVillages = new Set(acts.map((a) => a.region));
    expect(aidedVillages.size).toBeGreaterThanOrEqual(15);
    expect(aidedVillages.size).toBeLessThanOrEqual(25);
    expect(acts.every((a) => a.date === '2025-10-28')).toBe(true);
    const villages = pick({ indicator: 'genting_families_aided', edition: GENTING_EDITION, level: 'village' });
    for (const v of villages) {
      expect(v.value).toBe(sum(acts.filter((a) => a.region === v.region).map((a) => a.families)));
    }
    const cityValue = pick({ indicator: 'aid_value_idr', edition: GENTING_EDITION, region: DEMO_REGION_CODE })[0];
    expect(cityValue?.value).toBe(sum(acts.map((a) => a.value)));
  });

  it('records every programme as activities that add up to the OPD intervention figures, Kasemen first', async () => {
    const acts = await t.db
      .select({
        program: activities.programCode,
        region: activities.regionCode,
        date: activities.date,
        families: activities.familiesReached,
        quantity: activities.quantity,
      })
      .from(activities);
    expect(new Set(acts.map((a) => a.program))).toEqual(
      new Set(['genting', 'clean_water', 'sanitation', 'phbs', 'nutrition_education', 'bimwin']),
    );
    expect(acts.every((a) => a.date <= '2025-10-31')).toBe(true);
    const total = (program: string, year: string, field: 'families' | 'quantity', region?: string) =>
      sum(
        acts
          .filter((a) => a.program === program && a.date.startsWith(year) && (!region || a.region.startsWith(region)))
          .map((a) => a[field]),
      );
    const checks = [
      ['households_safe_water', 'clean_water', 'families'],
      ['households_safe_toilet', 'sanitation', 'families'],
      ['phbs_households', 'phbs', 'quantity'],
      ['nutrition_education_participants', 'nutrition_education', 'quantity'],
      ['bimwin_participants', 'bimwin', 'quantity'],
    ] as const;
    for (const [indicator, program, field] of checks) {
      for (const edition of ['OPD2023', 'OPD2024', 'OPD2025']) {
        const year = `20${edition.slice(-2)}`;
        for (const d of pick({ indicator, edition, level: 'district' })) {
          expect(total(program, year, field, d.region), `${program} ${year} ${d.region}`).toBe(d.value);
        }
      }
    }
    for (const year of ['2023', '2024', '2025']) {
      const water = acts.filter((a) => a.program === 'clean_water' && a.date.startsWith(year));
      const firstKasemen =
        water
          .filter((a) => a.region.startsWith(KASEMEN))
          .map((a) => a.date)
          .sort()[0] ?? '';
      const firstOther =
        water
          .filter((a) => !a.region.startsWith(KASEMEN))
          .map((a) => a.date)
          .sort()[0] ?? '';
      expect(firstKasemen < firstOther).toBe(true);
    }
  });

  it('writes nothing on a second call', async () => {
    const before = await tableCounts(t.db);
    await seedDemo(t.db);
    expect(await tableCounts(t.db)).toEqual(before);
  });
});

describe('seedDemo failing half-way', () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb();
    await ensureCatalogue(t.db);
    await t.db.insert(regions).values([
      { code: '36', name: 'Banten', level: 'province', parentCode: null },
      { code: DEMO_REGION_CODE, name: 'Kota Serang', level: 'regency', parentCode: '36' },
      ...['01', '02', '03', '04', '05', '06'].map((d) => ({
        code: `36.73.${d}`,
        name: `Kecamatan ${d}`,
        level: 'district' as const,
        parentCode: DEMO_REGION_CODE,
      })),
    ]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('rolls back the rows written before a missing kelurahan list stops it', async () => {
    await expect(seedDemo(t.db)).rejects.toThrow(/no kelurahan/);
    expect(await tableCounts(t.db)).toEqual({
      observations: 0,
      activities: 0,
      importBatches: 0,
      editions: 0,
      targets: 0,
      annotations: 0,
    });
  });

  it('rolls back when a kecamatan the figures need is missing', async () => {
    await t.db.insert(regions).values([
      { code: '36.73.02.1001', name: 'Kasemen', level: 'village', parentCode: KASEMEN },
      { code: '36.73.04.1001', name: 'Curug', level: 'village', parentCode: '36.73.04' },
    ]);
    await t.db.delete(regions).where(inArray(regions.code, ['36.73.04']));
    await expect(seedDemo(t.db)).rejects.toThrow();
    expect(await tableCounts(t.db)).toEqual({
      observations: 0,
      activities: 0,
      importBatches: 0,
      editions: 0,
      targets: 0,
      annotations: 0,
    });
  });
});
