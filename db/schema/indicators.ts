import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import {
  type Aggregation,
  aggregations,
  type IndicatorDomain,
  type IndicatorUnit,
  indicatorDomains,
  indicatorUnits,
  oneOf,
  type Polarity,
  polarities,
} from './enums';

export const indicators = pgTable(
  'indicators',
  {
    code: text().primaryKey(),
    nameId: text().notNull(),
    nameEn: text().notNull(),
    descriptionId: text().notNull(),
    descriptionEn: text().notNull(),
    unit: text().$type<IndicatorUnit>().notNull(),
    polarity: text().$type<Polarity>().notNull(),
    domain: text().$type<IndicatorDomain>().notNull(),
    aggregation: text().$type<Aggregation>().notNull(),
    /** For count indicators with a denominator: the rate is numerator / denominator x 100. */
    rateLabelId: text(),
    rateLabelEn: text(),
    isPublic: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
  },
  () => [
    check('indicators_unit_check', sql.raw(oneOf('unit', indicatorUnits))),
    check('indicators_polarity_check', sql.raw(oneOf('polarity', polarities))),
    check('indicators_domain_check', sql.raw(oneOf('domain', indicatorDomains))),
    check('indicators_aggregation_check', sql.raw(oneOf('aggregation', aggregations))),
  ],
);

export type Indicator = typeof indicators.$inferSelect;
export type NewIndicator = typeof indicators.$inferInsert;
