import { and, asc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '@/lib/import/run-import';
import { observations, regions } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createObservation } from '../test/factories';
import { createImportTree, KRS_INDICATORS } from '../test/factories-data';
import { insertRollUp, rollUpSteps } from './rollups';

// The bulk roll-up (benchmark loads) and the import's row-by-row roll-up must write the same
// totals; a province gets one only when all of its kab/kota are loaded.

const HEADER =
  'Kode Wilayah,Jumlah Keluarga Sasaran,Jumlah KRS,Sumber Air Minum Tidak Layak,Jamban Tidak Layak,Terlalu Muda,Terlalu Tua,Terlalu Dekat,Terlalu Banyak';
const VILLAGE_ROWS = ['99.01.01.1001,100,20,5,4,1,2,3,1', '99.01.01.1002,300,45,9,8,2,0,1,3', '99.01.02.1001,50,12,3,1,1,1,0,2'];
const csv = (rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n'));
const importInput = { fileName: 'krs.csv', template: 'krs' as const, source: 'test_pk', edition: 'PK', period: '2024' };

const derivedRows = (db: TestDb) =>
  db.db
    .select({
      indicatorCode: observations.indicatorCode,
      regionCode: observations.regionCode,
      value: observations.value,
      numerator: observations.numerator,
      denominator: observations.denominator,
    })
    .from(observations)
    .where(and(eq(observations.isDerived, true), isNull(observations.supersededAt)))
    .orderBy(asc(observations.regionCode), asc(observations.indicatorCode));

describe('roll-ups', () => {
  let imported: TestDb;
  let bulk: TestDb;
  beforeAll(async () => {
    [imported, bulk] = await Promise.all([createTestDb(), createTestDb()]);
  });
  afterAll(async () => {
    await Promise.all([imported.close(), bulk.close()]);
  });

  it('writes the same kecamatan and kab/kota totals in bulk as the import does', async () => {
    await createImportTree(imported.db);
    await createEdition(imported.db, { source: 'test_pk', code: 'PK', releasedOn: '2025-01-15' });
    const outcome = await runImport(imported.db, {
      ...importInput,
      data: csv(VILLAGE_ROWS),
      regencyCode: '99.01',
      actor: 'test',
      commit: true,
    });
    expect(outcome.status).toBe('committed');

    // The same kelurahan figures, loaded directly, then rolled up level by level.
    await createImportTree(bulk.db);
    const editionId = await createEdition(bulk.db, { source: 'test_pk', code: 'PK', releasedOn: '2025-01-15' });
    const cells = await imported.db
      .select()
      .from(observations)
      .where(and(eq(observations.isDerived, false), isNull(observations.supersededAt)));
    for (const cell of cells) {
      await createObservation(bulk.db, { ...cell, id: undefined, batchId: null, editionId, origin: 'illustrative' });
    }
    for (const step of rollUpSteps) await insertRollUp(bulk.db, step, { origin: 'illustrative' });

    const expected = await derivedRows(imported);
    expect(expected.length).toBe(KRS_INDICATORS.length * 3); // two kecamatan and the city
    expect(expected.find((r) => r.regionCode === '99.01' && r.indicatorCode === 'krs_families')).toMatchObject({
      value: 77,
      numerator: 77,
      denominator: 450,
    });
    expect(await derivedRows(bulk)).toEqual(expected);
  });

  it('rolls up to a province only when every one of its kab/kota is loaded', async () => {
    const db = imported.db;
    // DKI Jakarta has six kab/kota in idn-area-data; load five, then the sixth.
    const regencies = ['31.01', '31.71', '31.72', '31.73', '31.74', '31.75'];
    await db.insert(regions).values({ code: '31', name: 'DKI Jakarta', level: 'province', parentCode: null });
    for (const [i, regency] of regencies.entries()) {
      await db.insert(regions).values([
        { code: regency, name: `Kota ${regency}`, level: 'regency', parentCode: '31' },
        { code: `${regency}.01`, name: `Kecamatan ${regency}`, level: 'district', parentCode: regency },
        { code: `${regency}.01.1001`, name: `Kelurahan ${regency}`, level: 'village', parentCode: `${regency}.01` },
      ]);
      const outcome = await runImport(db, {
        ...importInput,
        data: csv([`${regency}.01.1001,${100 + i},10,1,1,1,1,1,1`]),
        regencyCode: regency,
        actor: 'test',
        commit: true,
      });
      expect(outcome.status).toBe('committed');
      const province = (await derivedRows(imported)).filter((r) => r.regionCode === '31');
      if (i < regencies.length - 1) expect(province).toEqual([]);
      else {
        expect(province).toHaveLength(KRS_INDICATORS.length);
        expect(province.find((r) => r.indicatorCode === 'krs_families')).toMatchObject({ value: 60, denominator: 615 });
      }
    }
    // Province 99 (the first test's) is not in idn-area-data: never rolled up.
    expect((await derivedRows(imported)).some((r) => r.regionCode === '99')).toBe(false);
  });
});
