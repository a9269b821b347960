import type { Db } from '../client';
import { dataSources, indicators, programs } from '../schema';
import type { NewIndicator } from '../schema/indicators';

// The catalogue every installation needs, whatever its region. Inserted with
// onConflictDoNothing so edits made later through the catalogue survive restarts.

type NewDataSource = typeof dataSources.$inferInsert;
type NewProgram = typeof programs.$inferInsert;

export const DATA_SOURCES: NewDataSource[] = [
  {
    code: 'ssgi',
    family: 'survey',
    nameId: 'Survei status gizi nasional (SSGBI/SSGI/SKI)',
    nameEn: 'National nutrition status survey (SSGBI/SSGI/SKI)',
    owner: 'Kemenkes (BKPK)',
    methodId:
      'Prevalensi stunting pada balita dari survei sampel nasional: SSGBI 2019, SSGI 2021-2022 dan 2024, SKI 2023. ' +
      'Ini angka resmi untuk target; hanya tersedia sampai tingkat kabupaten/kota, tanpa angka kecamatan.',
    methodEn:
      'Prevalence of stunting among children under five from a national sample survey: SSGBI 2019, SSGI 2021-2022 and 2024, SKI 2023. ' +
      'It is the official number for targets; it exists down to kab/kota level only, with no kecamatan figures.',
    sortOrder: 10,
  },
  {
    code: 'eppgbm',
    family: 'eppgbm',
    nameId: 'e-PPGBM (Sigizi Terpadu)',
    nameEn: 'e-PPGBM (Sigizi Terpadu)',
    owner: 'Kemenkes / Dinas Kesehatan',
    methodId:
      'Jumlah balita stunting (tinggi badan menurut umur di bawah -2 SD) dari pengukuran di posyandu. ' +
      'Jumlahnya bergantung pada berapa banyak anak yang diukur, sehingga selalu ditampilkan bersama cakupan pengukuran.',
    methodEn:
      'Number of stunted children (height-for-age below -2 SD) from measurements at posyandu. ' +
      'The count depends on how many children were measured, so it is always shown with the measurement coverage.',
    sortOrder: 20,
  },
  {
    code: 'bkkbn_pk',
    family: 'family_data',
    nameId: 'Pendataan Keluarga BKKBN dan Verval KRS',
    nameEn: 'BKKBN Family Data Collection (PK) and KRS verification',
    owner: 'BKKBN / DP3AKB',
    methodId:
      'Keluarga berisiko stunting (KRS): keluarga sasaran dengan satu atau lebih faktor risiko (air minum atau jamban tidak layak, 4T), ' +
      'dari Pendataan Keluarga tahunan dan putaran verifikasi-validasi (Verval KRS). Ini menghitung keluarga berisiko, bukan kasus stunting.',
    methodEn:
      'Families at risk of stunting (KRS): target families with one or more risk factors (improper drinking water or toilet, the 4T), ' +
      'from the yearly Family Data Collection and its verification rounds (Verval KRS). It counts families at risk, not stunting cases.',
    sortOrder: 30,
  },
  {
    code: 'opd',
    family: 'opd',
    nameId: 'Laporan OPD',
    nameEn: 'City agency (OPD) reports',
    owner: 'Perangkat daerah Pemerintah Kota',
    methodId: 'Laporan perangkat daerah (OPD) tentang intervensi dan bantuan yang disalurkan, per kelurahan dan periode.',
    methodEn: 'Reports of city agencies (OPD) on the interventions and aid they delivered, per kelurahan and period.',
    sortOrder: 40,
  },
  {
    code: 'manual',
    family: 'manual',
    nameId: 'Input manual',
    nameEn: 'Manual entry',
    owner: 'Tim Percepatan Penurunan Stunting (TPPS)',
    methodId: 'Angka yang dimasukkan langsung oleh tim koordinasi, dengan sumber dan tanggal yang dicatat pada setiap entri.',
    methodEn: 'Figures entered directly by the coordination team, with the source and date recorded on each entry.',
    sortOrder: 50,
  },
];

const riskFactorRate = { rateLabelId: '% dari KRS', rateLabelEn: '% of families at risk' } as const;

function riskFactor(
  code: string,
  sortOrder: number,
  names: { nameId: string; nameEn: string; descriptionId: string; descriptionEn: string },
): NewIndicator {
  return {
    code,
    ...names,
    unit: 'families',
    polarity: 'lower_is_better',
    domain: 'risk_factor',
    aggregation: 'sum',
    ...riskFactorRate,
    sortOrder,
  };
}

