import ExcelJS from 'exceljs';

// The import templates: which columns a file has (with the other spellings seen in the
// national systems' exports) and how a row becomes observations.

export type TemplateColumn = {
  key: string;
  label: string;
  aliases: string[];
  required: boolean;
  kind: 'region' | 'text' | 'count' | 'number' | 'period';
};

export type Template = {
  code: TemplateCode;
  columns: TemplateColumn[];
  /** Example rows for the downloadable template (values in the order of `columns`). */
  example: string[][];
};

export const templateCodes = ['krs', 'eppgbm', 'activities', 'long'] as const;
export type TemplateCode = (typeof templateCodes)[number];

const regionColumns: TemplateColumn[] = [
  {
    key: 'region_code',
    label: 'Kode Wilayah',
    aliases: ['kode', 'kode kemendagri', 'kode kelurahan', 'kode desa', 'kode wilayah'],
    required: false,
    kind: 'region',
  },
  { key: 'district', label: 'Kecamatan', aliases: ['nama kecamatan', 'kec'], required: false, kind: 'text' },
  {
    key: 'village',
    label: 'Kelurahan',
    aliases: ['desa', 'kelurahan desa', 'desa kelurahan', 'nama kelurahan', 'nama desa', 'kel'],
    required: false,
    kind: 'text',
  },
];

/** KRS factor columns -> indicator codes; each factor counts KRS that have it (denominator: KRS). */
export const krsFactors = [
  {
    key: 'unsafe_water',
    label: 'Sumber Air Minum Tidak Layak',
    indicator: 'krs_unsafe_water',
    aliases: ['air minum tidak layak', 'sumber air minum tidak layak'],
  },
  {
    key: 'unsafe_toilet',
    label: 'Jamban Tidak Layak',
    indicator: 'krs_unsafe_toilet',
    aliases: ['jamban tidak layak', 'sanitasi tidak layak', 'tidak punya jamban layak'],
  },
  {
    key: 'too_young',
    label: 'Terlalu Muda',
    indicator: 'krs_4t_too_young',
    aliases: ['terlalu muda', 'pus terlalu muda', 'terlalu muda umur istri 20 tahun'],
  },
  {
    key: 'too_old',
    label: 'Terlalu Tua',
    indicator: 'krs_4t_too_old',
    aliases: ['terlalu tua', 'pus terlalu tua', 'terlalu tua umur istri 35 40 tahun'],
  },
  {
    key: 'too_close',
    label: 'Terlalu Dekat',
    indicator: 'krs_4t_too_close',
    aliases: ['terlalu dekat', 'terlalu dekat jarak kelahiran', 'jarak kelahiran terlalu dekat'],
  },
  {
    key: 'too_many',
    label: 'Terlalu Banyak',
    indicator: 'krs_4t_too_many',
    aliases: ['terlalu banyak', 'terlalu banyak anak', 'jumlah anak terlalu banyak'],
  },
] as const;

