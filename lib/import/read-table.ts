import chardet from 'chardet';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

// Reads an uploaded CSV or XLSX into plain rows of strings. Never throws on bad input:
// anything unreadable becomes a FileError with a message a person can act on.

export type TableRow = { rowNumber: number; cells: string[] };
export type Table = { rows: TableRow[] };

export type Text2 = { id: string; en: string };

/** An unreadable file; the message in both languages. */
export class FileError extends Error {
  readonly text: Text2;
  constructor(en: string, id: string) {
    super(en);
    this.text = { id, en };
  }
}

export const MAX_ROWS = 200_000;

export async function readTable(data: Uint8Array, fileName: string): Promise<Table> {
  if (data.byteLength === 0) throw new FileError('The file is empty.', 'Berkas kosong.');
  if (isZip(data)) return readXlsx(data);
  if (/\.xlsx?$/i.test(fileName))
    throw new FileError(
      'The file is named .xlsx but is not an Excel workbook (XLSX).',
      'Berkas bernama .xlsx tetapi bukan buku kerja Excel (XLSX).',
    );
  return readCsv(decodeText(data));
}

function isZip(data: Uint8Array) {
  return data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/** UTF-8 (with or without BOM), UTF-16 by BOM, otherwise what chardet finds (Latin-1, Windows-1252). */
export function decodeText(data: Uint8Array): string {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let text: string;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) text = iconv.decode(buffer.subarray(2), 'utf16le');
  else if (buffer[0] === 0xfe && buffer[1] === 0xff) text = iconv.decode(buffer.subarray(2), 'utf16be');
  else if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) text = buffer.subarray(3).toString('utf8');
  else {
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    try {
      text = utf8.decode(buffer);
    } catch {
      const detected = chardet.detect(buffer.subarray(0, 64 * 1024)) ?? 'windows-1252';
      const encoding = /utf-16/i.test(detected) ? detected : iconv.encodingExists(detected) ? detected : 'windows-1252';
      text = iconv.decode(buffer, /^ISO-8859-1$/i.test(encoding) ? 'windows-1252' : encoding);
    }
  }
  if (looksBinary(text)) {
    throw new FileError(
      'The file is not a spreadsheet: expected a CSV text file or an Excel workbook (XLSX).',
      'Berkas bukan lembar kerja: yang diharapkan berkas teks CSV atau buku kerja Excel (XLSX).',
    );
  }
  return text;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

function readCsv(text: string): Table {
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy' });
  const rows: TableRow[] = [];
  // Papa does not report source line numbers; with skipped blank lines, count data rows in order.
  let rowNumber = 0;
  for (const cells of parsed.data) {
    rowNumber++;
    if (rows.length >= MAX_ROWS)
      throw new FileError(
        `The file has more than ${MAX_ROWS} rows; split it into smaller files.`,
        `Berkas berisi lebih dari ${MAX_ROWS} baris; bagi menjadi beberapa berkas.`,
      );
    rows.push({ rowNumber, cells: cells.map((c) => String(c ?? '').trim()) });
  }
  if (rows.length === 0) throw new FileError('The file is empty.', 'Berkas kosong.');
  return { rows };
}

async function readXlsx(data: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as never);
  } catch {
    throw new FileError(
      'The file could not be read as an Excel workbook (XLSX); save it again from Excel or as CSV.',
      'Berkas tidak dapat dibaca sebagai buku kerja Excel (XLSX); simpan ulang dari Excel atau sebagai CSV.',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0)
    throw new FileError(
      'The file is empty: its first sheet has no rows.',
      'Berkas kosong: lembar pertamanya tidak berisi baris.',
    );
  if (sheet.rowCount > MAX_ROWS)
    throw new FileError(
      `The file has more than ${MAX_ROWS} rows; split it into smaller files.`,
      `Berkas berisi lebih dari ${MAX_ROWS} baris; bagi menjadi beberapa berkas.`,
    );
  const rows: TableRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    if (cells.some((c) => c !== '')) rows.push({ rowNumber, cells });
  });
  if (rows.length === 0)
    throw new FileError(
      'The file is empty: its first sheet has no values.',
      'Berkas kosong: lembar pertamanya tidak berisi nilai.',
    );
  return { rows };
}

/** A cell's shown value: formulas give their cached result, merged cells their master's value. */
function cellText(cell: ExcelJS.Cell): string {
  const source = cell.isMerged && cell.master ? cell.master : cell;
  const value = source.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return '#FORMULA';
      return typeof result === 'object' && result && 'error' in result
        ? String((result as { error: string }).error)
        : String(result);
    }
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('error' in value) return String(value.error);
  }
  return String(value).trim();
}
