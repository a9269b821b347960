import type { Db } from '../client';
import { ensureCatalogue } from './catalogue';
import { seedDemo, DEMO_REGION_CODE } from './demo';
import { ensureRegions } from './regions';

/**
 * Runs at every start and is idempotent: the catalogue and the configured region are
 * ensured; the demo figures are loaded once, into a database without observations.
 */
export async function initializeDatabase(db: Db, options: { regionCode: string }): Promise<void> {
  await ensureCatalogue(db);
  await ensureRegions(db, options.regionCode);
  if (options.regionCode === DEMO_REGION_CODE) await seedDemo(db);
}
