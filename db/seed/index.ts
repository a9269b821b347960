import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { ensureCatalogue } from './catalogue';
import { DEMO_REGION_CODE, seedDemo } from './demo';
import { ensureRegions } from './regions';

/** Any constant: serialises start-up seeding when several servers share one PostgreSQL. */
const INIT_LOCK_KEY = 7_367_301;

/**
 * Runs at every start and is idempotent: the catalogue and the configured region are
 * ensured; the demo figures are loaded once, into a database without observations.
 * One transaction under an advisory lock, so two servers starting together cannot race.
 */
export async function initializeDatabase(db: Db, options: { regionCode: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${INIT_LOCK_KEY})`);
    await ensureCatalogue(tx);
    await ensureRegions(tx, options.regionCode);
    if (options.regionCode === DEMO_REGION_CODE) await seedDemo(tx);
  });
}
