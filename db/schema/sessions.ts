import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './users';

// Signed-in sessions (better-auth's `session` model); the token travels in an HTTP-only cookie.
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    token: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ipAddress: text(),
    userAgent: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // session lookup from the cookie
    uniqueIndex('sessions_token_idx').on(t.token),
    // sessions of one user (sign out everywhere)
    index('sessions_user_idx').on(t.userId),
  ],
);
