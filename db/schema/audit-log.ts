import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Who loaded or changed what, when. Append-only.
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actor: text().notNull(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    detail: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    // history of one entity
    index('audit_log_entity_idx').on(t.entity, t.entityId),
  ],
);
