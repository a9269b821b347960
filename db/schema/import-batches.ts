import { sql } from 'drizzle-orm';
import { check, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { type BatchStatus, batchStatuses, type DataOrigin, dataOrigins, oneOf } from './enums';

// Every write of figures belongs to a batch, so a load can be traced and rolled back.
export const importBatches = pgTable(
  'import_batches',
  {
    id: serial().primaryKey(),
    origin: text().$type<DataOrigin>().notNull(),
    description: text().notNull(),
    fileName: text(),
    fileHash: text(),
    rowCount: integer().notNull().default(0),
    status: text().$type<BatchStatus>().notNull().default('committed'),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    rolledBackAt: timestamp({ withTimezone: true, mode: 'string' }),
  },
  () => [
    check('import_batches_origin_check', sql.raw(oneOf('origin', dataOrigins))),
    check('import_batches_status_check', sql.raw(oneOf('status', batchStatuses))),
  ],
);

export type ImportBatch = typeof importBatches.$inferSelect;
