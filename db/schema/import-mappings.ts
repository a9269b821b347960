import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Header mappings remembered per template: a file's own header -> the template's column.
export const importMappings = pgTable('import_mappings', {
  template: text().primaryKey(),
  mapping: jsonb().$type<Record<string, string>>().notNull(),
  updatedBy: text().notNull(),
  updatedAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});
