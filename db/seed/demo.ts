import { and, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Db } from '../client';
import {
  activities,
  annotations,
  type DataOrigin,
  type DonorType,
  editions,
  importBatches,
  type NewObservation,
  observations,
  type PeriodType,
  type RecipientType,
  regions,
  targets,
} from '../schema';

// Demo data for Kota Serang: the published figures of domain.md plus illustrative
// kelurahan detail that adds up to them. Deterministic (seeded PRNG), loaded once,
// in one transaction so a failure leaves nothing half-written.

export const DEMO_REGION_CODE = '36.73';
const DEMO_SEED = 0x36_73_20_25;
const CHUNK_SIZE = 1000;

export const PUBLISHED_BATCH_DESCRIPTION = 'Demo: angka resmi yang dipublikasikan';
export const ILLUSTRATIVE_BATCH_DESCRIPTION = 'Demo: data ilustrasi';

type EditionSpec = {
  sourceCode: string;
  code: string;
  name: string;
  /** set where the name holds Indonesian words; proper names (SSGI 2022) serve both languages */
  nameEn?: string;
  releasedOn: string;
  citation: string;
  isOfficial: boolean;
};

const ILLUSTRATIVE_CITATION = 'Data ilustrasi untuk demo, bukan laporan resmi';

export const DEMO_EDITIONS: EditionSpec[] = [
  {
    sourceCode: 'bkkbn_pk',
    code: 'PK23',
    name: 'Pendataan Keluarga 2023',
    nameEn: 'Family Data Collection 2023',
    releasedOn: '2024-01-31',
    citation: 'DP3AKB Kota Serang, disampaikan Okt 2024',
    isOfficial: false,
  },
  {
    sourceCode: 'bkkbn_pk',
    code: 'VERVAL24',
    name: 'Verval KRS 2024',
    releasedOn: '2024-10-15',
    citation: 'BKKBN Banten / DP3AKB, Okt & Des 2024',
    isOfficial: false,
  },
  {
    sourceCode: 'bkkbn_pk',
    code: 'PK24',
    name: 'PK24, rilis Januari 2025',
    nameEn: 'PK24, released January 2025',
    releasedOn: '2025-01-31',
    citation: 'DP3AKB Kota Serang, Rakor TPPS 28-29 Okt 2025',
    isOfficial: true,
  },
  {
    sourceCode: 'ssgi',
    code: 'SSGBI2019',
    name: 'SSGBI 2019',
    releasedOn: '2019-12-31',
    citation: 'Kemenkes (Balitbangkes) & BPS, Studi Status Gizi Balita Indonesia 2019',
    isOfficial: true,
  },
  {
    sourceCode: 'ssgi',
    code: 'SSGI2021',
    name: 'SSGI 2021',
    releasedOn: '2022-02-08',
    citation: 'Kemenkes, Buku Saku Hasil SSGI 2021',
    isOfficial: true,
  },
  {
    sourceCode: 'ssgi',
    code: 'SSGI2022',
    name: 'SSGI 2022',
    releasedOn: '2023-01-25',
    citation: 'Kemenkes, Buku Saku Hasil SSGI 2022',
    isOfficial: true,
  },
  {
    sourceCode: 'ssgi',
    code: 'SKI2023',
    name: 'SKI 2023',
    releasedOn: '2024-05-31',
    citation: 'SKI 2023 (Kemenkes BKPK), dikutip Dinkes Kota Serang',
    isOfficial: true,
  },
  {
    sourceCode: 'eppgbm',
    code: 'EPPGBM2020',
    name: 'e-PPGBM 2020',
    releasedOn: '2021-01-31',
    citation: 'Dinkes Kota Serang, e-PPGBM',
    isOfficial: false,
  },
  {
    sourceCode: 'eppgbm',
    code: 'EPPGBM2021',
    name: 'e-PPGBM 2021',
    releasedOn: '2022-01-31',
    citation: 'Dinkes Kota Serang, e-PPGBM',
    isOfficial: false,
  },
  {
    sourceCode: 'eppgbm',
    code: 'EPPGBM2022',
    name: 'e-PPGBM 2022',
    releasedOn: '2023-01-31',
    citation: 'Dinkes Kota Serang, e-PPGBM',
    isOfficial: false,
  },
  {
    sourceCode: 'eppgbm',
    code: 'EPPGBM2023',
    name: 'e-PPGBM 2023',
    releasedOn: '2024-01-31',
    citation: 'Dinkes Kota Serang, e-PPGBM',
    isOfficial: false,
  },
  {
    sourceCode: 'eppgbm',
    code: 'EPPGBM2024-06',
    name: 'e-PPGBM Juni 2024',
    nameEn: 'e-PPGBM June 2024',
    releasedOn: '2024-07-31',
    citation: 'Dinkes Kota Serang, e-PPGBM Juni 2024 (56,68% sasaran terinput)',
    isOfficial: false,
  },
  {
    sourceCode: 'opd',
    code: 'OPD2023',
    name: 'Laporan OPD 2023 (ilustrasi)',
    nameEn: 'Agency reports 2023 (illustrative)',
    releasedOn: '2024-01-31',
    citation: ILLUSTRATIVE_CITATION,
    isOfficial: false,
  },
  {
    sourceCode: 'opd',
    code: 'OPD2024',
    name: 'Laporan OPD 2024 (ilustrasi)',
    nameEn: 'Agency reports 2024 (illustrative)',
    releasedOn: '2025-01-31',
    citation: ILLUSTRATIVE_CITATION,
    isOfficial: false,
  },
  {
    sourceCode: 'opd',
    code: 'OPD2025',
    name: 'Laporan OPD 2025 (ilustrasi)',
    nameEn: 'Agency reports 2025 (illustrative)',
    releasedOn: '2026-01-31',
    citation: ILLUSTRATIVE_CITATION,
    isOfficial: false,
  },
  {
    sourceCode: 'opd',
    code: 'GENTING2025-10',
    name: 'Penyaluran GENTING Oktober 2025 (ilustrasi)',
    nameEn: 'GENTING aid distribution October 2025 (illustrative)',
    releasedOn: '2025-10-28',
    citation: ILLUSTRATIVE_CITATION,
    isOfficial: false,
  },
];

