import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import postgres from 'postgres';
import { type Connection, connect } from '@/db/client';
import { insertRollUp, rollUpSteps } from '@/db/queries/rollups';
import { editions, type NewObservation, type NewRegion, observations, regions } from '@/db/schema';
import { ensureCatalogue } from '@/db/seed/catalogue';
import { ensureRegions } from '@/db/seed/regions';
import { toRegionDisplayName } from '@/lib/geo/region-names';
import { BENCH_EDITIONS, type Scope, type SyntheticRow, villageRows } from './generate';

// A fresh benchmark database per scope and engine: migrations by the runtime migrator, the
// regions of the scope, synthetic kelurahan figures loaded in bulk, then the roll-ups in SQL.

export type Engine = 'postgres' | 'pglite';
export const SEED = 20_260_101;
const PG_SERVER = 'postgres://postgres@127.0.0.1:5432';

let databaseName: string | null = null;
let databaseNamePrefix = 'pantau_bench';
/** `--database NAME`: a database of the caller's choosing instead of <prefix>_<scope>. */
export function setBenchDatabaseName(name: string) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  databaseName = name;
}
/** --db-prefix: benchmark databases named <prefix>_<scope>, so runs of several people on one server stay apart. */
export function setBenchDatabasePrefix(prefix: string) {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new Error(`--db-prefix ${prefix}: lower-case letters, digits and _ only`);
  databaseNamePrefix = prefix;
}
export const benchDatabaseName = (scope: Scope) => databaseName ?? `${databaseNamePrefix}_${scope.replace('.', '_')}`;
export const benchDatabaseUrl = (scope: Scope) => `${PG_SERVER}/${benchDatabaseName(scope)}`;
export const benchPgliteDir = (scope: Scope) => `.data/bench-${scope.replace('.', '_')}`;

export type LoadReport = {
  regions: number;
  villageRows: number;
  derivedRows: number;
  seconds: { schema: number; regions: number; observations: number; rollUp: number; indexes: number; total: number };
};

const seconds = (since: number) => (performance.now() - since) / 1000;

export async function openFresh(scope: Scope, engine: Engine): Promise<Connection> {
  if (engine === 'postgres') {
    const admin = postgres(`${PG_SERVER}/postgres`, { onnotice: () => {}, max: 1 });
    await admin.unsafe(`drop database if exists ${benchDatabaseName(scope)} with (force)`);
    await admin.unsafe(`create database ${benchDatabaseName(scope)}`);
    await admin.end({ timeout: 5 });
    return connect({ databaseUrl: benchDatabaseUrl(scope) });
  }
  fs.rmSync(benchPgliteDir(scope), { recursive: true, force: true });
  return connect({ pgliteDir: benchPgliteDir(scope) });
}

/** Province, kab/kota, kecamatan and kelurahan/desa of the scope, parents first. */
export async function scopeRegions(scope: Scope): Promise<NewRegion[]> {
  const inScope = (code: string) =>
    scope === 'all' || code === scope || code.startsWith(`${scope}.`) || scope.startsWith(`${code}.`);
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies({ transform: true }),
    getDistricts({ transform: true }),
    getVillages({ transform: true }),
  ]);
  const row = (code: string, name: string, level: NewRegion['level'], parentCode: string | null): NewRegion => ({
    code,
    name: toRegionDisplayName(name),
    level,
    parentCode,
  });
  return [
    ...provinces.filter((p) => inScope(p.code)).map((p) => row(p.code, p.name, 'province', null)),
    ...regencies.filter((r) => inScope(r.code)).map((r) => row(r.code, r.name, 'regency', r.provinceCode)),
    ...districts.filter((d) => inScope(d.code)).map((d) => row(d.code, d.name, 'district', d.regencyCode)),
    ...villages.filter((v) => inScope(v.code)).map((v) => row(v.code, v.name, 'village', v.districtCode)),
  ];
}

