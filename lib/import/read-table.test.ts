import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FileError, readTable } from './read-table';
import { templateCodes, templateCsv, templateXlsx } from './templates';
import { type ImportContext, parseNumber, readDate, validateTable } from './validate';

// Malformed and awkward files: each gets a clear error or reads correctly, never a crash.

const HEADER =
  'Kode Wilayah;Kecamatan;Kelurahan;Jumlah Keluarga Sasaran;Jumlah KRS;Sumber Air Minum Tidak Layak;Jamban Tidak Layak;Terlalu Muda;Terlalu Tua;Terlalu Dekat;Terlalu Banyak';

const context: ImportContext = {
  regencyCode: '99.01',
  regions: [
    { code: '99.01', name: 'Kota Uji', level: 'regency', parentCode: '99' },
    { code: '99.01.01', name: 'Alpha', level: 'district', parentCode: '99.01' },
    { code: '99.01.01.1001', name: 'Cipocok Jaya', level: 'village', parentCode: '99.01.01' },
    { code: '99.01.01.1002', name: 'Pancur', level: 'village', parentCode: '99.01.01' },
  ],
  indicators: [{ code: 'krs_families', unit: 'families' }],
  period: { periodType: 'year', periodStart: '2024-01-01' },
};

const utf8 = (s: string) => new TextEncoder().encode(s);
const readError = async (data: Uint8Array, name = 'x.csv') => {
  const error = await readTable(data, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileError);
  return (error as FileError).text;
};

describe('readTable and validateTable with malformed files', () => {
  it('refuses an empty file', async () => {
    expect((await readError(new Uint8Array())).en).toMatch(/empty/);
    expect((await readError(utf8('\n\n  \n'))).en).toMatch(/empty/);
  });

  it('says a file with only headers has no data rows', async () => {
    const result = validateTable(await readTable(utf8(HEADER), 'krs.csv'), 'krs', context);
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 2, expected: expect.objectContaining({ en: 'at least one data row below the headers' }) }),
    ]);
  });

  it('names a wrong delimiter', async () => {
    const text = `${HEADER.replaceAll(';', ' : ')}\n99.01.01.1001 : Alpha : Cipocok Jaya : 100 : 20 : 1 : 1 : 1 : 1 : 1 : 1`;
    const result = validateTable(await readTable(utf8(text), 'krs.csv'), 'krs', context);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.expected.en).toMatch(/wrong delimiter/);
  });

  it('reads semicolons, UTF-16 with a BOM and Latin-1 alike', async () => {
    const text = `${HEADER}\n;Alpha;Cipocok Jaya;1.200;300;10;10;1;1;1;1\n;;Pancur;100;20;1;1;1;1;1;1`;
    const latin = `${HEADER}\n;Alpha;Cipocok Jaya;1.200;300;10;10;1;1;1;1\n;;Pancur;100;20;1;1;1;1;1;1\n;Catatan: data diperiksa oleh petugas é;;;;;;;;;`;
    for (const data of [
      utf8(text),
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]),
      iconv.encode(latin.split('\n').slice(0, 3).join('\n'), 'latin1'),
    ]) {
      const result = validateTable(await readTable(data, 'krs.csv'), 'krs', context);
      expect(result.issues).toEqual([]);
      expect(result.cells.find((c) => c.indicatorCode === 'target_families' && c.regionCode === '99.01.01.1001')?.value).toBe(
        1200,
      );
    }
    const table = await readTable(iconv.encode('Kelurahan;Catatan\nPancur;Keluarga sudah didampingi é', 'latin1'), 'x.csv');
    expect(table.rows[1]?.cells[1]).toBe('Keluarga sudah didampingi é');
  });

  it('reads formulas by their saved result, fills merged cells, and flags formulas without a result', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('KRS');
    sheet.addRow(['Data KRS Kota Uji 2024']);
    sheet.mergeCells('A1:K1');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow(['', 'Alpha', 'Cipocok Jaya', 100, { formula: 'D3/5', result: 20 }, 1, 1, 1, 1, 1, 1]);
    sheet.addRow(['', '', 'Pancur', 100, { formula: 'D4/5' }, 1, 1, 1, 1, 1, 1]);
    sheet.mergeCells('B3:B4');
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readTable(data, 'krs.xlsx');
    expect(table.rows[0]?.cells[5]).toBe('Data KRS Kota Uji 2024');
    expect(table.rows[3]?.cells[1]).toBe('Alpha');
    const result = validateTable(table, 'krs', context);
    expect(result.headerRow).toBe(2);
    expect(result.cells.find((c) => c.indicatorCode === 'krs_families')?.value).toBe(20);
    expect(result.issues).toEqual([
      {
        row: 4,
        column: 'Jumlah KRS',
        found: '#FORMULA',
        expected: expect.objectContaining({ en: expect.stringMatching(/formula/) }),
      },
    ]);
  });

  it('reads a 100,000-row file and reports its problems without giving up', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 100_000; i++) lines.push(`;;${i % 2 ? 'Pancur' : 'Cipocok Jaya'};100;20;1;1;1;1;1;1`);
    const table = await readTable(utf8(lines.join('\n')), 'big.csv');
    expect(table.rows).toHaveLength(100_001);
    const result = validateTable(table, 'krs', context);
    expect(result.dataRows).toBe(100_000);
    expect(result.issues).toHaveLength(99_998);
    expect(result.issues[0]?.expected.en).toMatch(/duplicates row 2/);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0,
    ]);
    expect((await readError(png, 'foto.png')).en).toMatch(/not a spreadsheet/);
    const fakeZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expect((await readError(fakeZip, 'krs.xlsx')).en).toMatch(/Excel workbook/);
    expect((await readError(utf8('hello'), 'krs.xlsx')).en).toMatch(/not an Excel workbook/);
  });
});

