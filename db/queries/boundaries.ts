import 'server-only';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Db } from '../client';
import { type RegionLevel, regionBoundaries, regions } from '../schema';
import { recordAudit } from './audit';

// Official boundaries replace the approximate ones on the map; the approximate rows stay.

export async function listRegionsOfLevel(db: Db, regencyCode: string, level: RegionLevel) {
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level })
    .from(regions)
    .where(and(eq(regions.level, level), like(regions.code, `${regencyCode}.%`)))
    .orderBy(asc(regions.code));
}

/** One imported boundary per region: a newer file replaces the previous import, never the approximate one. */
export async function saveImportedBoundaries(
  db: Db,
  input: { rows: { code: string; geometry: Polygon | MultiPolygon }[]; source: string; property: string; actor: string },
): Promise<number> {
  return db.transaction(async (tx) => {
    for (const row of input.rows) {
      await tx
        .insert(regionBoundaries)
        .values({ regionCode: row.code, geometry: row.geometry, provenance: 'imported', source: input.source })
        .onConflictDoUpdate({
          target: [regionBoundaries.regionCode, regionBoundaries.provenance],
          set: { geometry: row.geometry, source: input.source, importedAt: sql`now()` },
        });
    }
    await recordAudit(tx, {
      actor: input.actor,
      action: 'boundaries.import',
      entity: 'region_boundaries',
      entityId: input.source,
      detail: { property: input.property, regions: input.rows.map((r) => r.code) },
    });
    return input.rows.length;
  });
}
