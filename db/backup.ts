import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { asc, count, getTableColumns, getTableName, gt, is, sql } from 'drizzle-orm';
import { getTableConfig, type PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client';
import * as schema from './schema';

// A portable backup: newline-delimited JSON, one header line and then one line per row,
// tables in foreign-key order, rows in primary-key order. The same file restores on
// PGlite and on PostgreSQL because rows go through Drizzle's own column mapping.

export const BACKUP_FORMAT = 'pantau-stunting-backup';
const PAGE = 2000;

type Header = { format: typeof BACKUP_FORMAT; version: 1; createdAt: string; migrations: string[]; tables: string[] };

export class BackupError extends Error {}

/**
 * Live session tokens, one-time verification tokens and sign-in throttling counters are
 * not data to keep: a restored system starts with everybody signed out. Password hashes
 * (accounts) are kept so people can still sign in; the backup file is therefore secret.
 */
const transientTables = new Set(['sessions', 'verifications', 'rate_limits']);

/** Every table of the schema, parents before the tables that reference them. */
export function tablesInDependencyOrder(): PgTable[] {
  const all = (Object.values(schema) as unknown[]).filter(
    (value): value is PgTable => is(value, PgTable) && !transientTables.has(getTableName(value)),
  );
  const byName = new Map(all.map((t) => [getTableName(t), t]));
  const done = new Set<string>();
  const ordered: PgTable[] = [];
  const visit = (table: PgTable, trail: string[]) => {
    const name = getTableName(table);
    if (done.has(name)) return;
    if (trail.includes(name)) throw new Error(`Foreign-key cycle: ${[...trail, name].join(' -> ')}`);
    for (const fk of getTableConfig(table).foreignKeys) {
      const parent = getTableName(fk.reference().foreignTable);
      const parentTable = byName.get(parent);
      if (parent !== name && parentTable) visit(parentTable, [...trail, name]);
    }
    done.add(name);
    ordered.push(table);
  };
  for (const table of [...all].sort((a, b) => getTableName(a).localeCompare(getTableName(b)))) visit(table, []);
  return ordered;
}

export function appliedMigrationTags(): string[] {
  const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'db', 'migrations', 'meta', '_journal.json'), 'utf8'));
  return (journal.entries as { tag: string }[]).map((e) => e.tag);
}

function primaryKey(table: PgTable): PgColumn {
  const config = getTableConfig(table);
  const pk = config.columns.find((c) => c.primary) ?? config.primaryKeys[0]?.columns[0];
  if (!pk) throw new Error(`Table ${config.name} has no primary key to order a backup by`);
  return pk;
}

/** Writes the whole database to `out`; returns the number of rows per table. */
export async function writeBackup(db: Db, out: Writable, now = new Date()): Promise<Record<string, number>> {
  const tables = tablesInDependencyOrder();
  const header: Header = {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: now.toISOString(),
    migrations: appliedMigrationTags(),
    tables: tables.map(getTableName),
  };
  const write = (line: string) =>
    new Promise<void>((resolve, reject) => out.write(`${line}\n`, (e) => (e ? reject(e) : resolve())));
  await write(JSON.stringify(header));
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const name = getTableName(table);
    const pk = primaryKey(table);
    const pkKey = Object.entries(getTableColumns(table)).find(([, c]) => c === pk)?.[0] as string;
    counts[name] = 0;
    let last: unknown;
    // Keyset pagination, so a national-size table never sits in memory at once.
    for (;;) {
      const rows = (await db
        .select()
        .from(table)
        .where(last === undefined ? undefined : gt(pk, last))
        .orderBy(asc(pk))
        .limit(PAGE)) as Record<string, unknown>[];
      for (const row of rows) await write(JSON.stringify({ t: name, r: row }));
      counts[name] += rows.length;
      if (rows.length < PAGE) break;
      last = rows[rows.length - 1]?.[pkKey];
    }
  }
  // The trailer proves the file is complete: a backup cut at a line boundary is refused.
  await write(JSON.stringify({ end: true, rows: counts }));
  return counts;
}

