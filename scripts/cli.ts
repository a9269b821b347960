import { type Connection, connect, DatabaseInUseError } from '../db/client';
import { env } from '../db/env';

/**
 * Runs a command-line task against the configured database (DATABASE_URL or PGLITE_DIR),
 * migrated first. Expected failures print one readable line and exit 1; no stack trace.
 */
export async function withDatabase(
  task: (conn: Connection) => Promise<void>,
  expected: (new (...args: never[]) => Error)[] = [],
) {
  let conn: Connection | undefined;
  try {
    conn = await connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
    await conn.migrate();
    await task(conn);
  } catch (error) {
    if (error instanceof DatabaseInUseError || expected.some((type) => error instanceof type)) {
      console.error((error as Error).message);
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await conn?.close();
  }
}

export const databaseLabel = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${env.PGLITE_DIR}`;
