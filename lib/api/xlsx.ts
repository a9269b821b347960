import ExcelJS from 'exceljs';
import type { ExportTable } from './explore-schemas';

// XLSX downloads: one sheet with the table's own header labels and rows, numbers kept as
// numbers, so the file equals the table on screen (and the CSV) column for column.

export async function tableToXlsx(table: ExportTable): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pantau Stunting';
  const sheet = workbook.addWorksheet('data');
  sheet.columns = table.columns.map((c) => ({ header: c.label, key: c.key, width: Math.max(12, c.label.length + 2) }));
  for (const row of table.rows) sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])));
  sheet.getRow(1).font = { bold: true };
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

export function xlsxResponse(body: ArrayBuffer, filename: string): Response {
  return new Response(body, {
    headers: {
      'access-control-allow-origin': '*',
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${filename}.xlsx"`,
      'cache-control': 'no-store',
    },
  });
}

/** The table as CSV rows keyed by the on-screen column labels, in column order. */
export function tableToRows(table: ExportTable): Record<string, unknown>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.label, row[c.key] ?? null])));
}
