import { type Connection, connect, DatabaseInUseError } from '@/db/client';
import { env } from '@/db/env';
import { initializeDatabase } from '@/db/seed';

// Command-line tools open the database themselves: PostgreSQL through DATABASE_URL, or the
// PGlite folder only when no server holds it (the lock in db/client.ts refuses otherwise).
export async function openCliDatabase(): Promise<Connection> {
  let conn: Connection | undefined;
  try {
    conn = await connect({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
    await conn.migrate();
    await initializeDatabase(conn.db, { regionCode: env.REGION_CODE });
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