type KrsEditionCode = 'PK23' | 'VERVAL24' | 'PK24';

/** The city's published KRS figures; the illustrative kelurahan rows add up to `value` exactly. */
export const PUBLISHED_KRS: {
  edition: KrsEditionCode;
  value: number;
  denominator: number | null;
  periodType: PeriodType;
  periodStart: string;
}[] = [
  { edition: 'PK23', value: 23711, denominator: null, periodType: 'year', periodStart: '2023-01-01' },
  // Published as "18.421 = 14,15%": the denominator is implied by the rate.
  {
    edition: 'VERVAL24',
    value: 18421,
    denominator: Math.round(18421 / 0.1415),
    periodType: 'semester',
    periodStart: '2024-01-01',
  },
  { edition: 'PK24', value: 15960, denominator: null, periodType: 'year', periodStart: '2024-01-01' },
];

/** Illustrative city totals of target families (keluarga sasaran) per KRS edition. */
export const ILLUSTRATIVE_TARGET_FAMILIES: Record<KrsEditionCode, number> = {
  PK23: 129_420,
  VERVAL24: Math.round(18421 / 0.1415),
  PK24: 130_950,
};

export const PUBLISHED_PREVALENCE = [
  { edition: 'SSGBI2019', year: 2019, value: 38.6 },
  { edition: 'SSGI2021', year: 2021, value: 23.4 },
  { edition: 'SSGI2022', year: 2022, value: 23.8 },
  { edition: 'SKI2023', year: 2023, value: 22.3 },
] as const;

export const PUBLISHED_STUNTED_CHILDREN = [
  { edition: 'EPPGBM2020', year: 2020, value: 2799 },
  { edition: 'EPPGBM2021', year: 2021, value: 1951 },
  { edition: 'EPPGBM2022', year: 2022, value: 1536 },
  { edition: 'EPPGBM2023', year: 2023, value: 1214 },
] as const;

/** e-PPGBM June 2024 per kecamatan; the city row carries the input coverage. */
export const PUBLISHED_STUNTED_JUNE_2024 = {
  edition: 'EPPGBM2024-06',
  periodStart: '2024-06-01',
  city: 732,
  coverage: 56.68,
  districts: { '36.73.01': 309, '36.73.02': 132, '36.73.06': 128, '36.73.04': 78, '36.73.03': 49, '36.73.05': 36 },
} as const;

export const STUNTING_TARGETS = [
  { year: 2024, value: 14, legalBasis: 'Perpres 72/2021' },
  { year: 2025, value: 18.8, legalBasis: 'RPJMN 2025-2029' },
  { year: 2029, value: 14.2, legalBasis: 'RPJMN 2025-2029' },
] as const;

export const GENTING_DATE = '2025-10-28';
export const GENTING_EDITION = 'GENTING2025-10';

