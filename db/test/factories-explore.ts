import type { Db } from '../client';
import { targets } from '../schema';

// Factories for the explore tests: targets, for a region or national (region null).

export async function createTarget(
  db: Db,
  values: { indicator: string; region?: string | null; year: number; value: number; legalBasis?: string },
) {
  await db.insert(targets).values({
    indicatorCode: values.indicator,
    regionCode: values.region ?? null,
    periodType: 'year',
    periodStart: `${values.year}-01-01`,
    value: values.value,
    legalBasis: values.legalBasis ?? 'Test',
  });
}
