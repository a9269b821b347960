import { type DonorType, donorTypes, type RecipientType, recipientTypes } from '@/db/schema/enums';
import type { Period } from '@/lib/period';
import { InvalidPeriodError, parsePeriod } from '@/lib/period';
import type { Table, TableRow, Text2 } from './read-table';
import { krsFactors, normalizeHeader, type Template, type TemplateCode, type TemplateColumn, templates } from './templates';

// Checks every row of a file against a template and the region and indicator catalogue,
// and turns valid rows into observations. All problems are collected, none thrown: the
// caller writes nothing while any remains.

export type ImportRegion = { code: string; name: string; level: string; parentCode: string | null };

export type ImportContext = {
  /** The configured kab/kota; every region must lie in it. */
  regencyCode: string;
  /** The kab/kota and every region under it. */
  regions: ImportRegion[];
  indicators: { code: string; unit: string }[];
  /** Programme codes, for activity files. */
  programs?: string[];
  /** The period for rows without one (KRS files carry none). */
  period?: Period;
  /** Remembered header mapping: normalised file header -> template column key. */
  mapping?: Record<string, string>;
};

export type ImportIssue = { row: number; column: string; found: string; expected: Text2 };

export type ImportCell = {
  row: number;
  indicatorCode: string;
  regionCode: string;
  periodType: Period['periodType'];
  periodStart: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  coverage: number | null;
};

export type ActivityCell = {
  row: number;
  programCode: string;
  regionCode: string;
  date: string;
  aidType: string | null;
  recipientType: RecipientType | null;
  familiesReached: number | null;
  quantity: number | null;
  quantityUnit: string | null;
  valueIdr: number | null;
  donorName: string | null;
  donorType: DonorType | null;
  note: string | null;
};

export type ValidationResult = {
  cells: ImportCell[];
  /** Rows of an activities file (they go to the activities table, not observations). */
  activities: ActivityCell[];
  issues: ImportIssue[];
  headerRow: number;
  /** Template column key -> the file's header it was read from. */
  columns: Record<string, string>;
  /** File headers that matched no template column (offered for mapping). */
  unmatchedHeaders: string[];
  /** Required template columns the file lacks. */
  missingColumns: { key: string; label: string }[];
  dataRows: number;
};

const t = (id: string, en: string): Text2 => ({ id, en });