const DEMO_ANNOTATIONS = [
  {
    regionCode: DEMO_REGION_CODE,
    indicatorCode: null,
    date: GENTING_DATE,
    kind: 'meeting' as const,
    titleId: 'Rakor TPPS & penyaluran bantuan GENTING',
    titleEn: 'TPPS coordination meeting & GENTING aid',
    bodyId:
      'Rapat koordinasi Tim Percepatan Penurunan Stunting; bantuan orang tua asuh GENTING (sembako, beras, telur, uang transport) ' +
      'dari Baznas dan dunia usaha disalurkan kepada keluarga berisiko stunting.',
    bodyEn:
      'Coordination meeting of the stunting-reduction team; GENTING foster-sponsor aid (staple-food packages, rice, eggs, transport money) ' +
      'from Baznas and businesses handed to families at risk of stunting.',
  },
];

// Illustrative profile per kecamatan: share of the city's target families, KRS risk
// relative to the city per KRS edition, and how common each factor is relative to the city.
// Kasemen: brackish groundwater, little piped water, low sanitation (domain.md).
type DistrictProfile = { families: number; risk: [number, number, number]; water: number; toilet: number; young: number };
const DISTRICT_PROFILES: Record<string, DistrictProfile> = {
  '36.73.01': { families: 0.25, risk: [0.75, 0.77, 0.8], water: 0.8, toilet: 0.8, young: 0.8 },
  '36.73.02': { families: 0.15, risk: [1.9, 1.86, 1.8], water: 2.9, toilet: 1.8, young: 1.4 },
  '36.73.03': { families: 0.15, risk: [1.05, 1.02, 0.98], water: 1.05, toilet: 1.1, young: 1.15 },
  '36.73.04': { families: 0.09, risk: [1.0, 0.97, 0.95], water: 1.1, toilet: 1.15, young: 1.1 },
  '36.73.05': { families: 0.17, risk: [0.72, 0.74, 0.75], water: 0.7, toilet: 0.75, young: 0.8 },
  '36.73.06': { families: 0.19, risk: [1.12, 1.15, 1.18], water: 1.25, toilet: 1.2, young: 1.2 },
};
const DEFAULT_PROFILE: DistrictProfile = { families: 0.15, risk: [1, 1, 1], water: 1, toilet: 1, young: 1 };

// Share of KRS with each factor (city level, PK23) and its fall per KRS edition. The
// shares overlap: a family can have several factors, so they sum to more than 1.
type FactorSpec = { code: string; base: number; fall: [number, number, number]; district?: 'water' | 'toilet' | 'young' };
export const RISK_FACTORS: FactorSpec[] = [
  { code: 'krs_unsafe_water', base: 0.2, fall: [1, 0.86, 0.74], district: 'water' },
  { code: 'krs_unsafe_toilet', base: 0.28, fall: [1, 0.88, 0.77], district: 'toilet' },
  { code: 'krs_4t_too_young', base: 0.07, fall: [1, 0.95, 0.9], district: 'young' },
  { code: 'krs_4t_too_old', base: 0.46, fall: [1, 0.98, 0.96] },
  { code: 'krs_4t_too_close', base: 0.13, fall: [1, 0.96, 0.93] },
  { code: 'krs_4t_too_many', base: 0.19, fall: [1, 0.97, 0.95] },
];
export const RISK_FACTOR_CODES = RISK_FACTORS.map((factor) => factor.code);

// Interventions per OPD year: households reached scale with the PK23 unsafe-water and
// unsafe-toilet counts (more work where the need was greatest), the rest with target families.
const OPD_YEARS = [
  { edition: 'OPD2023', periodStart: '2023-01-01' },
  { edition: 'OPD2024', periodStart: '2024-01-01' },
  { edition: 'OPD2025', periodStart: '2025-01-01' },
] as const;
const INTERVENTIONS = [
  { code: 'households_safe_water', basis: 'water', rate: [0.08, 0.14, 0.2] },
  { code: 'households_safe_toilet', basis: 'toilet', rate: [0.07, 0.12, 0.18] },
  { code: 'phbs_households', basis: 'families', rate: [0.04, 0.06, 0.08] },
  { code: 'nutrition_education_participants', basis: 'families', rate: [0.03, 0.045, 0.06] },
  { code: 'bimwin_participants', basis: 'families', rate: [0.018, 0.021, 0.024] },
] as const;

const AID_PACKAGES = [
  { aidType: 'sembako', quantityUnit: 'paket', perFamily: 1, unitValueIdr: 250_000 },
  { aidType: 'beras', quantityUnit: 'kg', perFamily: 10, unitValueIdr: 14_000 },
  { aidType: 'telur', quantityUnit: 'butir', perFamily: 30, unitValueIdr: 2_000 },
  { aidType: 'uang transport', quantityUnit: 'amplop', perFamily: 1, unitValueIdr: 100_000 },
] as const;
const DONORS: { donorType: DonorType; donorName: string }[] = [
  { donorType: 'baznas', donorName: 'Baznas Kota Serang' },
  { donorType: 'business', donorName: 'Mitra usaha (ilustrasi)' },
  { donorType: 'civil_servant', donorName: 'ASN Pemkot Serang (ilustrasi)' },
  { donorType: 'individual', donorName: 'Orang tua asuh perorangan (ilustrasi)' },
];
const GENTING_KELURAHAN_COUNT = 20;

