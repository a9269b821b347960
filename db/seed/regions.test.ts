import { and, asc, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionBoundaries, regions } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { APPROXIMATE_BOUNDARY_SOURCE, ensureRegions, UnknownRegionError } from './regions';

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await ensureRegions(t.db, '36.73');
});

afterAll(() => t.close());

async function countRegions(prefix: string, level: 'province' | 'regency' | 'district' | 'village') {
  const [row] = await t.db
    .select({ n: count() })
    .from(regions)
    .where(and(like(regions.code, `${prefix}%`), eq(regions.level, level)));
  return row?.n;
}

async function boundariesUnder(prefix: string) {
  return t.db
    .select({
      regionCode: regionBoundaries.regionCode,
      level: regions.level,
      provenance: regionBoundaries.provenance,
      source: regionBoundaries.source,
      id: regionBoundaries.id,
    })
    .from(regionBoundaries)
    .innerJoin(regions, eq(regions.code, regionBoundaries.regionCode))
    .where(like(regionBoundaries.regionCode, `${prefix}%`))
    .orderBy(asc(regionBoundaries.regionCode), asc(regionBoundaries.provenance));
}

describe(`ensureRegions (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('loads Kota Serang: its province, itself, 6 kecamatan and 67 kelurahan', async () => {
    const top = await t.db
      .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
      .from(regions)
      .where(like(regions.code, '36%'))
      .orderBy(asc(regions.code))
      .limit(2);
    expect(top).toEqual([
      { code: '36', name: 'Banten', level: 'province', parentCode: null },
      { code: '36.73', name: 'Kota Serang', level: 'regency', parentCode: '36' },
    ]);
    const districts = await t.db
      .select({ code: regions.code, name: regions.name, parentCode: regions.parentCode })
      .from(regions)
      .where(eq(regions.level, 'district'))
      .orderBy(asc(regions.code));
    expect(districts).toEqual(
      ['Serang', 'Kasemen', 'Walantaka', 'Curug', 'Cipocok Jaya', 'Taktakan'].map((name, i) => ({
        code: `36.73.0${i + 1}`,
        name,
        parentCode: '36.73',
      })),
    );
    expect(await countRegions('36.73.', 'village')).toBe(67);
    const [cibendung] = await t.db.select().from(regions).where(eq(regions.code, '36.73.06.1013'));
    expect(cibendung).toMatchObject({ name: 'Cibendung', level: 'village', parentCode: '36.73.06' });
  });

  it('stores approximate boundaries for the kab/kota, 6 kecamatan and the 66 kelurahan with a centre point', async () => {
    const rows = await boundariesUnder('36.73');
    expect(rows.filter((r) => r.level === 'regency')).toHaveLength(1);
    expect(rows.filter((r) => r.level === 'district')).toHaveLength(6);
    expect(rows.filter((r) => r.level === 'village')).toHaveLength(66);
    expect(new Set(rows.map((r) => r.provenance))).toEqual(new Set(['approximate']));
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set([APPROXIMATE_BOUNDARY_SOURCE]));
    // geografis has no centre point for Cibendung, so it has no shape of its own.
    expect(rows.map((r) => r.regionCode)).not.toContain('36.73.06.1013');
    const [regency] = await t.db
      .select({ geometry: regionBoundaries.geometry })
      .from(regionBoundaries)
      .where(eq(regionBoundaries.regionCode, '36.73'));
    expect(['Polygon', 'MultiPolygon']).toContain(regency?.geometry.type);
  });

  it('changes nothing when run again', async () => {
    const regionsBefore = await t.db.select().from(regions).orderBy(asc(regions.code));
    const boundariesBefore = await boundariesUnder('36');
    await ensureRegions(t.db, '36.73');
    expect(await t.db.select().from(regions).orderBy(asc(regions.code))).toEqual(regionsBefore);
    expect(await boundariesUnder('36')).toEqual(boundariesBefore);
  });

  it('adds Kabupaten Serang beside Kota Serang in the same database', async () => {
    await ensureRegions(t.db, '36.04');
    expect(await countRegions('36', 'province')).toBe(1);
    expect(await countRegions('36.04', 'regency')).toBe(1);
    expect(await countRegions('36.04.', 'district')).toBe(29);
    expect(await countRegions('36.04.', 'village')).toBe(326);
    expect(await countRegions('36.73.', 'district')).toBe(6);
    const rows = await boundariesUnder('36.04');
    expect(rows).toHaveLength(1 + 29 + 326);
  });

  it('completes a partly loaded kab/kota and never touches an imported boundary', async () => {
    const imported = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [106, -6],
          [106.1, -6],
          [106.1, -6.1],
          [106, -6],
        ],
      ],
    };
    await t.db.insert(regions).values([
      { code: '36.72', name: 'Kota Cilegon', level: 'regency', parentCode: '36' },
      { code: '36.72.01', name: 'Cilegon', level: 'district', parentCode: '36.72' },
    ]);
    await t.db
      .insert(regionBoundaries)
      .values({ regionCode: '36.72.01', geometry: imported, provenance: 'imported', source: 'batas-resmi.geojson' });

    await ensureRegions(t.db, '36.72');

    const rows = await t.db
      .select({ provenance: regionBoundaries.provenance, geometry: regionBoundaries.geometry, source: regionBoundaries.source })
      .from(regionBoundaries)
      .where(eq(regionBoundaries.regionCode, '36.72.01'))
      .orderBy(asc(regionBoundaries.provenance));
    expect(rows.map((r) => r.provenance)).toEqual(['approximate', 'imported']);
    expect(rows[1]).toEqual({ provenance: 'imported', geometry: imported, source: 'batas-resmi.geojson' });
    expect(await countRegions('36.72.', 'district')).toBe(8);
  });

  it('rejects a code that is not a kab/kota with a message naming it', async () => {
    await expect(ensureRegions(t.db, '99.99')).rejects.toThrow(UnknownRegionError);
    await expect(ensureRegions(t.db, '99.99')).rejects.toThrow(
      'REGION_CODE 99.99 is not a kab/kota in idn-area-data; use a code such as 36.73',
    );
    expect(await countRegions('99', 'regency')).toBe(0);
  });
});
