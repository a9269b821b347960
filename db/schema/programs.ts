import { pgTable, text } from 'drizzle-orm/pg-core';
import { indicators } from './indicators';

// Interventions (GENTING, Bimwin, clean water, toilets, nutrition education...), each
// linked to the risk factor it addresses.
export const programs = pgTable('programs', {
  code: text().primaryKey(),
  nameId: text().notNull(),
  nameEn: text().notNull(),
  descriptionId: text().notNull(),
  descriptionEn: text().notNull(),
  riskFactorIndicatorCode: text().references(() => indicators.code),
  /** The indicator that counts what the programme delivers, e.g. households_safe_water. */
  outputIndicatorCode: text().references(() => indicators.code),
});

export type Program = typeof programs.$inferSelect;
