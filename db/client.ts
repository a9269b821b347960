import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

// The one driver switch: postgres.js when a URL is given, in-process PGlite otherwise.
// Query functions take `Db`, so the same code runs on both engines and inside transactions.

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Connection = {
  db: Db;
  engine: 'postgres' | 'pglite';
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export type ConnectOptions = { databaseUrl?: string; pgliteDir?: string };

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.databaseUrl) {
    const sql = postgres(options.databaseUrl, { onnotice: () => {}, max: 10 });
    const db = drizzlePostgres({ client: sql, schema, casing: 'snake_case' });
    return {
      db: db as unknown as Db,
      engine: 'postgres',
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  // Undefined pgliteDir: an in-memory database (tests).
  const releaseLock = options.pgliteDir ? acquirePgliteLock(options.pgliteDir) : () => {};
  try {
    const client = options.pgliteDir ? await PGlite.create(options.pgliteDir) : await PGlite.create();
    const db = drizzlePglite({ client, schema, casing: 'snake_case' });
    return {
      db: db as unknown as Db,
      engine: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

export class DatabaseInUseError extends Error {}

/**
 * PGlite has no lock of its own: two processes on one folder silently lose rows.
 * A lock file beside the folder holds the owner's pid; a live owner means refusal.
 */
export function acquirePgliteLock(dir: string): () => void {
  const absolute = path.resolve(dir);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const lockPath = `${absolute}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        if (readLockOwner(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readLockOwner(lockPath);
      if (owner !== null && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseInUseError(
          `The PGlite folder ${absolute} is already open in process ${owner}. ` +
            'PGlite allows one process per folder: stop that process, set PGLITE_DIR to another folder, ' +
            'or use PostgreSQL through DATABASE_URL for several processes.',
        );
      }
      // The owner died without cleaning up (or it is us after a reload): take the lock over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DatabaseInUseError(`Could not take the lock ${lockPath}`);
}

function readLockOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
