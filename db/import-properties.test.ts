import { getTableName } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '@/lib/import/run-import';
import { tablesInDependencyOrder } from './backup';
import { auditLog, importBatches, observations } from './schema';
import { createTestDb, type TestDb } from './test/db';
import { createEdition, createObservation } from './test/factories';
import { createImportTree } from './test/factories-data';

// Generated KRS files (CSV with any delimiter, or XLSX) full of garbage, wrong types, unknown
// or ambiguous regions, missing columns, each with at least one bad row: the importer refuses
// every one with errors that say where and what was expected, and writes nothing at all.

const HEADER = [
  'Kode Wilayah',
  'Kecamatan',
  'Kelurahan',
  'Jumlah Keluarga Sasaran',
  'Jumlah KRS',
  'Sumber Air Minum Tidak Layak',
  'Jamban Tidak Layak',
  'Terlalu Muda',
  'Terlalu Tua',
  'Terlalu Dekat',
  'Terlalu Banyak',
];

let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  await createImportTree(db.db);
  const editionId = await createEdition(db.db, { source: 'test_pk', code: 'PK', releasedOn: '2025-01-15' });
  await createObservation(db.db, { indicatorCode: 'krs_families', regionCode: '99.01.01.1001', editionId, value: 40 });
});
afterAll(() => db.close());

const region = fc.oneof(
  fc.constantFrom('99.01.01.1001', '99.01.01.1002', '99.01.02.1001', 'Dua', 'Kel. Dua'),
  fc.constantFrom('Satu', '99.01.09.9999', '36.73.02.1001', '99.01', '99.01.01', ''),
  fc.string({ maxLength: 12 }),
);
const count = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 5000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('1.234', '12,5', '-5', '', 'abc', '1e309', '0x10', 'NaN', '=SUM(A1)', ' 7 ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const row = fc.tuple(
  region,
  fc.string({ maxLength: 8 }),
  fc.string({ maxLength: 8 }),
  fc.array(count, { minLength: 8, maxLength: 8 }),
);
// A row that can never pass: its region does not exist.
const certainlyBad = ['Kelurahan Tidak Ada', 'Alpha', 'Nowhere', '10', '5', '1', '1', '1', '1', '1', '1'];

const file = fc.record({
  rows: fc.array(row, { maxLength: 12 }).map((rs) => rs.map(([r, d, v, counts]) => [r, d, v, ...counts])),
  badAt: fc.nat(),
  dropColumn: fc.option(fc.integer({ min: 0, max: HEADER.length - 1 }), { freq: 4 }),
  delimiter: fc.constantFrom(',', ';', '\t'),
  xlsx: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

const quote = (cell: string, delimiter: string) =>
  /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;

async function encode(table: string[][], f: { delimiter: string; xlsx: boolean }): Promise<{ data: Uint8Array; name: string }> {
  if (!f.xlsx)
    return {
      data: new TextEncoder().encode(table.map((r) => r.map((c) => quote(c, f.delimiter)).join(f.delimiter)).join('\r\n')),
      name: 'krs.csv',
    };
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('KRS').addRows(table);
  return { data: new Uint8Array(await workbook.xlsx.writeBuffer()), name: 'krs.xlsx' };
}

const counts = async () => ({
  batches: (await db.db.select({ id: importBatches.id }).from(importBatches)).length,
  observations: (await db.db.select({ id: observations.id }).from(observations)).length,
  audit: (await db.db.select({ id: auditLog.id }).from(auditLog)).length,
});

async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tablesInDependencyOrder()) out[getTableName(table)] = JSON.stringify(await db.db.select().from(table));
  return out;
}

describe('importer under generated bad files', () => {
  it('refuses every file with located, explained errors and never writes a row', async () => {
    const before = await snapshot();
    const beforeCounts = await counts();
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        const rows = [...f.rows];
        rows.splice(f.badAt % (rows.length + 1), 0, certainlyBad);
        const table = [HEADER, ...rows].map((r) => r.filter((_, i) => i !== f.dropColumn));
        const { data, name } = await encode(table, f);
        const outcome = await runImport(db.db, {
          data,
          fileName: name,
          template: 'krs',
          source: 'test_pk',
          edition: 'PK',
          period: '2024',
          regencyCode: '99.01',
          actor: 'property@test',
          commit: true,
        });
        expect(['invalid', 'file_error']).toContain(outcome.status);
        if (outcome.status === 'invalid') {
          expect(outcome.issues.length).toBeGreaterThan(0);
          for (const issue of outcome.issues) {
            expect(Number.isInteger(issue.row) && issue.row >= 1, JSON.stringify(issue)).toBe(true);
            expect(issue.column.length, JSON.stringify(issue)).toBeGreaterThan(0);
            expect(issue.expected.id.length * issue.expected.en.length, JSON.stringify(issue)).toBeGreaterThan(0);
          }
        }
        if (outcome.status === 'file_error') expect(outcome.message.id.length * outcome.message.en.length).toBeGreaterThan(0);
        expect(await counts()).toEqual(beforeCounts);
      }),
      { numRuns: 500, seed: 9 },
    );
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});