/** Deterministic PRNG (mulberry32): the same seed gives the same demo on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer shares of `total` proportional to `weights` that sum to `total` exactly (Hamilton's method). */
export function allocateLargestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) throw new Error('allocateLargestRemainder needs a positive total weight');
  const exact = weights.map((w) => (total * w) / sum);
  const result = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, remainder: x - Math.floor(x) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let left = total - result.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    left--;
  }
  return result;
}

type Cell = { regionCode: string; value: number; numerator?: number; denominator?: number };
type SeriesKey = { indicatorCode: string; editionCode: string; periodType: PeriodType; periodStart: string };
type Village = { code: string; districtCode: string };

export async function seedDemo(db: Db): Promise<void> {
  const existing = await db.select({ id: observations.id }).from(observations).limit(1);
  if (existing.length > 0) return;

  await db.transaction(async (tx) => {
    const [published, illustrative] = await tx
      .insert(importBatches)
      .values([
        { origin: 'published', description: PUBLISHED_BATCH_DESCRIPTION, createdBy: 'seed' },
        { origin: 'illustrative', description: ILLUSTRATIVE_BATCH_DESCRIPTION, createdBy: 'seed' },
      ])
      .returning({ id: importBatches.id });
    if (!published || !illustrative) throw new Error('seedDemo: import batches were not created');

    const editionIds = await ensureEditions(tx);
    await ensureTargetsAndAnnotations(tx);

    const toRow = (
      origin: DataOrigin,
      batchId: number,
      isDerived: boolean,
      key: SeriesKey,
      cell: Cell & { coverage?: number },
    ): NewObservation => {
      const editionId = editionIds.get(key.editionCode);
      if (editionId === undefined) throw new Error(`seedDemo: unknown edition ${key.editionCode}`);
      return {
        indicatorCode: key.indicatorCode,
        regionCode: cell.regionCode,
        periodType: key.periodType,
        periodStart: key.periodStart,
        editionId,
        value: cell.value,
        numerator: cell.numerator ?? null,
        denominator: cell.denominator ?? null,
        coverage: cell.coverage ?? null,
        status: 'final',
        origin,
        isDerived,
        batchId,
      };
    };

    // Published figures, one statement per source family.
    const publishedGroups = buildPublishedRows((key, cell) => toRow('published', published.id, false, key, cell));
    for (const rows of publishedGroups) await insertObservations(tx, rows);

    const villages = await tx
      .select({ code: regions.code, parentCode: regions.parentCode })
      .from(regions)
      .where(and(eq(regions.level, 'village'), like(regions.code, `${DEMO_REGION_CODE}.%`)))
      .orderBy(regions.code);
    if (villages.length === 0) {
      throw new Error(`seedDemo: no kelurahan of ${DEMO_REGION_CODE} in the regions table; run ensureRegions first`);
    }
    const demo = buildIllustrative(
      villages.map((v) => ({ code: v.code, districtCode: v.parentCode ?? v.code.split('.').slice(0, 3).join('.') })),
    );

    const illustrativeRows: NewObservation[] = [];
    for (const series of demo.series) {
      for (const cell of series.villages) illustrativeRows.push(toRow('illustrative', illustrative.id, false, series.key, cell));
      const districts = rollUp(series.villages, (code) => villageDistrict(demo.villages, code));
      for (const cell of districts) illustrativeRows.push(toRow('illustrative', illustrative.id, true, series.key, cell));
      // The published row is the city's KRS figure; an illustrative city row would compete with it.
      if (series.withCity) {
        for (const cell of rollUp(districts, () => DEMO_REGION_CODE)) {
          illustrativeRows.push(toRow('illustrative', illustrative.id, true, series.key, cell));
        }
      }
    }
    await insertObservations(tx, illustrativeRows);

    const activityRows = [
      ...demo.genting.map((a) => ({ ...a, origin: 'illustrative' as const, batchId: illustrative.id })),
      ...demo.programmes.map((a) => ({ ...a, batchId: illustrative.id })),
    ];
    for (let i = 0; i < activityRows.length; i += CHUNK_SIZE) {
      await tx.insert(activities).values(activityRows.slice(i, i + CHUNK_SIZE));
    }

    const publishedCount = publishedGroups.reduce((n, rows) => n + rows.length, 0);
    await tx.update(importBatches).set({ rowCount: publishedCount }).where(eq(importBatches.id, published.id));
    await tx
      .update(importBatches)
      .set({ rowCount: illustrativeRows.length + activityRows.length })
      .where(eq(importBatches.id, illustrative.id));
  });
}

