import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// One-time values (better-auth's `verification` model), e.g. password reset tokens.
export const verifications = pgTable(
  'verifications',
  {
    id: text().primaryKey(),
    identifier: text().notNull(),
    value: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // lookup by identifier
    index('verifications_identifier_idx').on(t.identifier),
  ],
);
