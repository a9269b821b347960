import { bigint, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

// Sign-in throttling counters (better-auth's `rateLimit` model), kept in the database so
// they hold across restarts and across servers sharing one PostgreSQL.
export const rateLimits = pgTable(
  'rate_limits',
  {
    id: text().primaryKey(),
    key: text().notNull(),
    count: integer().notNull(),
    lastRequest: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [
    // counter lookup per client and path
    uniqueIndex('rate_limits_key_idx').on(t.key),
  ],
);
