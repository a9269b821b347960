import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { type DataOrigin, type DonorType, dataOrigins, donorTypes, oneOf, type RecipientType, recipientTypes } from './enums';
import { importBatches } from './import-batches';
import { programs } from './programs';
import { regions } from './regions';

// What was delivered, where and when. Aggregated before it reaches the public.
export const activities = pgTable(
  'activities',
  {
    id: serial().primaryKey(),
    programCode: text()
      .notNull()
      .references(() => programs.code),
    regionCode: text()
      .notNull()
      .references(() => regions.code),
    date: date({ mode: 'string' }).notNull(),
    aidType: text(),
    recipientType: text().$type<RecipientType>(),
    familiesReached: integer(),
    quantity: doublePrecision(),
    quantityUnit: text(),
    valueIdr: doublePrecision(),
    donorName: text(),
    donorType: text().$type<DonorType>(),
    origin: text().$type<DataOrigin>().notNull(),
    batchId: integer().references(() => importBatches.id),
    note: text(),
  },
  (t) => [
    check('activities_donor_type_check', sql`${t.donorType} is null or ${sql.raw(oneOf('donor_type', donorTypes))}`),
    check(
      'activities_recipient_type_check',
      sql`${t.recipientType} is null or ${sql.raw(oneOf('recipient_type', recipientTypes))}`,
    ),
    check('activities_origin_check', sql.raw(oneOf('origin', dataOrigins))),
    // activities per programme and region over time
    index('activities_program_region_date_idx').on(t.programCode, t.regionCode, t.date),
  ],
);

export type Activity = typeof activities.$inferSelect;
