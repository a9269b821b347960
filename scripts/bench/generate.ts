import type { PeriodType } from '@/db/schema/enums';

// Deterministic synthetic observations for the benchmark. Each village draws from its own
// PRNG seeded by (seed, code), so a village gets the same figures in every scope it lies in.

export type Scope = '36.73' | '36' | 'all';
export const scopes: readonly Scope[] = ['36.73', '36', 'all'];

export type BenchEdition = {
  source: 'bkkbn_pk' | 'eppgbm' | 'opd';
  code: string;
  name: string;
  releasedOn: string;
  periods: { periodType: PeriodType; periodStart: string }[];
};

const year = (y: number) => ({ periodType: 'year' as const, periodStart: `${y}-01-01` });
const semester = (y: number, s: 1 | 2) => ({ periodType: 'semester' as const, periodStart: `${y}-${s === 1 ? '01' : '07'}-01` });
const months = (y: number) =>
  Array.from({ length: 12 }, (_, m) => ({
    periodType: 'month' as const,
    periodStart: `${y}-${String(m + 1).padStart(2, '0')}-01`,
  }));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** 10 KRS editions (PK and verval rounds), 9 yearly e-PPGBM editions of 12 months, 7 OPD years: 223 rows per village. */
export const BENCH_EDITIONS: BenchEdition[] = [
  ...range(2021, 2025).flatMap((y): BenchEdition[] => [
    { source: 'bkkbn_pk', code: `BENCH-PK${y}`, name: `PK${y} (sintetis)`, releasedOn: `${y + 1}-01-15`, periods: [year(y)] },
    {
      source: 'bkkbn_pk',
      code: `BENCH-VERVAL${y}`,
      name: `Verval KRS ${y} (sintetis)`,
      releasedOn: `${y + 1}-03-01`,
      periods: [semester(y, 2)],
    },
  ]),
  ...range(2017, 2025).map(
    (y): BenchEdition => ({
      source: 'eppgbm',
      code: `BENCH-EPPGBM${y}`,
      name: `e-PPGBM ${y} (sintetis)`,
      releasedOn: `${y + 1}-02-01`,
      periods: months(y),
    }),
  ),
  ...range(2019, 2025).map(
    (y): BenchEdition => ({
      source: 'opd',
      code: `BENCH-OPD${y}`,
      name: `Laporan OPD ${y} (sintetis)`,
      releasedOn: `${y + 1}-02-15`,
      periods: [year(y)],
    }),
  ),
];

export const KRS_FACTORS = [
  'krs_unsafe_water',
  'krs_unsafe_toilet',
  'krs_4t_too_young',
  'krs_4t_too_old',
  'krs_4t_too_close',
  'krs_4t_too_many',
] as const;
export const OPD_INDICATORS = [
  'households_safe_water',
  'households_safe_toilet',
  'phbs_households',
  'nutrition_education_participants',
  'genting_families_aided',
] as const;

export type SyntheticRow = {
  indicatorCode: string;
  regionCode: string;
  periodType: PeriodType;
  periodStart: string;
  edition: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  coverage: number | null;
};

/** mulberry32: small, fast, and the same sequence on every machine for one seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the text, mixed with the seed: one stream per village. */
export function hashSeed(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const between = (rand: () => number, low: number, high: number) => low + Math.floor(rand() * (high - low + 1));

/** Every observation of one village, in edition order. */
export function villageRows(seed: number, regionCode: string): SyntheticRow[] {
  const rand = mulberry32(hashSeed(seed, regionCode));
  const families = between(rand, 300, 3000);
  const children = Math.round(families * (0.5 + rand() * 0.3));
  const rows: SyntheticRow[] = [];
  const push = (
    edition: BenchEdition,
    period: BenchEdition['periods'][number],
    r: Omit<SyntheticRow, 'regionCode' | 'edition' | 'periodType' | 'periodStart'>,
  ) => rows.push({ ...r, regionCode, edition: edition.code, ...period });
  BENCH_EDITIONS.forEach((edition, index) => {
    for (const period of edition.periods) {
      if (edition.source === 'bkkbn_pk') {
        const target = Math.round(families * (0.9 + rand() * 0.2));
        // KRS fall edition by edition, as the city's figures did.
        const krs = Math.round(target * (0.25 - index * 0.008) * (0.7 + rand() * 0.6));
        push(edition, period, {
          indicatorCode: 'target_families',
          value: target,
          numerator: null,
          denominator: null,
          coverage: null,
        });
        push(edition, period, { indicatorCode: 'krs_families', value: krs, numerator: krs, denominator: target, coverage: null });
        for (const factor of KRS_FACTORS) {
          const n = Math.round(krs * rand() * 0.6);
          push(edition, period, { indicatorCode: factor, value: n, numerator: n, denominator: krs, coverage: null });
        }
      } else if (edition.source === 'eppgbm') {
        const measured = Math.round(children * (0.4 + rand() * 0.55));
        const stunted = Math.round(measured * (0.03 + rand() * 0.12));
        const coverage = Math.round((measured / children) * 10000) / 100;
        push(edition, period, {
          indicatorCode: 'stunted_children',
          value: stunted,
          numerator: stunted,
          denominator: measured,
          coverage,
        });
      } else {
        for (const indicatorCode of OPD_INDICATORS) {
          push(edition, period, {
            indicatorCode,
            value: between(rand, 0, families),
            numerator: null,
            denominator: null,
            coverage: null,
          });
        }
      }
    }
  });
  return rows;
}

export const ROWS_PER_VILLAGE = BENCH_EDITIONS.reduce(
  (n, e) =>
    n + e.periods.length * (e.source === 'bkkbn_pk' ? 2 + KRS_FACTORS.length : e.source === 'eppgbm' ? 1 : OPD_INDICATORS.length),
  0,
);