const indicatorList: NewIndicator[] = [
  {
    code: 'krs_families',
    nameId: 'Keluarga berisiko stunting (KRS)',
    nameEn: 'Families at risk of stunting (KRS)',
    descriptionId:
      'Keluarga sasaran yang memiliki satu atau lebih faktor risiko stunting menurut BKKBN. Pembilang = KRS, penyebut = keluarga sasaran bila diketahui.',
    descriptionEn:
      'Target families with one or more stunting risk factors as defined by BKKBN. Numerator = KRS, denominator = target families when known.',
    unit: 'families',
    polarity: 'lower_is_better',
    domain: 'family_risk',
    aggregation: 'sum',
    rateLabelId: '% dari keluarga sasaran',
    rateLabelEn: '% of target families',
    sortOrder: 10,
  },
  {
    code: 'target_families',
    nameId: 'Keluarga sasaran',
    nameEn: 'Target families',
    descriptionId:
      'Keluarga yang memiliki perempuan usia subur 15-49 tahun (PUS), PUS hamil, anak baduta (0-23 bulan) atau balita (24-59 bulan).',
    descriptionEn:
      'Families with a woman of reproductive age 15-49 (PUS), a pregnant PUS, a child aged 0-23 months (baduta) or 24-59 months (balita).',
    unit: 'families',
    polarity: 'neutral',
    domain: 'family_risk',
    aggregation: 'sum',
    sortOrder: 20,
  },
  riskFactor('krs_unsafe_water', 30, {
    nameId: 'KRS dengan sumber air minum tidak layak',
    nameEn: 'KRS without a proper drinking-water source',
    descriptionId:
      'KRS yang sumber air minumnya tidak layak. Layak = air kemasan/isi ulang, ledeng/perpipaan, sumur bor, atau sumur terlindung.',
    descriptionEn:
      'Families at risk whose drinking-water source is not proper. Proper = bottled/refill water, piped water, a bored well or a protected well.',
  }),
  riskFactor('krs_unsafe_toilet', 40, {
    nameId: 'KRS dengan jamban tidak layak',
    nameEn: 'KRS without a proper toilet',
    descriptionId: 'KRS yang tidak memiliki jamban, atau jambannya tanpa tangki septik.',
    descriptionEn: 'Families at risk with no toilet, or a toilet without a septic tank.',
  }),
  riskFactor('krs_4t_too_young', 50, {
    nameId: 'KRS 4T: terlalu muda',
    nameEn: 'KRS 4T: too young',
    descriptionId: 'KRS dengan istri (PUS) berusia di bawah 20 tahun.',
    descriptionEn: 'Families at risk where the wife (PUS) is younger than 20.',
  }),
  riskFactor('krs_4t_too_old', 60, {
    nameId: 'KRS 4T: terlalu tua',
    nameEn: 'KRS 4T: too old',
    descriptionId: 'KRS dengan istri (PUS) berusia di atas 35 tahun.',
    descriptionEn: 'Families at risk where the wife (PUS) is older than 35.',
  }),
  riskFactor('krs_4t_too_close', 70, {
    nameId: 'KRS 4T: terlalu dekat',
    nameEn: 'KRS 4T: births too close',
    descriptionId: 'KRS dengan jarak kelahiran anak kurang dari 2 tahun.',
    descriptionEn: 'Families at risk with births less than 2 years apart.',
  }),
  riskFactor('krs_4t_too_many', 80, {
    nameId: 'KRS 4T: terlalu banyak',
    nameEn: 'KRS 4T: too many children',
    descriptionId: 'KRS dengan lebih dari 3 anak.',
    descriptionEn: 'Families at risk with more than 3 children.',
  }),
  {
    code: 'stunting_prevalence',
    nameId: 'Prevalensi stunting balita',
    nameEn: 'Stunting prevalence among children under five',
    descriptionId:
      'Persentase balita dengan tinggi badan menurut umur di bawah -2 SD. Angka survei (SSGI/SKI) dan e-PPGBM tidak dicampur dalam satu seri.',
    descriptionEn:
      'Share of children under five with height-for-age below -2 SD. Survey (SSGI/SKI) and e-PPGBM figures are never mixed in one series.',
    unit: 'percent',
    polarity: 'lower_is_better',
    domain: 'outcome',
    aggregation: 'ratio',
    sortOrder: 90,
  },
  {
    code: 'stunted_children',
    nameId: 'Balita stunting (e-PPGBM)',
    nameEn: 'Stunted children (e-PPGBM)',
    descriptionId:
      'Jumlah balita dengan tinggi badan menurut umur di bawah -2 SD dari pengukuran posyandu. Bergantung pada cakupan pengukuran.',
    descriptionEn:
      'Number of children under five with height-for-age below -2 SD from posyandu measurements. Depends on measurement coverage.',
    unit: 'children',
    polarity: 'lower_is_better',
    domain: 'outcome',
    aggregation: 'sum',
    sortOrder: 100,
  },
  {
    code: 'households_safe_water',
    nameId: 'Rumah tangga mendapat akses air minum layak',
    nameEn: 'Households given access to safe drinking water',
    descriptionId:
      'Rumah tangga yang mendapat akses air minum layak (sambungan perpipaan, sumur bor, sarana air bersih) dalam periode.',
    descriptionEn:
      'Households given access to safe drinking water (piped connection, bored well, clean-water facility) in the period.',
    unit: 'households',
    polarity: 'higher_is_better',
    domain: 'intervention',
    aggregation: 'sum',
    sortOrder: 110,
  },
  {
    code: 'households_safe_toilet',
    nameId: 'Rumah tangga mendapat jamban layak',
    nameEn: 'Households given a proper toilet',
    descriptionId: 'Rumah tangga yang mendapat jamban sehat dengan tangki septik (pembangunan atau perbaikan) dalam periode.',
    descriptionEn: 'Households given a proper toilet with a septic tank (built or repaired) in the period.',
    unit: 'households',
    polarity: 'higher_is_better',
    domain: 'intervention',
    aggregation: 'sum',
    sortOrder: 120,
  },
  {
    code: 'phbs_households',
    nameId: 'Rumah tangga dibina PHBS',
    nameEn: 'Households coached on clean and healthy living (PHBS)',
    descriptionId: 'Rumah tangga yang mendapat pembinaan Perilaku Hidup Bersih dan Sehat (PHBS) dalam periode.',
    descriptionEn: 'Households coached on clean and healthy living behaviour (PHBS) in the period.',
    unit: 'households',
    polarity: 'higher_is_better',
    domain: 'intervention',
    aggregation: 'sum',
    sortOrder: 130,
  },
  {
    code: 'nutrition_education_participants',
    nameId: 'Peserta edukasi gizi',
    nameEn: 'Nutrition education participants',
    descriptionId: 'Orang (ibu hamil, ibu baduta/balita, pengasuh) yang mengikuti edukasi gizi dalam periode.',
    descriptionEn: 'People (pregnant women, mothers of young children, carers) who attended nutrition education in the period.',
    unit: 'persons',
    polarity: 'higher_is_better',
    domain: 'intervention',
    aggregation: 'sum',
    sortOrder: 140,
  },
  {
    code: 'bimwin_participants',
    nameId: 'Peserta Bimbingan Perkawinan (Bimwin)',
    nameEn: 'Pre-marital guidance (Bimwin) participants',
    descriptionId:
      'Calon pengantin yang mengikuti Bimbingan Perkawinan di KUA, termasuk materi pencegahan stunting, dalam periode.',
    descriptionEn:
      'Brides and grooms who attended pre-marital guidance at the KUA, including stunting-prevention material, in the period.',
    unit: 'persons',
    polarity: 'higher_is_better',
    domain: 'intervention',
    aggregation: 'sum',
    sortOrder: 150,
  },
  {
    code: 'genting_families_aided',
    nameId: 'Keluarga dibantu GENTING',
    nameEn: 'Families aided by GENTING',
    descriptionId:
      'Keluarga berisiko stunting yang menerima bantuan orang tua asuh (Gerakan Orang Tua Asuh Cegah Stunting) dalam periode.',
    descriptionEn:
      'Families at risk of stunting that received aid from foster sponsors (GENTING foster-parent movement) in the period.',
    unit: 'families',
    polarity: 'higher_is_better',
    domain: 'aid',
    aggregation: 'sum',
    sortOrder: 160,
  },
  {
    code: 'aid_value_idr',
    nameId: 'Nilai bantuan',
    nameEn: 'Value of aid',
    descriptionId: 'Nilai bantuan yang disalurkan (sembako, beras, telur, uang transport) dalam rupiah.',
    descriptionEn: 'Value of the aid delivered (staple-food packages, rice, eggs, transport money) in rupiah.',
    unit: 'rupiah',
    polarity: 'higher_is_better',
    domain: 'aid',
    aggregation: 'sum',
    sortOrder: 170,
  },
];

