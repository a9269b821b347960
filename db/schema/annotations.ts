import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { type AnnotationKind, annotationKinds, oneOf } from './enums';
import { indicators } from './indicators';
import { regions } from './regions';

// Dated events drawn on charts: a meeting, a programme launch, a survey round, a method change.
export const annotations = pgTable(
  'annotations',
  {
    id: serial().primaryKey(),
    /** Null: applies to every region. */
    regionCode: text().references(() => regions.code),
    /** Null: shown on every indicator's chart. */
    indicatorCode: text().references(() => indicators.code),
    date: date({ mode: 'string' }).notNull(),
    kind: text().$type<AnnotationKind>().notNull(),
    titleId: text().notNull(),
    titleEn: text().notNull(),
    bodyId: text(),
    bodyEn: text(),
  },
  (t) => [
    check('annotations_kind_check', sql.raw(oneOf('kind', annotationKinds))),
    // listAnnotations(region) for a chart
    index('annotations_region_date_idx').on(t.regionCode, t.date),
  ],
);

export type Annotation = typeof annotations.$inferSelect;
