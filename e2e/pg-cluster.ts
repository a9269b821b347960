import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

// A PostgreSQL cluster of the test's own (initdb into a temp folder), so a test may stop and
// start it; the shared server on 5432 is never touched. Runs as the `postgres` OS user when
// the tests run as root (PostgreSQL refuses to run as root), as in CI.

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export type Cluster = {
  port: number;
  url: (database: string) => string;
  start: () => void;
  stop: () => void;
  createDatabase: (name: string) => Promise<string>;
  destroy: () => void;
};

function asPostgres(command: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return execFileSync(file, argv, { stdio: 'pipe', encoding: 'utf8' });
}

export function createCluster(port: number): Cluster {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  asPostgres(path.join(BIN, 'initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const cluster: Cluster = {
    port,
    url,
    start: () => asPostgres(path.join(BIN, 'pg_ctl'), ['-D', dir, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']),
    // fast: connections are cut at once, like a crashed or restarting server.
    stop: () => asPostgres(path.join(BIN, 'pg_ctl'), ['-D', dir, '-m', 'fast', '-w', 'stop']),
    createDatabase: async (name) => {
      const admin = postgres(url('postgres'), { onnotice: () => {}, max: 1 });
      await admin.unsafe(`create database "${name}"`);
      await admin.end();
      return url(name);
    },
    destroy: () => {
      try {
        cluster.stop();
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

/** A checksum of every table's rows in the public schema, to compare a database before and after. */
export async function tableChecksums(databaseUrl: string): Promise<Record<string, string>> {
  const sql = postgres(databaseUrl, { onnotice: () => {}, max: 1 });
  try {
    const tables = await sql<{ name: string }[]>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
    const sums: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await sql.unsafe(
        `select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as sum from "${name}" t`,
      );
      sums[name] = String(row?.sum);
    }
    return sums;
  } finally {
    await sql.end();
  }
}