async function insertObservations(db: Db, rows: NewObservation[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_SIZE) {
    await db.insert(observations).values(rows.slice(i, i + CHUNK_SIZE));
  }
}

/** Editions may exist from an earlier import; existing rows are kept, their ids reused. */
async function ensureEditions(db: Db): Promise<Map<string, number>> {
  await db.insert(editions).values(DEMO_EDITIONS).onConflictDoNothing();
  const sourceCodes = [...new Set(DEMO_EDITIONS.map((e) => e.sourceCode))];
  const rows = await db
    .select({ id: editions.id, sourceCode: editions.sourceCode, code: editions.code })
    .from(editions)
    .where(inArray(editions.sourceCode, sourceCodes));
  const wanted = new Set(DEMO_EDITIONS.map((e) => `${e.sourceCode}:${e.code}`));
  return new Map(rows.filter((r) => wanted.has(`${r.sourceCode}:${r.code}`)).map((r) => [r.code, r.id]));
}

/** Targets and annotations have no natural key: insert only those not already present. */
async function ensureTargetsAndAnnotations(db: Db): Promise<void> {
  const existingTargets = await db
    .select({ periodStart: targets.periodStart, legalBasis: targets.legalBasis })
    .from(targets)
    .where(and(eq(targets.indicatorCode, 'stunting_prevalence'), isNull(targets.regionCode)));
  const targetRows = STUNTING_TARGETS.map((t) => ({
    indicatorCode: 'stunting_prevalence',
    regionCode: null,
    periodType: 'year' as const,
    periodStart: `${t.year}-01-01`,
    value: t.value,
    legalBasis: t.legalBasis,
  })).filter((t) => !existingTargets.some((e) => e.periodStart === t.periodStart && e.legalBasis === t.legalBasis));
  if (targetRows.length > 0) await db.insert(targets).values(targetRows);

  const existingAnnotations = await db
    .select({ date: annotations.date, titleId: annotations.titleId })
    .from(annotations)
    .where(
      inArray(
        annotations.date,
        DEMO_ANNOTATIONS.map((a) => a.date),
      ),
    );
  const annotationRows = DEMO_ANNOTATIONS.filter(
    (a) => !existingAnnotations.some((e) => e.date === a.date && e.titleId === a.titleId),
  );
  if (annotationRows.length > 0) await db.insert(annotations).values(annotationRows);
}

function buildPublishedRows(row: (key: SeriesKey, cell: Cell & { coverage?: number }) => NewObservation): NewObservation[][] {
  const krs = PUBLISHED_KRS.map((p) =>
    row(
      { indicatorCode: 'krs_families', editionCode: p.edition, periodType: p.periodType, periodStart: p.periodStart },
      { regionCode: DEMO_REGION_CODE, value: p.value, numerator: p.value, denominator: p.denominator ?? undefined },
    ),
  );
  const prevalence = PUBLISHED_PREVALENCE.map((p) =>
    row(
      { indicatorCode: 'stunting_prevalence', editionCode: p.edition, periodType: 'year', periodStart: `${p.year}-01-01` },
      { regionCode: DEMO_REGION_CODE, value: p.value },
    ),
  );
  const june = PUBLISHED_STUNTED_JUNE_2024;
  const juneKey: SeriesKey = {
    indicatorCode: 'stunted_children',
    editionCode: june.edition,
    periodType: 'month',
    periodStart: june.periodStart,
  };
  const stunted = [
    ...PUBLISHED_STUNTED_CHILDREN.map((p) =>
      row(
        { indicatorCode: 'stunted_children', editionCode: p.edition, periodType: 'year', periodStart: `${p.year}-01-01` },
        { regionCode: DEMO_REGION_CODE, value: p.value },
      ),
    ),
    row(juneKey, { regionCode: DEMO_REGION_CODE, value: june.city, coverage: june.coverage }),
    ...Object.entries(june.districts).map(([regionCode, value]) => row(juneKey, { regionCode, value })),
  ];
  return [krs, prevalence, stunted];
}

type IllustrativeSeries = { key: SeriesKey; villages: Cell[]; withCity: boolean };
type GentingActivity = Omit<typeof activities.$inferInsert, 'origin' | 'batchId'>;
type DemoActivity = Omit<typeof activities.$inferInsert, 'batchId'>;

