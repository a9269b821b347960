import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToRows, tableToXlsx } from './xlsx';

const table = {
  title: 'KRS · 2024',
  columns: [
    { key: 'name', label: 'Wilayah', numeric: false },
    { key: 'value', label: 'Jumlah', numeric: true },
    { key: 'rate', label: 'Persentase', numeric: true },
  ],
  rows: [
    { name: 'Kasemen', value: 4092, rate: 20.82 },
    { name: 'Curug', value: null, rate: null },
  ],
};

describe('table downloads', () => {
  it('writes the XLSX with the on-screen headers and the same rows, numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await tableToXlsx(table));
    const sheet = workbook.getWorksheet('data');
    if (!sheet) throw new Error('no sheet named data');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Wilayah', 'Jumlah', 'Persentase']);
    expect(values(2)).toEqual(['Kasemen', 4092, 20.82]);
    expect(values(3)).toEqual(['Curug']);
    expect(sheet.rowCount).toBe(3);
  });

  it('keys CSV rows by the on-screen labels, in column order', () => {
    expect(tableToRows(table)).toEqual([
      { Wilayah: 'Kasemen', Jumlah: 4092, Persentase: 20.82 },
      { Wilayah: 'Curug', Jumlah: null, Persentase: null },
    ]);
  });
});
