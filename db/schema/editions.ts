import { boolean, date, index, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { dataSources } from './data-sources';

// One release of a source ("PK24", "SSGI 2022"). Points of a series are ordered by
// period, then by the edition's release date.
export const editions = pgTable(
  'editions',
  {
    id: serial().primaryKey(),
    sourceCode: text()
      .notNull()
      .references(() => dataSources.code),
    code: text().notNull(),
    name: text().notNull(),
    /** The name in English where it differs ("PK24, released January 2025"); null: the name is used. */
    nameEn: text(),
    releasedOn: date({ mode: 'string' }).notNull(),
    /** Where a published figure was stated, shown on screen next to it. */
    citation: text(),
    fileHash: text(),
    /** The number used for targets when editions of one source disagree. */
    isOfficial: boolean().notNull().default(false),
  },
  (t) => [
    // resolving an edition code given in the API or an import
    uniqueIndex('editions_source_code_idx').on(t.sourceCode, t.code),
    // latest edition of a source
    index('editions_source_released_idx').on(t.sourceCode, t.releasedOn),
  ],
);

export type Edition = typeof editions.$inferSelect;
export type NewEdition = typeof editions.$inferInsert;