/**
 * Restores a backup into an empty, migrated database, in one transaction: either every
 * row arrives or nothing does. Refuses a database that already holds data.
 */
export async function restoreBackup(db: Db, input: Readable): Promise<Record<string, number>> {
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = parseHeader(first.done ? '' : first.value);
  const known = appliedMigrationTags();
  const unknown = header.migrations.filter((tag) => !known.includes(tag));
  if (unknown.length) {
    throw new BackupError(
      `The backup was made by a newer version (migrations ${unknown.join(', ')}); upgrade the app before restoring.`,
    );
  }
  const tables = new Map(tablesInDependencyOrder().map((t) => [getTableName(t), t]));
  const counts: Record<string, number> = {};

  await db.transaction(async (tx) => {
    for (const [name, table] of tables) {
      const [row] = await tx.select({ n: count() }).from(table);
      if ((row?.n ?? 0) > 0) {
        throw new BackupError(
          `The target database is not empty (table ${name} has ${row?.n} rows). Restore into a new database: ` +
            'set PGLITE_DIR to a new folder or DATABASE_URL to an empty database.',
        );
      }
    }
    let batch: { table: string; rows: Record<string, unknown>[] } = { table: '', rows: [] };
    const flush = async () => {
      if (!batch.rows.length) return;
      const table = tables.get(batch.table) as PgTable;
      await tx.insert(table).values(batch.rows.map((row) => reviveDates(table, row)));
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
      batch = { table: batch.table, rows: [] };
    };
    let trailer: Record<string, number> | undefined;
    let lineNumber = 1;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      lineNumber++;
      if (!next.value.trim()) continue;
      let entry: { t: string; r: Record<string, unknown>; end?: true; rows?: Record<string, number> };
      try {
        entry = JSON.parse(next.value);
      } catch {
        throw new BackupError(`Line ${lineNumber} of the backup is not valid JSON; the file is damaged.`);
      }
      if (entry.end) {
        trailer = entry.rows ?? {};
        break;
      }
      if (!tables.has(entry.t)) throw new BackupError(`Line ${lineNumber} names an unknown table "${entry.t}".`);
      if (entry.t !== batch.table || batch.rows.length >= 500) {
        await flush();
        batch.table = entry.t;
      }
      batch.rows.push(entry.r);
    }
    await flush();
    if (!trailer) throw new BackupError('The backup ends before its last line: the file is incomplete. Nothing was restored.');
    for (const [name, expected] of Object.entries(trailer)) {
      if ((counts[name] ?? 0) !== expected) {
        throw new BackupError(
          `Table ${name}: the backup declares ${expected} rows but holds ${counts[name] ?? 0}. Nothing was restored.`,
        );
      }
    }
    // Serial ids continue after the restored rows.
    for (const [name, table] of tables) {
      for (const column of getTableConfig(table).columns) {
        if (!column.columnType.includes('Serial')) continue;
        await tx.execute(
          sql`select setval(pg_get_serial_sequence(${name}, ${column.name}), coalesce((select max(${sql.identifier(column.name)}) from ${sql.identifier(name)}), 0) + 1, false)`,
        );
      }
    }
  });
  return counts;
}

/** Columns read as JS Dates were written as ISO strings; Drizzle wants Dates back. */
function reviveDates(table: PgTable, row: Record<string, unknown>): Record<string, unknown> {
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = row[key];
    if (column.dataType === 'date' && typeof value === 'string') row[key] = new Date(value);
  }
  return row;
}

function parseHeader(line: string): Header {
  let header: Partial<Header>;
  try {
    header = JSON.parse(line);
  } catch {
    throw new BackupError('This file is not a Pantau Stunting backup (the first line is not JSON).');
  }
  if (header.format !== BACKUP_FORMAT || header.version !== 1 || !Array.isArray(header.migrations)) {
    throw new BackupError(`This file is not a Pantau Stunting backup (expected format "${BACKUP_FORMAT}" version 1).`);
  }
  return header as Header;
}

export function toReadable(text: string): Readable {
  return Readable.from([text]);
}
