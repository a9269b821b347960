import { type Connection, connect } from './client';
import { env } from './env';
import { initializeDatabase } from './seed';

// One connection per server process, opened, migrated and seeded once. Kept on globalThis
// so a dev reload, or instrumentation and the app living in separate bundles, never open
// the PGlite folder twice. Import through db/server.ts from app code.
const globalForDb = globalThis as unknown as { pantauConnection?: Promise<Connection> };

export function getConnection(): Promise<Connection> {
  globalForDb.pantauConnection ??= open().catch((error) => {
    globalForDb.pantauConnection = undefined;
    throw error;
  });
  return globalForDb.pantauConnection;
}

async function open(): Promise<Connection> {
  const conn = await connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    await conn.migrate();
    await initializeDatabase(conn.db, { regionCode: env.REGION_CODE });
  } catch (error) {
    await conn.close();
    throw error;
  }
  return conn;
}

export const configuredRegionCode = env.REGION_CODE;
