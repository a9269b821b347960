import type { Db } from '../client';
import { programs, regions } from '../schema';
import { createIndicator, createRegionTree } from './factories';

// Factories for the import tests: a small kab/kota with kelurahan, and the KRS indicators.

export const KRS_INDICATORS = [
  'krs_families',
  'target_families',
  'krs_unsafe_water',
  'krs_unsafe_toilet',
  'krs_4t_too_young',
  'krs_4t_too_old',
  'krs_4t_too_close',
  'krs_4t_too_many',
] as const;

/** Kota 99.01 with kecamatan Alpha (kelurahan Satu, Dua) and Beta (kelurahan Satu): "Satu" is ambiguous. */
export async function createImportTree(db: Db) {
  const tree = await createRegionTree(db, { regency: '99.01', districts: ['Alpha', 'Beta'] });
  const villages = [
    { code: '99.01.01.1001', name: 'Satu', level: 'village' as const, parentCode: '99.01.01' },
    { code: '99.01.01.1002', name: 'Dua', level: 'village' as const, parentCode: '99.01.01' },
    { code: '99.01.02.1001', name: 'Satu', level: 'village' as const, parentCode: '99.01.02' },
  ];
  await db.insert(regions).values(villages);
  for (const code of KRS_INDICATORS) await createIndicator(db, { code });
  return { ...tree, villages: villages.map((v) => v.code) };
}

export async function createProgram(db: Db, code: string) {
  await db
    .insert(programs)
    .values({ code, nameId: `Program ${code}`, nameEn: `Programme ${code}`, descriptionId: '-', descriptionEn: '-' });
  return code;
}
