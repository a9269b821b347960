import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '@/lib/import/run-import';
import { activities, observations } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createObservation } from '../test/factories';
import { createImportTree, createProgram } from '../test/factories-data';
import { getObservationHistory, ImportConflictError, rollbackBatch, saveImportMapping } from './imports';

const HEADER =
  'Kode Wilayah,Kecamatan,Kelurahan,Jumlah Keluarga Sasaran,Jumlah KRS,Sumber Air Minum Tidak Layak,Jamban Tidak Layak,Terlalu Muda,Terlalu Tua,Terlalu Dekat,Terlalu Banyak';
const csv = (...rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n'));

let db: TestDb;
let editionId: number;
const base = {
  fileName: 'krs.csv',
  template: 'krs' as const,
  source: 'test_pk',
  edition: 'PK',
  period: '2024',
  regencyCode: '99.01',
  actor: 'editor@test',
};

const currentValue = async (indicator: string, region: string) => {
  const rows = await db.db
    .select({ value: observations.value, isDerived: observations.isDerived, origin: observations.origin })
    .from(observations)
    .where(
      and(
        eq(observations.indicatorCode, indicator),
        eq(observations.regionCode, region),
        eq(observations.editionId, editionId),
        isNull(observations.supersededAt),
      ),
    );
  return rows[0];
};
const countRows = async () => (await db.db.select({ id: observations.id }).from(observations)).length;

beforeAll(async () => {
  db = await createTestDb();
  await createImportTree(db.db);
  editionId = await createEdition(db.db, { source: 'test_pk', code: 'PK', releasedOn: '2025-01-15' });
  // The city's published KRS figure: a roll-up must never replace it.
  await createObservation(db.db, {
    indicatorCode: 'krs_families',
    regionCode: '99.01',
    editionId,
    value: 999,
    origin: 'published',
  });
});
afterAll(() => db.close());

describe('import of a KRS file', () => {
  let firstBatch: number;
  let secondBatch: number;

  it('reports every problem at once and writes nothing', async () => {
    const before = await countRows();
    const outcome = await runImport(db.db, {
      ...base,
      commit: true,
      data: csv(
        '99.01.01.1001,Alpha,Satu,100,20,5,5,1,1,1,1',
        '99.01.09.9999,Alpha,Nowhere,100,abc,5,5,1,1,1,1',
        ',,Satu,100,120,5,5,1,1,1,1',
      ),
    });
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.issues.map((i) => [i.row, i.column, i.found])).toEqual([
      [3, 'Kode Wilayah', '99.01.09.9999'],
      [3, 'Jumlah KRS', 'abc'],
      [4, 'Kelurahan', 'Satu'],
      [4, 'Jumlah KRS', '120'],
    ]);
    expect(outcome.issues[2]?.expected.en).toMatch(/99\.01\.01\.1001, 99\.01\.02\.1001/);
    expect(await countRows()).toBe(before);
  });

  it('previews additions, commits them and rolls kelurahan up to kecamatan and city', async () => {
    const data = csv(
      '99.01.01.1001,Alpha,Satu,100,20,5,5,1,1,1,1',
      ',Alpha,Dua,200,30,6,6,2,2,2,2',
      ',Beta,Satu,300,40,7,7,3,3,3,3',
    );
    const preview = await runImport(db.db, { ...base, commit: false, data });
    expect(preview.status).toBe('preview');
    if (preview.status !== 'preview') return;
    expect(preview.preview.adds).toHaveLength(24);
    expect(preview.preview.changes).toHaveLength(0);

    const committed = await runImport(db.db, { ...base, commit: true, data });
    if (committed.status !== 'committed') throw new Error(committed.status);
    firstBatch = committed.result.batchId;
    expect(committed.result).toMatchObject({ added: 24, changed: 0, keptPublished: 1 });
    expect(await currentValue('krs_families', '99.01.01')).toEqual({ value: 50, isDerived: true, origin: 'imported' });
    expect(await currentValue('krs_families', '99.01.02')).toMatchObject({ value: 40, isDerived: true });
    expect(await currentValue('krs_families', '99.01')).toEqual({ value: 999, isDerived: false, origin: 'published' });
    expect(await currentValue('target_families', '99.01')).toMatchObject({ value: 600, isDerived: true });
  });

  it('supersedes a corrected value, keeps the old one in the history, and rolls back exactly', async () => {
    const data = csv(
      '99.01.01.1001,Alpha,Satu,100,25,5,5,1,1,1,1',
      ',Alpha,Dua,200,30,6,6,2,2,2,2',
      ',Beta,Satu,300,40,7,7,3,3,3,3',
    );
    const preview = await runImport(db.db, { ...base, commit: false, data });
    if (preview.status !== 'preview') throw new Error(preview.status);
    // The KRS count changes, and with it the denominator of the six factor rows.
    const changes = preview.preview.changes;
    expect(changes.map((c) => [c.indicatorCode, c.old.value, c.new.value])[0]).toEqual(['krs_families', 20, 25]);
    expect(changes.slice(1).map((c) => [c.old.denominator, c.new.denominator])).toEqual(Array(6).fill([20, 25]));
    expect(preview.preview.unchanged).toBe(17);

    const committed = await runImport(db.db, { ...base, commit: true, data, fileName: 'krs-fixed.csv' });
    if (committed.status !== 'committed') throw new Error(committed.status);
    secondBatch = committed.result.batchId;
    expect(await currentValue('krs_families', '99.01.01.1001')).toMatchObject({ value: 25 });
    expect(await currentValue('krs_families', '99.01.01')).toMatchObject({ value: 55 });

    const history = await getObservationHistory(db.db, {
      indicator: 'krs_families',
      region: '99.01.01.1001',
      periodType: 'year',
      periodStart: '2024-01-01',
    });
    expect(history.map((h) => [h.value, h.current, h.fileName, h.edition])).toEqual([
      [20, false, 'krs.csv', 'PK'],
      [25, true, 'krs-fixed.csv', 'PK'],
    ]);

    await expect(rollbackBatch(db.db, firstBatch, 'editor@test')).rejects.toThrow(ImportConflictError);
    const result = await rollbackBatch(db.db, secondBatch, 'editor@test');
    expect(result).toEqual({ withdrawn: 7 + 7 + 6, restored: 7 + 7 + 6 });
    expect(await currentValue('krs_families', '99.01.01.1001')).toMatchObject({ value: 20 });
    expect(await currentValue('krs_families', '99.01.01')).toMatchObject({ value: 50, isDerived: true });
    await expect(rollbackBatch(db.db, secondBatch, 'editor@test')).rejects.toThrow(/already rolled back/);

    await rollbackBatch(db.db, firstBatch, 'editor@test');
    expect(await currentValue('krs_families', '99.01.01.1001')).toBeUndefined();
    expect(await currentValue('krs_families', '99.01')).toEqual({ value: 999, isDerived: false, origin: 'published' });
  });
});

