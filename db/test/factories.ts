import type { Db } from '../client';
import {
  dataSources,
  editions,
  type Indicator,
  indicators,
  type NewObservation,
  observations,
  regionBoundaries,
  regions,
} from '../schema';

// Factories: each test creates exactly the rows it needs, with defaults that can be overridden.

/** A province, one kab/kota, and `districts` kecamatan under it (codes 99, 99.01, 99.01.01...). */
export async function createRegionTree(db: Db, options: { regency?: string; districts?: string[] } = {}) {
  const regency = options.regency ?? '99.01';
  const province = regency.slice(0, 2);
  const names = options.districts ?? ['Alpha', 'Beta', 'Gamma'];
  const districtRows = names.map((name, i) => ({
    code: `${regency}.${String(i + 1).padStart(2, '0')}`,
    name,
    level: 'district' as const,
    parentCode: regency,
  }));
  await db
    .insert(regions)
    .values([
      { code: province, name: `Provinsi ${province}`, level: 'province', parentCode: null },
      { code: regency, name: `Kota ${regency}`, level: 'regency', parentCode: province },
      ...districtRows,
    ])
    .onConflictDoNothing();
  return { province, regency, districts: districtRows.map((d) => d.code) };
}

export async function createIndicator(db: Db, overrides: Partial<Indicator> & { code: string }) {
  const [row] = await db
    .insert(indicators)
    .values({
      nameId: `Nama ${overrides.code}`,
      nameEn: `Name ${overrides.code}`,
      descriptionId: 'Deskripsi',
      descriptionEn: 'Description',
      unit: 'families',
      polarity: 'lower_is_better',
      domain: 'family_risk',
      aggregation: 'sum',
      ...overrides,
    })
    .returning();
  return row as Indicator;
}

export async function createSource(db: Db, code: string) {
  await db
    .insert(dataSources)
    .values({
      code,
      family: 'manual',
      nameId: `Sumber ${code}`,
      nameEn: `Source ${code}`,
      owner: 'Test',
      methodId: '-',
      methodEn: '-',
    })
    .onConflictDoNothing();
  return code;
}

export async function createEdition(db: Db, values: { source: string; code: string; releasedOn: string; citation?: string }) {
  await createSource(db, values.source);
  const [row] = await db
    .insert(editions)
    .values({
      sourceCode: values.source,
      code: values.code,
      name: `Edition ${values.code}`,
      releasedOn: values.releasedOn,
      citation: values.citation ?? null,
    })
    .returning({ id: editions.id });
  return (row as { id: number }).id;
}

export async function createObservation(
  db: Db,
  values: Pick<NewObservation, 'indicatorCode' | 'regionCode' | 'editionId'> & Partial<NewObservation>,
) {
  const [row] = await db
    .insert(observations)
    .values({ periodType: 'year', periodStart: '2024-01-01', origin: 'published', value: 1, ...values })
    .returning({ id: observations.id });
  return (row as { id: number }).id;
}

export async function createBoundary(
  db: Db,
  regionCode: string,
  provenance: 'approximate' | 'imported',
  source: string = provenance,
) {
  await db.insert(regionBoundaries).values({
    regionCode,
    provenance,
    source,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    },
  });
}