/** Pure: the illustrative kelurahan figures, from the village list alone. */
export function buildIllustrative(villageList: Village[]): {
  villages: Map<string, string>;
  series: IllustrativeSeries[];
  genting: GentingActivity[];
  programmes: DemoActivity[];
} {
  const rng = mulberry32(DEMO_SEED);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rng();
  const profileOf = (v: Village) => DISTRICT_PROFILES[v.districtCode] ?? DEFAULT_PROFILE;

  // Stable traits per kelurahan, drawn once in code order.
  const traits = villageList.map(() => ({
    size: between(0.6, 1.4),
    risk: between(0.8, 1.2),
    factors: RISK_FACTORS.map(() => between(0.87, 1.13)),
  }));
  const sizeByDistrict = new Map<string, number>();
  villageList.forEach((v, i) => {
    sizeByDistrict.set(v.districtCode, (sizeByDistrict.get(v.districtCode) ?? 0) + (traits[i]?.size ?? 0));
  });
  const familyWeight = villageList.map(
    (v, i) => (profileOf(v).families * (traits[i]?.size ?? 0)) / (sizeByDistrict.get(v.districtCode) ?? 1),
  );

  const series: IllustrativeSeries[] = [];
  const cells = (values: number[], extra?: (i: number) => Partial<Cell>): Cell[] =>
    villageList.map((v, i) => ({ regionCode: v.code, value: values[i] ?? 0, ...extra?.(i) }));

  let pk23Families: number[] = [];
  let pk23Water: number[] = [];
  let pk23Toilet: number[] = [];
  let pk24Krs: number[] = [];

  PUBLISHED_KRS.forEach((edition, e) => {
    const period = { editionCode: edition.edition, periodType: edition.periodType, periodStart: edition.periodStart };
    const families = allocateLargestRemainder(
      ILLUSTRATIVE_TARGET_FAMILIES[edition.edition],
      familyWeight.map((w) => w * between(0.97, 1.03)),
    );
    const krs = allocateLargestRemainder(
      edition.value,
      villageList.map((v, i) => (families[i] ?? 0) * (profileOf(v).risk[e] ?? 1) * (traits[i]?.risk ?? 1) * between(0.95, 1.05)),
    );
    series.push({ key: { indicatorCode: 'target_families', ...period }, villages: cells(families), withCity: false });
    series.push({
      key: { indicatorCode: 'krs_families', ...period },
      villages: cells(krs, (i) => ({ numerator: krs[i] ?? 0, denominator: families[i] ?? 0 })),
      withCity: false,
    });

    const factorCounts = villageList.map((v, i) => {
      const k = krs[i] ?? 0;
      const profile = profileOf(v);
      const counts = RISK_FACTORS.map((f, j) => {
        const share = f.base * (f.fall[e] ?? 1) * (f.district ? profile[f.district] : 1) * (traits[i]?.factors[j] ?? 1);
        return Math.min(k, Math.round(k * share));
      });
      // Every KRS has at least one factor, so the factor counts together cover the KRS total.
      let deficit = k - counts.reduce((a, b) => a + b, 0);
      for (let j = counts.length - 1; deficit > 0 && j >= 0; j--) {
        const add = Math.min(deficit, k - (counts[j] ?? 0));
        counts[j] = (counts[j] ?? 0) + add;
        deficit -= add;
      }
      return counts;
    });
    RISK_FACTORS.forEach((f, j) => {
      const values = factorCounts.map((c) => c[j] ?? 0);
      series.push({
        key: { indicatorCode: f.code, ...period },
        villages: cells(values, (i) => ({ numerator: values[i] ?? 0, denominator: krs[i] ?? 0 })),
        withCity: true,
      });
    });

    if (edition.edition === 'PK23') {
      pk23Families = families;
      pk23Water = factorCounts.map((c) => c[0] ?? 0);
      pk23Toilet = factorCounts.map((c) => c[1] ?? 0);
    }
    if (edition.edition === 'PK24') pk24Krs = krs;
  });

  const delivered = new Map<string, number[][]>();
  OPD_YEARS.forEach((year, y) => {
    for (const intervention of INTERVENTIONS) {
      const basis = intervention.basis === 'water' ? pk23Water : intervention.basis === 'toilet' ? pk23Toilet : pk23Families;
      const values = villageList.map((_, i) => Math.round((basis[i] ?? 0) * (intervention.rate[y] ?? 0) * between(0.8, 1.2)));
      delivered.set(intervention.code, [...(delivered.get(intervention.code) ?? []), values]);
      series.push({
        key: { indicatorCode: intervention.code, editionCode: year.edition, periodType: 'year', periodStart: year.periodStart },
        villages: cells(values),
        withCity: true,
      });
    }
  });

  // GENTING at the 28 Oct 2025 meeting: every Kasemen kelurahan, then the highest PK24 KRS counts.
  const ranked = villageList
    .map((v, i) => ({ v, i, krs: pk24Krs[i] ?? 0 }))
    .sort(
      (a, b) => Number(b.v.districtCode === '36.73.02') - Number(a.v.districtCode === '36.73.02') || b.krs - a.krs || a.i - b.i,
    );
  const aided = ranked.slice(0, GENTING_KELURAHAN_COUNT).sort((a, b) => a.i - b.i);
  const genting: GentingActivity[] = [];
  const familiesAided = villageList.map(() => 0);
  const valueAided = villageList.map(() => 0);
  for (const { v, i, krs } of aided) {
    const packages = rng() < 0.5 ? 1 : 2;
    for (let p = 0; p < packages; p++) {
      const aid = AID_PACKAGES[Math.floor(rng() * AID_PACKAGES.length)] ?? AID_PACKAGES[0];
      const donor = DONORS[Math.floor(rng() * DONORS.length)] ?? DONORS[0];
      const draw = rng();
      const recipientType: RecipientType = draw < 0.8 ? 'family' : draw < 0.9 ? 'baduta' : 'pregnant';
      const familiesReached = Math.min(krs, 8 + Math.floor(rng() * 18));
      const quantity = familiesReached * aid.perFamily;
      const valueIdr = quantity * aid.unitValueIdr;
      genting.push({
        programCode: 'genting',
        regionCode: v.code,
        date: GENTING_DATE,
        aidType: aid.aidType,
        recipientType,
        familiesReached,
        quantity,
        quantityUnit: aid.quantityUnit,
        valueIdr,
        donorName: donor?.donorName ?? null,
        donorType: donor?.donorType ?? null,
        note: 'Rakor TPPS 28 Oktober 2025 (ilustrasi)',
      });
      familiesAided[i] = (familiesAided[i] ?? 0) + familiesReached;
      valueAided[i] = (valueAided[i] ?? 0) + valueIdr;
    }
  }
  const gentingPeriod = { editionCode: GENTING_EDITION, periodType: 'month' as const, periodStart: '2025-10-01' };
  series.push({
    key: { indicatorCode: 'genting_families_aided', ...gentingPeriod },
    villages: cells(familiesAided),
    withCity: true,
  });
  series.push({ key: { indicatorCode: 'aid_value_idr', ...gentingPeriod }, villages: cells(valueAided), withCity: true });

  // Drawn after GENTING so the earlier figures stay what they were before programmes were added.
  const programmes = buildProgrammeActivities(villageList, delivered, rng);

  return { villages: new Map(villageList.map((v) => [v.code, v.districtCode])), series, genting, programmes };
}