export async function loadScope(conn: Connection, scope: Scope, engine: Engine, log: (s: string) => void): Promise<LoadReport> {
  const start = performance.now();
  await conn.migrate();
  await ensureCatalogue(conn.db);
  const schemaSeconds = seconds(start);

  let t = performance.now();
  const regionRows = await scopeRegions(scope);
  for (let i = 0; i < regionRows.length; i += 2000) {
    await conn.db
      .insert(regions)
      .values(regionRows.slice(i, i + 2000))
      .onConflictDoNothing();
  }
  // Approximate shapes need every kelurahan centre point of a kab/kota: Banten's kab/kota only,
  // so maps of the province and its kab/kota carry real geometry (they take ~1 s each).
  for (const r of regionRows) if (r.level === 'regency' && r.code.startsWith('36.')) await ensureRegions(conn.db, r.code);
  const regionSeconds = seconds(t);
  log(`regions: ${regionRows.length} in ${regionSeconds.toFixed(1)} s`);

  const editionIds = new Map<string, number>();
  for (const e of BENCH_EDITIONS) {
    const [row] = await conn.db
      .insert(editions)
      .values({
        sourceCode: e.source,
        code: e.code,
        name: e.name,
        releasedOn: e.releasedOn,
        citation: 'Data ilustrasi (benchmark)',
      })
      .returning({ id: editions.id });
    editionIds.set(e.code, (row as { id: number }).id);
  }

  // Secondary indexes are dropped during the bulk load and rebuilt once afterwards (their
  // definitions come from the migrated database, so they stay exactly the migration's).
  t = performance.now();
  const villageCodes = regionRows.filter((r) => r.level === 'village').map((r) => r.code);
  const indexDefs = await dropObservationIndexes(conn);
  const villageRowCount =
    engine === 'postgres'
      ? await copyPostgres(scope, villageCodes, editionIds)
      : await insertBatches(conn, villageCodes, editionIds);
  const observationSeconds = seconds(t);
  log(`kelurahan rows: ${villageRowCount} in ${observationSeconds.toFixed(1)} s`);

  t = performance.now();
  let derivedRows = 0;
  for (const step of rollUpSteps) derivedRows += await insertRollUp(conn.db, step, { origin: 'illustrative' });
  const rollUpSeconds = seconds(t);
  log(`derived rows: ${derivedRows} in ${rollUpSeconds.toFixed(1)} s`);

  t = performance.now();
  await conn.db.transaction(async (tx) => {
    // One connection, so the larger sort memory applies to every index build.
    await tx.execute(sqlRaw(`set local maintenance_work_mem = '${engine === 'postgres' ? '1GB' : '128MB'}'`));
    for (const def of indexDefs) await tx.execute(sqlRaw(def));
  });
  await conn.db.execute(sqlRaw('analyze'));
  const indexSeconds = seconds(t);
  log(`indexes and analyze: ${indexSeconds.toFixed(1)} s`);

  return {
    regions: regionRows.length,
    villageRows: villageRowCount,
    derivedRows,
    seconds: {
      schema: schemaSeconds,
      regions: regionSeconds,
      observations: observationSeconds,
      rollUp: rollUpSeconds,
      indexes: indexSeconds,
      total: seconds(start),
    },
  };
}

const sqlRaw = (text: string) => sql.raw(text);

/** Raw results differ between postgres.js (an array) and PGlite ({ rows }). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function dropObservationIndexes(conn: Connection): Promise<string[]> {
  const defs = rowsOf<{ name: string; def: string }>(
    await conn.db.execute(
      sql`select indexname as name, indexdef as def from pg_indexes where tablename = 'observations' and indexname <> 'observations_pkey'`,
    ),
  );
  for (const d of defs) await conn.db.execute(sqlRaw(`drop index ${d.name}`));
  return defs.map((d) => d.def);
}

const COLUMNS = [
  'indicator_code',
  'region_code',
  'period_type',
  'period_start',
  'edition_id',
  'value',
  'numerator',
  'denominator',
  'coverage',
  'status',
  'origin',
  'is_derived',
] as const;

const nullable = (v: number | null) => (v === null ? '\\N' : String(v));

function* copyLines(villageCodes: string[], editionIds: Map<string, number>): Generator<string> {
  let buffer = '';
  for (const code of villageCodes) {
    for (const r of villageRows(SEED, code)) {
      buffer += `${r.indicatorCode}\t${r.regionCode}\t${r.periodType}\t${r.periodStart}\t${editionIds.get(r.edition)}\t${r.value}\t${nullable(r.numerator)}\t${nullable(r.denominator)}\t${nullable(r.coverage)}\tfinal\tillustrative\tf\n`;
    }
    if (buffer.length > 1 << 20) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** COPY FROM STDIN through postgres.js; foreign-key triggers are off for the session (the rows are generated from the same tables). */
async function copyPostgres(scope: Scope, villageCodes: string[], editionIds: Map<string, number>): Promise<number> {
  const client = postgres(benchDatabaseUrl(scope), { onnotice: () => {}, max: 1 });
  try {
    const reserved = await client.reserve();
    await reserved`set session_replication_role = replica`;
    const writable = await reserved`copy observations (${reserved.unsafe(COLUMNS.join(', '))}) from stdin`.writable();
    await pipeline(Readable.from(copyLines(villageCodes, editionIds)), writable);
    await reserved`set session_replication_role = origin`;
    reserved.release();
  } finally {
    await client.end({ timeout: 5 });
  }
  return villageCodes.length * villageRows(SEED, villageCodes[0] ?? '').length;
}

/** PGlite has no COPY FROM STDIN through drizzle: multi-row inserts of 2,000 rows. */
async function insertBatches(conn: Connection, villageCodes: string[], editionIds: Map<string, number>): Promise<number> {
  let batch: NewObservation[] = [];
  let total = 0;
  const flush = async () => {
    if (batch.length) await conn.db.insert(observations).values(batch);
    total += batch.length;
    batch = [];
  };
  for (const code of villageCodes) {
    for (const r of villageRows(SEED, code)) {
      batch.push(toObservation(r, editionIds));
      if (batch.length >= 2000) await flush();
    }
  }
  await flush();
  return total;
}

function toObservation(r: SyntheticRow, editionIds: Map<string, number>): NewObservation {
  return {
    indicatorCode: r.indicatorCode,
    regionCode: r.regionCode,
    periodType: r.periodType,
    periodStart: r.periodStart,
    editionId: editionIds.get(r.edition) as number,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    coverage: r.coverage,
    status: 'final',
    origin: 'illustrative',
    isDerived: false,
  };
}