describe('readDate', () => {
  it('reads ISO and day-first dates and refuses impossible ones', () => {
    expect(readDate('2025-10-28')).toBe('2025-10-28');
    expect(readDate('8/1/2025')).toBe('2025-01-08');
    expect(readDate('28-10-2025')).toBe('2025-10-28');
    expect(readDate('31/02/2025')).toBeNull();
    expect(readDate('Oktober')).toBeNull();
  });
});

describe('parseNumber', () => {
  it('reads Indonesian and English spellings', () => {
    expect(parseNumber('1.234')).toBe(1234);
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('15 960')).toBe(15960);
    expect(parseNumber('abc')).toBeNaN();
    expect(parseNumber('-3')).toBe(-3);
  });
});

describe('the e-PPGBM template', () => {
  it('counts short and severely short children out of those measured, with coverage', async () => {
    const text = [
      'Kode Wilayah,Kecamatan,Kelurahan,Bulan,Jumlah Balita Sasaran,Jumlah Balita Diukur,Pendek,Sangat Pendek',
      '99.01.01.1001,Alpha,Cipocok Jaya,2024-06,1000,800,30,10',
      ',,Pancur,2024-06,,50,40,20',
      ',,Pancur,Juni,100,150,1,1',
    ].join('\n');
    const result = validateTable(await readTable(utf8(text), 'eppgbm.csv'), 'eppgbm', context);
    expect(result.cells).toEqual([
      expect.objectContaining({
        indicatorCode: 'stunted_children',
        regionCode: '99.01.01.1001',
        periodType: 'month',
        periodStart: '2024-06-01',
        value: 40,
        numerator: 40,
        denominator: 800,
        coverage: 80,
      }),
    ]);
    expect(result.issues.map((i) => [i.row, i.column, i.found])).toEqual([
      [3, 'Pendek', '40 + 20'],
      [4, 'Bulan', 'Juni'],
      [4, 'Jumlah Balita Diukur', '150'],
    ]);
  });
});

describe('templates', () => {
  it('read back through the importer without errors, as CSV and as XLSX', async () => {
    for (const code of templateCodes) {
      for (const data of [utf8(templateCsv(code)), await templateXlsx(code)]) {
        const table = await readTable(data, `templat-${code}`);
        const result = validateTable(table, code, {
          regencyCode: '36.73',
          regions: [
            { code: '36.73', name: 'Kota Serang', level: 'regency', parentCode: '36' },
            { code: '36.73.02', name: 'Kasemen', level: 'district', parentCode: '36.73' },
            { code: '36.73.02.1001', name: 'Kasemen', level: 'village', parentCode: '36.73.02' },
          ],
          indicators: [
            { code: 'krs_families', unit: 'families' },
            { code: 'stunted_children', unit: 'children' },
          ],
          programs: ['genting'],
        });
        expect(result.issues, code).toEqual([]);
        expect(result.cells.length + result.activities.length, code).toBeGreaterThan(0);
      }
    }
  });
});
