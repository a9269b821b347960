import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { z } from 'zod';
import {
  type CentrePoint,
  computeApproximateBoundaries,
  DEFAULT_HULL_BUFFER_KM,
  DEFAULT_HULL_MAX_EDGE_KM,
} from '../../lib/geo/approximate-boundaries';
import { toRegionDisplayName } from '../../lib/geo/region-names';
import type { Db } from '../client';
import { type NewRegion, regionBoundaries, regions } from '../schema';

// The configured kab/kota, its kecamatan and kelurahan/desa come from idn-area-data (the
// Kemendagri list); their approximate shapes from geografis centre points. Runs at every start.

export const APPROXIMATE_BOUNDARY_SOURCE = `Voronoi kelurahan (geografis), hull ${DEFAULT_HULL_MAX_EDGE_KM} km + ${DEFAULT_HULL_BUFFER_KM} km, dissolved`;

const INSERT_CHUNK = 500;

export class UnknownRegionError extends Error {}

export async function ensureRegions(db: Db, regencyCode: string): Promise<void> {
  // Cheap path at every restart: the regency's approximate boundary is written in the same
  // transaction as everything else, so its presence means the whole tree is there.
  const [done] = await db
    .select({ id: regionBoundaries.id })
    .from(regionBoundaries)
    .where(and(eq(regionBoundaries.regionCode, regencyCode), eq(regionBoundaries.provenance, 'approximate')))
    .limit(1);
  if (done) return;

  const area = await readArea(regencyCode);
  const boundaries = computeApproximateBoundaries({
    districtCodes: area.districts.map((d) => d.code),
    villages: area.villages.map((v) => ({ code: v.code, districtCode: v.parentCode })),
    points: readCentrePoints(regencyCode),
  });
  const shapes = [
    ...(boundaries.regency ? [{ code: regencyCode, geometry: boundaries.regency }] : []),
    ...boundaries.districts,
    ...boundaries.villages,
  ];

  await db.transaction(async (tx) => {
    const rows: NewRegion[] = [area.province, area.regency, ...area.districts, ...area.villages];
    for (const chunk of chunks(rows, INSERT_CHUNK)) {
      await tx.insert(regions).values(chunk).onConflictDoNothing();
    }
    // Conflicts are per region and provenance, so an imported boundary is never touched.
    const boundaryRows = shapes.map((s) => ({
      regionCode: s.code,
      geometry: s.geometry,
      provenance: 'approximate' as const,
      source: APPROXIMATE_BOUNDARY_SOURCE,
    }));
    for (const chunk of chunks(boundaryRows, INSERT_CHUNK)) {
      await tx.insert(regionBoundaries).values(chunk).onConflictDoNothing();
    }
  });
}

type AreaRows = {
  province: NewRegion;
  regency: NewRegion;
  districts: (NewRegion & { parentCode: string })[];
  villages: (NewRegion & { parentCode: string })[];
};

async function readArea(regencyCode: string): Promise<AreaRows> {
  const regencies = await getRegencies({ transform: true });
  const regency = regencies.find((r) => r.code === regencyCode);
  if (!regency) {
    throw new UnknownRegionError(`REGION_CODE ${regencyCode} is not a kab/kota in idn-area-data; use a code such as 36.73`);
  }
  const [provinces, allDistricts, allVillages] = await Promise.all([
    getProvinces(),
    getDistricts({ transform: true }),
    getVillages({ transform: true }),
  ]);
  const province = provinces.find((p) => p.code === regency.provinceCode);
  if (!province) throw new Error(`idn-area-data lists no province ${regency.provinceCode} for ${regencyCode}`);
  const districts = allDistricts.filter((d) => d.regencyCode === regencyCode);
  const districtCodes = new Set(districts.map((d) => d.code));
  const villages = allVillages.filter((v) => districtCodes.has(v.districtCode));
  return {
    province: { code: province.code, name: toRegionDisplayName(province.name), level: 'province', parentCode: null },
    regency: { code: regency.code, name: toRegionDisplayName(regency.name), level: 'regency', parentCode: province.code },
    districts: districts.map((d) => ({
      code: d.code,
      name: toRegionDisplayName(d.name),
      level: 'district',
      parentCode: d.regencyCode,
    })),
    villages: villages.map((v) => ({
      code: v.code,
      name: toRegionDisplayName(v.name),
      level: 'village',
      parentCode: v.districtCode,
    })),
  };
}

const centrePointSchema = z.object({ code: z.string(), latitude: z.number(), longitude: z.number() });

/** Village centre points of one kab/kota from geografis (a 30 MB file, read only on first start). */
function readCentrePoints(regencyCode: string): CentrePoint[] {
  const file = path.join(process.cwd(), 'node_modules', 'geografis', 'data', 'json', 'data.json');
  const records: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(records)) throw new Error(`${file} is not a JSON array`);
  const prefix = `${regencyCode}.`;
  const points: CentrePoint[] = [];
  for (const record of records) {
    // Filter on the code first: validating all 83,000 records would cost more than the shapes.
    if (!String((record as { code?: unknown } | null)?.code).startsWith(prefix)) continue;
    const parsed = centrePointSchema.safeParse(record);
    if (parsed.success) points.push(parsed.data);
  }
  return points;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
