import 'server-only';
import { type Db, connect } from './client';
import { env } from './env';
import { initializeDatabase } from './seed';

// One connection per server process, opened, migrated and seeded once. Kept on globalThis
// so a dev reload does not open the PGlite folder a second time.
const globalForDb = globalThis as unknown as { pantauDb?: Promise<Db> };

export function getDb(): Promise<Db> {
  globalForDb.pantauDb ??= open().catch((error) => {
    globalForDb.pantauDb = undefined;
    throw error;
  });
  return globalForDb.pantauDb;
}

async function open(): Promise<Db> {
  const conn = await connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  await conn.migrate();
  await initializeDatabase(conn.db, { regionCode: env.REGION_CODE });
  return conn.db;
}

export const configuredRegionCode = env.REGION_CODE;