describe('header mapping', () => {
  it('offers the unknown headers for a missing column and remembers the choice', async () => {
    const data = new TextEncoder().encode(
      `${HEADER.replace('Jumlah KRS', 'Total KRS (keluarga)')}\n99.01.01.1001,Alpha,Satu,100,20,5,5,1,1,1,1`,
    );
    const first = await runImport(db.db, { ...base, commit: false, data });
    if (first.status !== 'invalid') throw new Error(first.status);
    expect(first.missingColumns).toEqual([{ key: 'krs', label: 'Jumlah Keluarga Berisiko Stunting' }]);
    expect(first.unmatchedHeaders).toEqual(['Total KRS (keluarga)']);

    await saveImportMapping(db.db, 'krs', { 'total krs keluarga': 'krs' }, 'editor@test');
    const second = await runImport(db.db, { ...base, commit: false, data });
    expect(second.status).toBe('preview');
    if (second.status === 'preview') expect(second.columns.krs).toBe('Total KRS (keluarga)');
  });
});

describe('import of activities', () => {
  it('adds the rows as one batch, checks programme, date and types, and rolls back by removing them', async () => {
    await createProgram(db.db, 'genting');
    const header =
      'Program,Kode Wilayah,Kecamatan,Kelurahan,Tanggal,Jenis Bantuan,Jenis Penerima,Keluarga Terjangkau,Jumlah,Satuan,Nilai (Rp),Donatur,Jenis Donatur,Catatan';
    const file = (...rows: string[]) => new TextEncoder().encode([header, ...rows].join('\n'));
    const activity = { ...base, template: 'activities' as const, source: '', edition: '', period: undefined };

    const invalid = await runImport(db.db, {
      ...activity,
      commit: true,
      data: file(
        'bimwin,99.01.01.1001,,,2025-10-28,,,,,,,,,',
        'genting,,Alpha,Dua,31/02/2025,,,,,,,,,',
        'genting,,Alpha,Dua,2025-10-28,,family,2.5,,,,,bank,',
      ),
    });
    if (invalid.status !== 'invalid') throw new Error(invalid.status);
    expect(invalid.issues.map((i) => [i.row, i.column, i.found])).toEqual([
      [2, 'Program', 'bimwin'],
      [3, 'Tanggal', '31/02/2025'],
      [4, 'Keluarga Terjangkau', '2.5'],
      [4, 'Jenis Donatur', 'bank'],
    ]);

    const data = file(
      'genting,99.01.01.1001,,,2025-10-28,sembako,family,25,25,paket,"3.750.000",Baznas,baznas,',
      'genting,,Beta,Satu,28/10/2025,beras,,10,100,kg,,,,',
    );
    const preview = await runImport(db.db, { ...activity, commit: false, data });
    if (preview.status !== 'preview') throw new Error(preview.status);
    expect(preview.preview.activities).toBe(2);
    const committed = await runImport(db.db, { ...activity, commit: true, data });
    if (committed.status !== 'committed') throw new Error(committed.status);
    const rows = await db.db.select().from(activities).where(eq(activities.batchId, committed.result.batchId));
    expect(rows.map((r) => [r.regionCode, r.date, r.valueIdr, r.familiesReached, r.origin])).toEqual([
      ['99.01.01.1001', '2025-10-28', 3750000, 25, 'imported'],
      ['99.01.02.1001', '2025-10-28', null, 10, 'imported'],
    ]);
    expect(await rollbackBatch(db.db, committed.result.batchId, 'editor@test')).toEqual({ restored: 0, withdrawn: 2 });
    expect(await db.db.select().from(activities).where(eq(activities.batchId, committed.result.batchId))).toEqual([]);
  });
});