export const templates: Record<TemplateCode, Template> = {
  krs: {
    code: 'krs',
    columns: [
      ...regionColumns,
      { key: 'period', label: 'Periode', aliases: ['tahun', 'semester'], required: false, kind: 'period' },
      {
        key: 'target_families',
        label: 'Jumlah Keluarga Sasaran',
        aliases: ['keluarga sasaran', 'jml keluarga sasaran', 'jumlah kel sasaran', 'total keluarga sasaran'],
        required: true,
        kind: 'count',
      },
      {
        key: 'krs',
        label: 'Jumlah Keluarga Berisiko Stunting',
        aliases: ['jumlah krs', 'krs', 'keluarga berisiko stunting', 'jml krs', 'keluarga berisiko stunting krs'],
        required: true,
        kind: 'count',
      },
      ...krsFactors.map((f) => ({ key: f.key, label: f.label, aliases: [...f.aliases], required: true, kind: 'count' as const })),
    ],
    example: [['36.73.02.1001', 'Kasemen', 'Kasemen', '2024', '2100', '420', '150', '90', '30', '40', '25', '18']],
  },
  eppgbm: {
    code: 'eppgbm',
    columns: [
      ...regionColumns,
      { key: 'period', label: 'Bulan', aliases: ['periode', 'bulan pengukuran', 'bulan tahun'], required: false, kind: 'period' },
      {
        key: 'target_children',
        label: 'Jumlah Balita Sasaran',
        aliases: ['balita sasaran', 'sasaran balita', 'jumlah sasaran balita'],
        required: false,
        kind: 'count',
      },
      {
        key: 'measured',
        label: 'Jumlah Balita Diukur',
        aliases: ['balita diukur', 'jumlah balita diukur tb', 'balita yang diukur', 'jumlah diukur'],
        required: true,
        kind: 'count',
      },
      {
        key: 'short',
        label: 'Pendek',
        aliases: ['balita pendek', 'jumlah pendek', 'pendek stunted'],
        required: true,
        kind: 'count',
      },
      {
        key: 'severely_short',
        label: 'Sangat Pendek',
        aliases: ['balita sangat pendek', 'jumlah sangat pendek', 'sangat pendek severely stunted'],
        required: true,
        kind: 'count',
      },
    ],
    example: [['36.73.02.1001', 'Kasemen', 'Kasemen', '2024-06', '1450', '820', '31', '9']],
  },
  activities: {
    code: 'activities',
    columns: [
      { key: 'program', label: 'Program', aliases: ['kode program', 'programme', 'program code'], required: true, kind: 'text' },
      ...regionColumns,
      { key: 'date', label: 'Tanggal', aliases: ['tanggal kegiatan', 'date', 'tgl'], required: true, kind: 'text' },
      {
        key: 'aid_type',
        label: 'Jenis Bantuan',
        aliases: ['bantuan', 'jenis kegiatan', 'aid type'],
        required: false,
        kind: 'text',
      },
      {
        key: 'recipient_type',
        label: 'Jenis Penerima',
        aliases: ['penerima', 'sasaran', 'recipient type'],
        required: false,
        kind: 'text',
      },
      {
        key: 'families_reached',
        label: 'Keluarga Terjangkau',
        aliases: ['jumlah keluarga', 'keluarga', 'families reached'],
        required: false,
        kind: 'count',
      },
      { key: 'quantity', label: 'Jumlah', aliases: ['kuantitas', 'quantity', 'volume'], required: false, kind: 'number' },
      { key: 'quantity_unit', label: 'Satuan', aliases: ['unit', 'quantity unit'], required: false, kind: 'text' },
      {
        key: 'value_idr',
        label: 'Nilai (Rp)',
        aliases: ['nilai', 'nilai rp', 'nilai rupiah', 'value idr'],
        required: false,
        kind: 'number',
      },
      { key: 'donor_name', label: 'Donatur', aliases: ['nama donatur', 'pemberi', 'donor'], required: false, kind: 'text' },
      { key: 'donor_type', label: 'Jenis Donatur', aliases: ['donor type', 'kategori donatur'], required: false, kind: 'text' },
      { key: 'note', label: 'Catatan', aliases: ['keterangan', 'note'], required: false, kind: 'text' },
    ],
    example: [
      [
        'genting',
        '36.73.02.1001',
        'Kasemen',
        'Kasemen',
        '2025-10-28',
        'sembako',
        'family',
        '25',
        '25',
        'paket',
        '3750000',
        'Baznas Kota Serang',
        'baznas',
        '',
      ],
    ],
  },
  long: {
    code: 'long',
    columns: [
      {
        key: 'region',
        label: 'Wilayah',
        aliases: ['kode wilayah', 'region', 'kode', 'nama wilayah'],
        required: true,
        kind: 'region',
      },
      { key: 'indicator', label: 'Indikator', aliases: ['indicator', 'kode indikator'], required: true, kind: 'text' },
      { key: 'period', label: 'Periode', aliases: ['period', 'tahun', 'bulan'], required: true, kind: 'period' },
      { key: 'value', label: 'Nilai', aliases: ['value', 'jumlah'], required: true, kind: 'number' },
      { key: 'numerator', label: 'Pembilang', aliases: ['numerator'], required: false, kind: 'number' },
      { key: 'denominator', label: 'Penyebut', aliases: ['denominator'], required: false, kind: 'number' },
      { key: 'coverage', label: 'Cakupan', aliases: ['coverage', 'cakupan persen'], required: false, kind: 'number' },
    ],
    example: [
      ['36.73.02', 'krs_families', '2024', '3120', '3120', '18500', ''],
      ['36.73.02', 'stunted_children', '2024-06', '132', '132', '', '56.7'],
    ],
  },
};

/** "Jumlah  KRS (%)" -> "jumlah krs": case, spacing and punctuation do not matter. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The template as a CSV file (semicolon-free, UTF-8 with BOM so Excel opens it right). */
export function templateCsv(code: TemplateCode): string {
  const t = templates[code];
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [t.columns.map((c) => c.label), ...t.example].map((r) => r.map(quote).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The template as an Excel workbook: header row in bold, the example rows below it. */
export async function templateXlsx(code: TemplateCode): Promise<Uint8Array> {
  const t = templates[code];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(code.toUpperCase());
  sheet.addRow(t.columns.map((c) => c.label)).font = { bold: true };
  for (const row of t.example)
    sheet.addRow(
      row.map((v, i) => ((t.columns[i]?.kind === 'count' || t.columns[i]?.kind === 'number') && v !== '' ? Number(v) : v)),
    );
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
