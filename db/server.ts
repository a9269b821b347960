import 'server-only';
import type { Db } from './client';
import { getConnection } from './runtime';

export { configuredRegionCode } from './runtime';

/** The process-wide database, migrated and seeded on first use. */
export async function getDb(): Promise<Db> {
  return (await getConnection()).db;
}

export async function getEngine(): Promise<'postgres' | 'pglite'> {
  return (await getConnection()).engine;
}
