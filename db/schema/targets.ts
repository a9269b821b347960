import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { oneOf, type PeriodType, periodTypes } from './enums';
import { indicators } from './indicators';
import { regions } from './regions';

export const targets = pgTable(
  'targets',
  {
    id: serial().primaryKey(),
    indicatorCode: text()
      .notNull()
      .references(() => indicators.code),
    /** Null: a national target that applies to every region. */
    regionCode: text().references(() => regions.code),
    periodType: text().$type<PeriodType>().notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    value: doublePrecision().notNull(),
    legalBasis: text().notNull(),
  },
  (t) => [
    check('targets_period_type_check', sql.raw(oneOf('period_type', periodTypes))),
    // listTargets(indicator, region)
    index('targets_indicator_idx').on(t.indicatorCode, t.regionCode),
  ],
);

export type Target = typeof targets.$inferSelect;