export const INDICATORS: NewIndicator[] = indicatorList.map((indicator) => ({ ...indicator, isPublic: true }));

export const PROGRAMS: NewProgram[] = [
  {
    code: 'genting',
    nameId: 'GENTING (Gerakan Orang Tua Asuh Cegah Stunting)',
    nameEn: 'GENTING (foster-parent movement to prevent stunting)',
    descriptionId:
      'Donatur (Baznas, dunia usaha, ASN, perorangan) menjadi orang tua asuh bagi keluarga berisiko stunting dan menyalurkan sembako, beras, telur dan uang transport.',
    descriptionEn:
      'Sponsors (Baznas, businesses, civil servants, individuals) adopt families at risk of stunting and deliver staple-food packages, rice, eggs and transport money.',
    riskFactorIndicatorCode: null,
    outputIndicatorCode: 'genting_families_aided',
  },
  {
    code: 'clean_water',
    nameId: 'Penyediaan air bersih',
    nameEn: 'Clean water provision',
    descriptionId: 'Pembangunan sarana air bersih, sambungan perpipaan dan sumur bor bagi rumah tangga tanpa air minum layak.',
    descriptionEn:
      'Building clean-water facilities, piped connections and bored wells for households without safe drinking water.',
    riskFactorIndicatorCode: 'krs_unsafe_water',
    outputIndicatorCode: 'households_safe_water',
  },
  {
    code: 'sanitation',
    nameId: 'Sanitasi dan jamban sehat',
    nameEn: 'Sanitation and proper toilets',
    descriptionId: 'Pembangunan jamban sehat dengan tangki septik dan pemicuan Stop Buang Air Besar Sembarangan (ODF).',
    descriptionEn: 'Building proper toilets with septic tanks and triggering open-defecation-free (ODF) communities.',
    riskFactorIndicatorCode: 'krs_unsafe_toilet',
    outputIndicatorCode: 'households_safe_toilet',
  },
  {
    code: 'phbs',
    nameId: 'Pembinaan PHBS',
    nameEn: 'Clean and healthy living (PHBS) coaching',
    descriptionId: 'Pembinaan Perilaku Hidup Bersih dan Sehat di rumah tangga oleh puskesmas dan kader.',
    descriptionEn: 'Coaching of households on clean and healthy living behaviour by health centres and volunteers.',
    riskFactorIndicatorCode: null,
    outputIndicatorCode: 'phbs_households',
  },
  {
    code: 'nutrition_education',
    nameId: 'Edukasi gizi',
    nameEn: 'Nutrition education',
    descriptionId: 'Kelas dan penyuluhan gizi bagi ibu hamil, ibu baduta/balita dan pengasuh di posyandu dan puskesmas.',
    descriptionEn:
      'Nutrition classes and counselling for pregnant women, mothers of young children and carers at posyandu and health centres.',
    riskFactorIndicatorCode: null,
    outputIndicatorCode: 'nutrition_education_participants',
  },
  {
    code: 'bimwin',
    nameId: 'Bimbingan Perkawinan (Bimwin)',
    nameEn: 'Pre-marital guidance (Bimwin)',
    descriptionId:
      'Bimbingan perkawinan bagi calon pengantin di KUA dengan materi pencegahan stunting dan perencanaan kehamilan.',
    descriptionEn:
      'Pre-marital guidance for brides and grooms at the KUA with material on stunting prevention and pregnancy planning.',
    riskFactorIndicatorCode: 'krs_4t_too_young',
    outputIndicatorCode: 'bimwin_participants',
  },
];

/** The indicator codes the API and pages rely on (design.md). */
export const CORE_INDICATOR_CODES = INDICATORS.map((indicator) => indicator.code);

export async function ensureCatalogue(db: Db): Promise<void> {
  // Programs reference indicators, so the order matters.
  await db.insert(dataSources).values(DATA_SOURCES).onConflictDoNothing();
  await db.insert(indicators).values(INDICATORS).onConflictDoNothing();
  await db.insert(programs).values(PROGRAMS).onConflictDoNothing();
}
