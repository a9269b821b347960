import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { oneOf, type UserRole, userRoles } from './enums';

// Accounts of the coordination team (better-auth's `user` model). The public needs none.
export const users = pgTable(
  'users',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    email: text().notNull(),
    emailVerified: boolean().notNull().default(false),
    image: text(),
    role: text().$type<UserRole>().notNull().default('viewer'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_role_check', sql.raw(oneOf('role', userRoles))),
    // sign-in by email
    uniqueIndex('users_email_idx').on(t.email),
  ],
);

export type User = typeof users.$inferSelect;
