import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Geometry } from 'geojson';
import { type BoundaryProvenance, boundaryProvenances, oneOf } from './enums';
import { regions } from './regions';

export const regionBoundaries = pgTable(
  'region_boundaries',
  {
    id: serial().primaryKey(),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    geometry: jsonb().$type<Geometry>().notNull(),
    provenance: text().$type<BoundaryProvenance>().notNull(),
    /** `approximate` boundaries name their method; imported ones the file they came from. */
    source: text().notNull(),
    importedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    check('region_boundaries_provenance_check', sql.raw(oneOf('provenance', boundaryProvenances))),
    // getMap: one boundary per region and provenance; an imported one wins over the approximate
    uniqueIndex('region_boundaries_region_provenance_idx').on(t.regionCode, t.provenance),
  ],
);

export type RegionBoundary = typeof regionBoundaries.$inferSelect;
