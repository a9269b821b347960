import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { oneOf, type SourceFamily, sourceFamilies } from './enums';

// The family of numbers a figure belongs to. One series never mixes two sources.
export const dataSources = pgTable(
  'data_sources',
  {
    code: text().primaryKey(),
    family: text().$type<SourceFamily>().notNull(),
    nameId: text().notNull(),
    nameEn: text().notNull(),
    owner: text().notNull(),
    methodId: text().notNull(),
    methodEn: text().notNull(),
    sortOrder: integer().notNull().default(0),
  },
  () => [check('data_sources_family_check', sql.raw(oneOf('family', sourceFamilies)))],
);

export type DataSource = typeof dataSources.$inferSelect;