export function validateTable(table: Table, templateCode: TemplateCode, context: ImportContext): ValidationResult {
  const template = templates[templateCode];
  const header = findHeader(table.rows, template, context.mapping ?? {});
  const issues: ImportIssue[] = [];
  const result: ValidationResult = {
    cells: [],
    activities: [],
    issues,
    headerRow: header.row.rowNumber,
    columns: Object.fromEntries([...header.columns].map(([key, i]) => [key, header.row.cells[i] ?? ''])),
    unmatchedHeaders: header.unmatched,
    missingColumns: [],
    dataRows: 0,
  };

  const found = header.row.cells.filter(Boolean).join(' | ');
  if (header.row.cells.length === 1 && /[;,\t|]/.test(found) === false && table.rows.every((r) => r.cells.length === 1)) {
    issues.push({
      row: header.row.rowNumber,
      column: '-',
      found,
      expected: t(
        'kolom yang dipisahkan koma, titik koma atau tab (berkas hanya berisi satu kolom: pemisahnya salah?)',
        'columns separated by commas, semicolons or tabs (the file has one column only: wrong delimiter?)',
      ),
    });
    return result;
  }
  for (const column of template.columns) {
    if (column.required && !header.columns.has(column.key)) {
      result.missingColumns.push({ key: column.key, label: column.label });
      issues.push({
        row: header.row.rowNumber,
        column: column.label,
        found,
        expected: t(`kolom "${column.label}"`, `a column "${column.label}"`),
      });
    }
  }
  if (templateCode !== 'long' && !header.columns.has('region_code') && !header.columns.has('village')) {
    issues.push({
      row: header.row.rowNumber,
      column: 'Kode Wilayah / Kelurahan',
      found,
      expected: t('kolom "Kode Wilayah" atau "Kelurahan"', 'a column "Kode Wilayah" or "Kelurahan"'),
    });
  }
  if (issues.length > 0) return result;

  const dataRows = table.rows.filter((r) => r.rowNumber > header.row.rowNumber);
  const regions = new RegionIndex(context);
  const indicators = new Map(context.indicators.map((i) => [i.code, i]));
  const seen = new Map<string, number>();

  for (const row of dataRows) {
    const get = (key: string) => {
      const i = header.columns.get(key);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    if (isSubtotal(row, header.columns)) continue;
    result.dataRows++;
    const rowIssues: ImportIssue[] = [];
    const issue = (column: TemplateColumn | string, value: string, expected: Text2) =>
      rowIssues.push({
        row: row.rowNumber,
        column: typeof column === 'string' ? column : fileHeader(column),
        found: value,
        expected,
      });
    const fileHeader = (c: TemplateColumn) => result.columns[c.key] || c.label;
    const col = (key: string) => template.columns.find((c) => c.key === key) as TemplateColumn;

    if (templateCode === 'activities') {
      const activity = readActivity(row.rowNumber, get, context, regions, (key, value, expected) =>
        issue(col(key), value, expected),
      );
      if (rowIssues.length > 0) issues.push(...rowIssues);
      else if (activity) result.activities.push(activity);
      continue;
    }
    const period = readPeriod(get('period'), context.period, (value, expected) => issue(col('period'), value, expected));
    const cells: Omit<ImportCell, 'row' | 'regionCode' | 'periodType' | 'periodStart'>[] = [];
    let regionCode: string | null = null;

    if (templateCode === 'krs') {
      regionCode = regions.resolve(get('region_code'), get('village'), get('district'), (column, value, expected) =>
        issue(col(column), value, expected),
      );
      const families = readCount(get('target_families'), (v, e) => issue(col('target_families'), v, e));
      const krs = readCount(get('krs'), (v, e) => issue(col('krs'), v, e));
      if (families !== null && krs !== null && krs > families) {
        issue(
          col('krs'),
          get('krs'),
          t(`paling banyak ${families} (jumlah keluarga sasaran)`, `at most ${families} (the target families)`),
        );
      }
      if (families !== null)
        cells.push({ indicatorCode: 'target_families', value: families, numerator: null, denominator: null, coverage: null });
      if (krs !== null)
        cells.push({ indicatorCode: 'krs_families', value: krs, numerator: krs, denominator: families, coverage: null });
      for (const factor of krsFactors) {
        const n = readCount(get(factor.key), (v, e) => issue(col(factor.key), v, e));
        if (n === null) continue;
        if (krs !== null && n > krs) {
          issue(col(factor.key), get(factor.key), t(`paling banyak ${krs} (jumlah KRS)`, `at most ${krs} (the KRS count)`));
        }
        cells.push({ indicatorCode: factor.indicator, value: n, numerator: n, denominator: krs, coverage: null });
      }
    } else if (templateCode === 'eppgbm') {
      // Stunted (TB/U < -2 SD) = pendek + sangat pendek, out of the children measured; coverage
      // = measured / target children when the target is given (domain notes: always show coverage).
      regionCode = regions.resolve(get('region_code'), get('village'), get('district'), (column, value, expected) =>
        issue(col(column), value, expected),
      );
      const target =
        get('target_children') === '' ? null : readCount(get('target_children'), (v, e) => issue(col('target_children'), v, e));
      const measured = readCount(get('measured'), (v, e) => issue(col('measured'), v, e));
      const short = readCount(get('short'), (v, e) => issue(col('short'), v, e));
      const severe = readCount(get('severely_short'), (v, e) => issue(col('severely_short'), v, e));
      if (target !== null && measured !== null && measured > target) {
        issue(
          col('measured'),
          get('measured'),
          t(`paling banyak ${target} (balita sasaran)`, `at most ${target} (the target children)`),
        );
      }
      if (measured !== null && short !== null && severe !== null && short + severe > measured) {
        issue(
          col('short'),
          `${short} + ${severe}`,
          t(
            `pendek + sangat pendek paling banyak ${measured} (balita diukur)`,
            `short + severely short at most ${measured} (the children measured)`,
          ),
        );
      }
      if (measured !== null && short !== null && severe !== null) {
        const stunted = short + severe;
        const coverage = target ? (measured / target) * 100 : null;
        cells.push({ indicatorCode: 'stunted_children', value: stunted, numerator: stunted, denominator: measured, coverage });
      }
    } else {
      regionCode = regions.resolve(get('region'), get('region'), '', (_c, value, expected) =>
        issue(col('region'), value, expected),
      );
      const code = get('indicator');
      if (!indicators.has(code)) {
        issue(
          col('indicator'),
          code,
          t('kode indikator yang dikenal (mis. krs_families)', 'a known indicator code (e.g. krs_families)'),
        );
      }
      const value = readNumber(get('value'), true, (v, e) => issue(col('value'), v, e));
      const numerator = readNumber(get('numerator'), false, (v, e) => issue(col('numerator'), v, e));
      const denominator = readNumber(get('denominator'), false, (v, e) => issue(col('denominator'), v, e));
      const coverage = readNumber(get('coverage'), false, (v, e) => issue(col('coverage'), v, e));
      if (numerator !== null && denominator !== null && numerator > denominator) {
        issue(
          col('numerator'),
          get('numerator'),
          t(`paling banyak ${denominator} (penyebut)`, `at most ${denominator} (the denominator)`),
        );
      }
      if (coverage !== null && coverage > 100)
        issue(col('coverage'), get('coverage'), t('persen antara 0 dan 100', 'a percentage between 0 and 100'));
      if (value !== null) cells.push({ indicatorCode: code, value, numerator, denominator, coverage });
    }

    if (regionCode && period) {
      for (const cell of cells) {
        const key = `${cell.indicatorCode}|${regionCode}|${period.periodType}|${period.periodStart}`;
        const first = seen.get(key);
        if (first !== undefined) {
          rowIssues.push({
            row: row.rowNumber,
            column:
              templateCode === 'krs'
                ? fileHeader(col(header.columns.has('region_code') ? 'region_code' : 'village'))
                : fileHeader(col('region')),
            found: regionCode,
            expected: t(
              `satu baris per wilayah dan periode (sama dengan baris ${first})`,
              `one row per region and period (duplicates row ${first})`,
            ),
          });
          break;
        }
        seen.set(key, row.rowNumber);
      }
    }
    if (rowIssues.length > 0) issues.push(...rowIssues);
    else if (regionCode && period) {
      for (const cell of cells) result.cells.push({ ...cell, row: row.rowNumber, regionCode, ...period });
    }
  }
  if (result.dataRows === 0) {
    issues.push({
      row: header.row.rowNumber + 1,
      column: '-',
      found: '',
      expected: t('minimal satu baris data di bawah judul kolom', 'at least one data row below the headers'),
    });
  }
  return result;
}

/** The row (among the first 20) whose cells match the most template columns. */
function findHeader(rows: TableRow[], template: Template, mapping: Record<string, string>) {
  let best = { row: rows[0] as TableRow, columns: new Map<string, number>(), unmatched: [] as string[] };
  for (const row of rows.slice(0, 20)) {
    const columns = new Map<string, number>();
    const unmatched: string[] = [];
    row.cells.forEach((cell, i) => {
      const name = normalizeHeader(cell);
      if (!name) return;
      const key =
        mapping[name] ??
        template.columns.find(
          (c) => normalizeHeader(c.label) === name || normalizeHeader(c.key) === name || c.aliases.includes(name),
        )?.key;
      if (key && !columns.has(key)) columns.set(key, i);
      else unmatched.push(cell);
    });
    if (columns.size > best.columns.size) best = { row, columns, unmatched };
  }
  return best;
}

/** SIGA exports carry subtotal lines ("Jumlah Kecamatan ...", "TOTAL"): not data. */
function isSubtotal(row: TableRow, columns: Map<string, number>): boolean {
  const first = row.cells.find((c) => c.trim() !== '') ?? '';
  const village = columns.has('village') ? (row.cells[columns.get('village') as number] ?? '') : '';
  return /^(jumlah|total|sub ?total)\b/i.test(first.trim()) && !/^\d/.test(first) && village.trim() === '';
}

type Report = (value: string, expected: Text2) => void;

function readPeriod(raw: string, fallback: Period | undefined, report: Report): Period | null {
  if (!raw) {
    if (fallback) return fallback;
    report('', t('periode seperti 2024, 2024-S1, 2024-Q3 atau 2024-06', 'a period such as 2024, 2024-S1, 2024-Q3 or 2024-06'));
    return null;
  }
  try {
    return parsePeriod(raw);
  } catch (error) {
    if (!(error instanceof InvalidPeriodError)) throw error;
    report(raw, t('periode seperti 2024, 2024-S1, 2024-Q3 atau 2024-06', 'a period such as 2024, 2024-S1, 2024-Q3 or 2024-06'));
    return null;
  }
}

/**
 * Indonesian and English number spellings: "1.234" and "1,234" are 1234, "12,5" is 12.5.
 * Returns NaN for anything else.
 */
export function parseNumber(raw: string): number {
  const s = raw.replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^-?\d{1,3}(,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return Number.NaN;
}

function readNumber(raw: string, required: boolean, report: Report): number | null {
  if (raw === '') {
    if (required) report('', t('sebuah angka (kosong)', 'a number (the cell is empty)'));
    return null;
  }
  if (raw === '#FORMULA') {
    report(
      raw,
      t(
        'angka (rumus tanpa hasil tersimpan: simpan ulang berkas di Excel)',
        'a number (a formula without a saved result: save the file again in Excel)',
      ),
    );
    return null;
  }
  const n = parseNumber(raw);
  if (Number.isNaN(n)) {
    report(raw, t('sebuah angka', 'a number'));
    return null;
  }
  if (n < 0) {
    report(raw, t('angka 0 atau lebih', 'a number of 0 or more'));
    return null;
  }
  return n;
}

function readCount(raw: string, report: Report): number | null {
  const n = readNumber(raw, true, report);
  if (n !== null && !Number.isInteger(n)) {
    report(raw, t('bilangan bulat 0 atau lebih', 'a whole number of 0 or more'));
    return null;
  }
  return n;
}

function readActivity(
  row: number,
  get: (key: string) => string,
  context: ImportContext,
  regions: RegionIndex,
  report: (key: string, value: string, expected: Text2) => void,
): ActivityCell | null {
  const programCode = get('program');
  if (!(context.programs ?? []).includes(programCode)) {
    report(
      'program',
      programCode,
      t(
        `kode program yang dikenal (${(context.programs ?? []).join(', ')})`,
        `a known programme code (${(context.programs ?? []).join(', ')})`,
      ),
    );
  }
  const regionCode = regions.resolve(get('region_code'), get('village'), get('district'), (column, value, expected) =>
    report(column, value, expected),
  );
  const date = readDate(get('date'));
  if (!date)
    report('date', get('date'), t('tanggal seperti 2025-10-28 atau 28/10/2025', 'a date such as 2025-10-28 or 28/10/2025'));
  const optionalNumber = (key: string, whole: boolean) => {
    const raw = get(key);
    if (raw === '') return null;
    const n = readNumber(raw, false, (v, e) => report(key, v, e));
    if (n !== null && whole && !Number.isInteger(n)) {
      report(key, raw, t('bilangan bulat 0 atau lebih', 'a whole number of 0 or more'));
      return null;
    }
    return n;
  };
  const oneOf = <T extends string>(key: string, values: readonly T[]): T | null => {
    const raw = get(key);
    if (raw === '') return null;
    if (!(values as readonly string[]).includes(raw)) {
      report(key, raw, t(`salah satu dari ${values.join(', ')}`, `one of ${values.join(', ')}`));
      return null;
    }
    return raw as T;
  };
  const text = (key: string) => get(key) || null;
  const cell = {
    row,
    programCode,
    regionCode: regionCode ?? '',
    date: date ?? '',
    aidType: text('aid_type'),
    recipientType: oneOf('recipient_type', recipientTypes),
    familiesReached: optionalNumber('families_reached', true),
    quantity: optionalNumber('quantity', false),
    quantityUnit: text('quantity_unit'),
    valueIdr: optionalNumber('value_idr', false),
    donorName: text('donor_name'),
    donorType: oneOf('donor_type', donorTypes),
    note: text('note'),
  };
  return regionCode && date ? cell : null;
}

/** 2025-10-28, 28/10/2025 or 28-10-2025 as an ISO date; null when not a real date. */
export function readDate(raw: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : null;
}

/** Kemendagri codes, or names that ignore case, spacing and the "Kel."/"Desa" prefix. */
class RegionIndex {
  private byCode: Map<string, ImportRegion>;
  private byName = new Map<string, ImportRegion[]>();
  constructor(private context: ImportContext) {
    this.byCode = new Map(context.regions.map((r) => [r.code, r]));
    for (const r of context.regions) {
      const key = normalizeName(r.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), r]);
    }
  }

  resolve(
    code: string,
    name: string,
    districtName: string,
    report: (column: string, value: string, expected: Text2) => void,
  ): string | null {
    const regency = this.context.regencyCode;
    if (code && /^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/.test(code)) {
      if (!code.startsWith(`${regency}.`) && code !== regency) {
        report('region_code', code, t(`wilayah di dalam kab/kota ${regency}`, `a region inside the kab/kota ${regency}`));
        return null;
      }
      const region = this.byCode.get(code);
      if (!region) {
        report('region_code', code, t('kode Kemendagri yang dikenal', 'a known Kemendagri code'));
        return null;
      }
      return region.code;
    }
    if (!name) {
      report(
        code ? 'region_code' : 'village',
        code,
        t('kode Kemendagri atau nama wilayah', 'a Kemendagri code or a region name'),
      );
      return null;
    }
    let candidates = this.byName.get(normalizeName(name)) ?? [];
    if (districtName && candidates.length > 1) {
      const district = normalizeName(districtName);
      candidates = candidates.filter(
        (c) => c.parentCode && normalizeName(this.byCode.get(c.parentCode)?.name ?? '') === district,
      );
    }
    const column = code ? 'region_code' : 'village';
    if (candidates.length === 0) {
      report(column, name, t(`nama wilayah di kab/kota ${regency}`, `the name of a region in the kab/kota ${regency}`));
      return null;
    }
    if (candidates.length > 1) {
      const codes = candidates.map((c) => c.code).join(', ');
      report(
        column,
        name,
        t(
          `nama yang hanya satu wilayah (cocok: ${codes}; tulis kodenya)`,
          `a name of one region only (matches ${codes}; give the code)`,
        ),
      );
      return null;
    }
    return (candidates[0] as ImportRegion).code;
  }
}

export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(kel\.?|kelurahan|desa|kec\.?|kecamatan)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
