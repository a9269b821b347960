import { type Connection, connect, DatabaseInUseError } from '@/db/client';
import { env } from '@/db/env';
import { initializeDatabase } from '@/db/seed';

// Command-line tools open the database themselves: PostgreSQL through DATABASE_URL, or the
// PGlite folder only when no server holds it (the lock in db/client.ts refuses otherwise).

export const databaseLabel = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${env.PGLITE_DIR}`;

/**
 * Opens and migrates the configured database. `initialize` also ensures the catalogue,
 * the configured region and the demo data, as a server start would; a restore needs it off.
 */
export async function openCliDatabase(options: { initialize?: boolean } = {}): Promise<Connection> {
  let conn: Connection | undefined;
  try {
    conn = await connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
    await conn.migrate();
    if (options.initialize ?? true) await initializeDatabase(conn.db, { regionCode: env.REGION_CODE });
    return conn;
  } catch (error) {
    await conn?.close();
    if (error instanceof DatabaseInUseError) {
      console.error(`${error.message}\nStop the server first, or run this command with DATABASE_URL against PostgreSQL.`);
      process.exit(2);
    }
    throw error;
  }
}

/** Runs `task` on a migrated database (not initialised); expected errors print one line and exit 1. */
export async function withDatabase(
  task: (conn: Connection) => Promise<void>,
  expected: (new (...args: never[]) => Error)[] = [],
) {
  const conn = await openCliDatabase({ initialize: false });
  try {
    await task(conn);
  } catch (error) {
    if (!expected.some((type) => error instanceof type)) throw error;
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await conn.close();
  }
}

/** `--name value` pairs and bare flags after the positional arguments. */
export function parseArgs(argv: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) options[key] = inline;
    else if (next !== undefined && !next.startsWith('--')) {
      options[key] = next;
      i++;
    } else options[key] = true;
  }
  return { positional, options };
}
