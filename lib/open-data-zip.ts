import 'server-only';
import JSZip from 'jszip';
import type { Db } from '@/db/client';
import { getExploreTable } from '@/db/queries/explore-tables';
import { listIndicators } from '@/db/queries/indicators';
import { listDataSources } from '@/db/queries/sources';
import { csvText } from '@/lib/api/http';
import { tableToRows } from '@/lib/api/xlsx';
import { LICENCE, type OpenDataLevel, openDataLevels, openDataTableQuery } from '@/lib/open-data';
import { getMap, getMapTimeline, getSeries } from '@/lib/privacy/public-queries';
import { SMALL_COUNT_LIMIT, SUPPRESSED_LABEL } from '@/lib/privacy/suppress';

// The ZIP of everything on /data: one CSV per public indicator and region level (every
// period), the metadata as JSON and a README in Bahasa Indonesia and English. Built from
// the public reads, so it is suppressed exactly like the pages and the API.

const reads = { getMap, getSeries };

export const zipFileName = (indicator: string, level: OpenDataLevel) => `csv/${indicator}-${level}.csv`;

/** Every row of one indicator at one level: the kab/kota's trend, or the map table of each period. */
async function levelRows(db: Db, indicator: string, level: OpenDataLevel, root: string) {
  const base = openDataTableQuery({ indicator, level, period: 'latest', lang: 'id' }, root);
  if (level === 'kota') return tableToRows((await getExploreTable(db, base, reads)).table);
  const timeline = await getMapTimeline(db, { indicator, parent: root, root, level: base.level });
  const tables = [];
  for (const p of timeline.periods) tables.push((await getExploreTable(db, { ...base, period: p.period }, reads)).table);
  return tables.flatMap(tableToRows);
}

export async function buildOpenDataZip(db: Db, root: string, now = new Date()): Promise<Uint8Array> {
  const zip = new JSZip();
  const [indicators, sources] = await Promise.all([listIndicators(db), listDataSources(db)]);
  const files: { indicator: string; level: OpenDataLevel; file: string; rows: number }[] = [];
  for (const indicator of indicators) {
    for (const level of openDataLevels) {
      const rows = await levelRows(db, indicator.code, level, root);
      if (rows.length === 0) continue;
      const file = zipFileName(indicator.code, level);
      zip.file(file, csvText(rows));
      files.push({ indicator: indicator.code, level, file, rows: rows.length });
    }
  }
  const metadata = {
    title: 'Pantau Stunting: open data',
    region: root,
    generatedAt: now.toISOString(),
    licence: LICENCE,
    suppression: {
      rule: `Kelurahan/desa counts from 1 to ${SMALL_COUNT_LIMIT - 1} (value of count indicators, numerator, denominator) and figures computed from them are written as "${SUPPRESSED_LABEL}"; the next-smallest kelurahan of the same kecamatan is withheld too so no hidden figure follows from the kecamatan total. Zero is published.`,
      label: SUPPRESSED_LABEL,
    },
    indicators,
    sources,
    files,
  };
  zip.file('metadata.json', `${JSON.stringify(metadata, null, 2)}\n`);
  zip.file('README.txt', readme(root, now));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function readme(root: string, now: Date): string {
  const date = now.toISOString().slice(0, 10);
  return `Pantau Stunting - data terbuka / open data (${root}, ${date})

BAHASA INDONESIA
Isi:
- csv/<indikator>-<tingkat>.csv: satu berkas per indikator publik dan tingkat wilayah.
  kota = kota/kabupaten, semua periode; kecamatan dan kelurahan = semua periode, satu baris per wilayah dan periode.
  Kolom: Wilayah, Kode (kode Kemendagri), Jumlah, Persentase, Periode, Edisi, Sumber, Asal data
  (kota juga: Jalur target, Status target). Header berbahasa Indonesia; angka tanpa pemisah ribuan.
- metadata.json: definisi, satuan, domain setiap indikator; sumber data beserta metodenya; daftar berkas.
Sumber: setiap baris menyebut edisi dan sumbernya (BKKBN/DP3AKB, Kemenkes, laporan OPD, ...).
Baris dengan "ilustrasi" pada kolom Asal data adalah data demo, bukan angka resmi.
Privasi: angka kelurahan/desa 1-4 ditulis "${SUPPRESSED_LABEL}", juga angka yang dihitung darinya; satu kelurahan lain
dengan angka terkecil di kecamatan yang sama ikut disembunyikan agar tidak dapat dihitung dari total kecamatan. 0 ditampilkan.
Lisensi: ${LICENCE.name} (${LICENCE.url}). Sebutkan: "Pantau Stunting, <sumber>, <edisi>".
API: /api/v1 (deskripsi OpenAPI di /api/v1/openapi.json).

ENGLISH
Contents:
- csv/<indicator>-<level>.csv: one file per public indicator and region level.
  kota = the city/regency, every period; kecamatan and kelurahan = every period, one row per region and period.
  Columns (Indonesian headers): Wilayah = region, Kode = Kemendagri code, Jumlah = count/value, Persentase = rate (%),
  Periode = period, Edisi = edition, Sumber = source, Asal data = origin (kota also: Jalur target = glide path,
  Status target = target status). Numbers carry no thousands separators.
- metadata.json: each indicator's definition, unit and domain; the data sources and their methods; the file list.
Sources: every row names its edition and source (BKKBN/DP3AKB, Ministry of Health, agency reports, ...).
Rows whose origin reads "ilustrasi" are illustrative demo data, not official figures.
Privacy: kelurahan/village counts of 1-4 are written "${SUPPRESSED_LABEL}", as is every figure computed from them; the
next-smallest kelurahan of the same kecamatan is withheld too, so none can be worked out from the kecamatan total. 0 is shown.
Licence: ${LICENCE.name} (${LICENCE.url}). Credit: "Pantau Stunting, <source>, <edition>".
API: /api/v1 (OpenAPI description at /api/v1/openapi.json).
`;
}
