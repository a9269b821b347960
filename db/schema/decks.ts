import { date, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

// A meeting deck saved by the coordination team: its frozen numbers (snapshot) and its
// configuration (spotlights, order, hidden slides, text slides). The JSON shapes live in
// lib/deck/model.ts; the database only keeps them.

export const decks = pgTable(
  'decks',
  {
    id: serial().primaryKey(),
    regionCode: text().notNull(),
    meetingDate: date({ mode: 'string' }).notNull(),
    title: text().notNull(),
    config: jsonb().notNull(),
    snapshot: jsonb().notNull(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    // one deck per meeting: getDeckByDate, and "the previous meeting" ordered by date
    uniqueIndex('decks_region_meeting_idx').on(t.regionCode, t.meetingDate),
  ],
);

export type DeckRow = typeof decks.$inferSelect;
