import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { editions } from './editions';
import {
  type DataOrigin,
  dataOrigins,
  type ObservationStatus,
  observationStatuses,
  oneOf,
  type PeriodType,
  periodTypes,
} from './enums';
import { importBatches } from './import-batches';
import { indicators } from './indicators';
import { regions } from './regions';

// The fact table: indicator x region x period x edition. A correction never overwrites:
// the old row gets `supersededAt` and stays, so history answers "why did the number change".
export const observations = pgTable(
  'observations',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    indicatorCode: text()
      .notNull()
      .references(() => indicators.code),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    periodType: text().$type<PeriodType>().notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    editionId: integer()
      .notNull()
      .references(() => editions.id),
    value: doublePrecision(),
    numerator: doublePrecision(),
    denominator: doublePrecision(),
    /** Share (0-100) of the target population actually measured, e.g. children weighed in e-PPGBM. */
    coverage: doublePrecision(),
    status: text().$type<ObservationStatus>().notNull().default('final'),
    origin: text().$type<DataOrigin>().notNull(),
    /** Computed by rolling up the region's children, not loaded from a source. */
    isDerived: boolean().notNull().default(false),
    batchId: integer().references(() => importBatches.id),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    supersededAt: timestamp({ withTimezone: true, mode: 'string' }),
    supersededById: integer(),
  },
  (t) => [
    check('observations_period_type_check', sql.raw(oneOf('period_type', periodTypes))),
    check('observations_status_check', sql.raw(oneOf('status', observationStatuses))),
    check('observations_origin_check', sql.raw(oneOf('origin', dataOrigins))),
    check(
      'observations_values_non_negative',
      sql`coalesce(${t.value}, 0) >= 0 and coalesce(${t.numerator}, 0) >= 0 and coalesce(${t.denominator}, 0) >= 0`,
    ),
    // one current figure per cell; superseded rows are kept beside it
    uniqueIndex('observations_current_cell_idx')
      .on(t.indicatorCode, t.regionCode, t.periodType, t.periodStart, t.editionId)
      .where(sql`${t.supersededAt} is null`),
    // getSeries: one indicator for one region over time
    index('observations_indicator_region_idx').on(t.indicatorCode, t.regionCode, t.periodStart),
    // getBreakdown and getMap: many indicators or regions for one edition
    index('observations_edition_indicator_idx').on(t.editionId, t.indicatorCode),
    // history and rollback of one import batch
    index('observations_batch_idx').on(t.batchId),
  ],
);

export type Observation = typeof observations.$inferSelect;
export type NewObservation = typeof observations.$inferInsert;
