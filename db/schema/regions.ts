import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { oneOf, type RegionLevel, regionLevels } from './enums';

// Kemendagri codes are hierarchical (36.73.02.1011 lies in 36.73.02), so a code prefix
// selects every descendant.
export const regions = pgTable(
  'regions',
  {
    code: text().primaryKey(),
    bpsCode: text(),
    name: text().notNull(),
    level: text().$type<RegionLevel>().notNull(),
    parentCode: text(),
    validFrom: date({ mode: 'string' }),
    validTo: date({ mode: 'string' }),
  },
  (t) => [
    check('regions_level_check', sql.raw(oneOf('level', regionLevels))),
    // listRegions(parent): children of one region
    index('regions_parent_code_idx').on(t.parentCode),
    // getCoverage, getMap(level 'village'), loadImportCatalogue: descendants by code prefix (LIKE '36.73.%');
    // text_pattern_ops because a plain index serves LIKE only under the C collation
    index('regions_code_prefix_idx').on(t.code.op('text_pattern_ops')),
  ],
);

export type Region = typeof regions.$inferSelect;
export type NewRegion = typeof regions.$inferInsert;
