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
  ],
);

export type Region = typeof regions.$inferSelect;
export type NewRegion = typeof regions.$inferInsert;