const KASEMEN_CODE = '36.73.02';
const GOVERNMENT_DONOR = { donorType: 'government' as const, donorName: 'Pemerintah Kota Serang' };
const KUA_DONOR = { donorType: 'government' as const, donorName: 'Kementerian Agama (KUA)' };
const NOTE = 'Data ilustrasi';

/**
 * Activity rows of clean water, sanitation, PHBS, nutrition education and Bimwin that add up,
 * per kelurahan and year, to the OPD intervention observations. Kasemen's work comes first in
 * each year (it had the worst unsafe water); Bimwin runs at each kecamatan's KUA.
 */
function buildProgrammeActivities(villages: Village[], delivered: Map<string, number[][]>, rng: () => number): DemoActivity[] {
  const rows: DemoActivity[] = [];
  const of = (code: string, y: number, i: number) => delivered.get(code)?.[y]?.[i] ?? 0;
  const date = (year: string, month: number) => `${year}-${String(month).padStart(2, '0')}-15`;
  OPD_YEARS.forEach((opd, y) => {
    const year = opd.periodStart.slice(0, 4);
    // The demo ends at the October 2025 meeting: nothing is dated after it.
    const lastMonth = year === '2025' ? 10 : 12;
    const month = (kasemen: boolean) => (kasemen ? 2 + Math.floor(rng() * 2) : 5 + Math.floor(rng() * (lastMonth - 4)));
    villages.forEach((v, i) => {
      const kasemen = v.districtCode === KASEMEN_CODE;
      const base = { regionCode: v.code, origin: 'illustrative' as const, note: NOTE };
      const water = of('households_safe_water', y, i);
      // Brackish groundwater in Kasemen: piped connections rather than bored wells.
      const piped = Math.round(water * (kasemen ? 0.75 : 0.5));
      const wellHouseholds = water - piped;
      const waterMonth = month(kasemen);
      if (piped > 0) {
        rows.push({
          ...base,
          ...GOVERNMENT_DONOR,
          programCode: 'clean_water',
          date: date(year, waterMonth),
          aidType: 'sambungan rumah',
          recipientType: 'family',
          familiesReached: piped,
          quantity: piped,
          quantityUnit: 'sambungan',
        });
      }
      if (wellHouseholds > 0) {
        rows.push({
          ...base,
          ...GOVERNMENT_DONOR,
          programCode: 'clean_water',
          date: date(year, waterMonth),
          aidType: 'sumur bor',
          recipientType: 'family',
          familiesReached: wellHouseholds,
          quantity: Math.ceil(wellHouseholds / 12),
          quantityUnit: 'titik',
        });
      }
      if (kasemen) {
        rows.push({
          ...base,
          ...GOVERNMENT_DONOR,
          programCode: 'clean_water',
          date: date(year, 9),
          aidType: 'tangki air',
          recipientType: 'community',
          quantity: 10 + Math.floor(rng() * 20),
          quantityUnit: 'hari',
        });
      }
      const toilets = of('households_safe_toilet', y, i);
      if (toilets > 0) {
        rows.push({
          ...base,
          ...GOVERNMENT_DONOR,
          programCode: 'sanitation',
          date: date(year, month(kasemen)),
          aidType: 'jamban sehat',
          recipientType: 'family',
          familiesReached: toilets,
          quantity: toilets,
          quantityUnit: 'unit',
        });
      }
      if (rng() < (kasemen ? 0.1 * y : 0.15)) {
        rows.push({
          ...base,
          ...GOVERNMENT_DONOR,
          programCode: 'sanitation',
          date: date(year, lastMonth),
          aidType: 'deklarasi ODF',
          recipientType: 'community',
          quantity: 1,
          quantityUnit: 'kelurahan',
        });
      }
      // One row per session: the participants are its quantity, the sessions its row count.
      const spread = (k: number, n: number) => 1 + Math.floor(((k + 0.5) * lastMonth) / n);
      const phbs = splitIntoGroups(of('phbs_households', y, i), 30);
      phbs.forEach((households, k) => {
        rows.push({
          ...base,
          ...GOVERNMENT_DONOR,
          programCode: 'phbs',
          date: date(year, spread(k, phbs.length)),
          aidType: 'penyuluhan PHBS',
          recipientType: 'household',
          quantity: households,
          quantityUnit: 'rumah tangga',
        });
      });
      const classes = splitIntoGroups(of('nutrition_education_participants', y, i), 25);
      classes.forEach((participants, k) => {
        rows.push({
          ...base,
          ...GOVERNMENT_DONOR,
          programCode: 'nutrition_education',
          date: date(year, spread(k, classes.length)),
          aidType: 'kelas gizi',
          recipientType: k % 2 === 0 ? 'pregnant' : 'baduta',
          quantity: participants,
          quantityUnit: 'peserta',
        });
      });
    });
    // Bimwin: brides and grooms of all kelurahan of a kecamatan, in batches at its KUA.
    const byDistrict = new Map<string, number>();
    villages.forEach((v, i) => {
      byDistrict.set(v.districtCode, (byDistrict.get(v.districtCode) ?? 0) + of('bimwin_participants', y, i));
    });
    for (const [districtCode, brides] of [...byDistrict].sort(([a], [b]) => a.localeCompare(b))) {
      const batches = splitIntoGroups(brides, 40);
      batches.forEach((catin, k) => {
        rows.push({
          ...KUA_DONOR,
          regionCode: districtCode,
          origin: 'illustrative',
          note: NOTE,
          programCode: 'bimwin',
          date: date(year, 1 + Math.floor(((k + 0.5) * lastMonth) / batches.length)),
          aidType: 'Bimwin di KUA',
          recipientType: 'bride_groom',
          familiesReached: Math.floor(catin / 2),
          quantity: catin,
          quantityUnit: 'catin',
        });
      });
    }
  });
  return rows;
}

/** `total` people split into groups of about `perGroup` (sessions, KUA batches); none when nobody came. */
function splitIntoGroups(total: number, perGroup: number): number[] {
  if (total <= 0) return [];
  return allocateLargestRemainder(
    total,
    Array.from({ length: Math.max(1, Math.round(total / perGroup)) }, () => 1),
  );
}

function villageDistrict(villages: Map<string, string>, code: string): string {
  const district = villages.get(code);
  if (!district) throw new Error(`seedDemo: kelurahan ${code} has no kecamatan`);
  return district;
}

/** Sums cells into their parents; numerators and denominators are summed alongside values. */
function rollUp(children: Cell[], parentOf: (code: string) => string): Cell[] {
  const parents = new Map<string, Cell>();
  for (const child of children) {
    const code = parentOf(child.regionCode);
    const parent = parents.get(code) ?? { regionCode: code, value: 0 };
    parent.value += child.value;
    if (child.numerator !== undefined) parent.numerator = (parent.numerator ?? 0) + child.numerator;
    if (child.denominator !== undefined) parent.denominator = (parent.denominator ?? 0) + child.denominator;
    parents.set(code, parent);
  }
  return [...parents.values()].sort((a, b) => a.regionCode.localeCompare(b.regionCode));
}
