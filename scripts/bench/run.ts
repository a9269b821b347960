// npm run bench -- --scope 36.73|36|all --engine postgres|pglite [--out BENCHMARKS.md] [--samples 200]
//   [--api-seconds 60] [--no-api] [--no-import] [--api-only] [--reuse] [--database NAME | --db-prefix pantau_bench]
// Import alone on an already loaded database: --api-only --no-api.
// Builds its own database for the scope (never the app's), loads synthetic figures, times the
// DAL against a GROUP BY and the primary-key floor, then (PostgreSQL) the API under load and an import.
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { type Connection, connect } from '@/db/client';
import { parseArgs } from '../cli';
import { runApiLoad } from './api';
import { type Scope, scopes } from './generate';
import { runImportBench } from './import-file';
import {
  benchDatabaseUrl,
  benchPgliteDir,
  type Engine,
  type LoadReport,
  loadScope,
  openFresh,
  rowsOf,
  scopeRegions,
  setBenchDatabaseName,
  setBenchDatabasePrefix,
} from './load';
import { measureQueries, pickRegions } from './measure';
import { machineLine, renderApiSection, renderSection, writeSection } from './report';

async function main() {
  const { options } = parseArgs(process.argv.slice(2));
  const scope = options.scope as Scope;
  const engine = (options.engine ?? 'postgres') as Engine;
  if (!scopes.includes(scope) || !['postgres', 'pglite'].includes(engine)) {
    console.error('Usage: npm run bench -- --scope 36.73|36|all --engine postgres|pglite [--out BENCHMARKS.md]');
    process.exit(1);
  }
  if (typeof options.database === 'string') setBenchDatabaseName(options.database);
  if (typeof options['db-prefix'] === 'string') setBenchDatabasePrefix(options['db-prefix']);
  const samples = Number(options.samples ?? 200);
  const log = (s: string) => console.log(`[bench ${scope} ${engine}] ${s}`);
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');

  const out = typeof options.out === 'string' ? options.out : null;
  const publish = (key: string, section: string) => {
    console.log(`\n${section}\n`);
    if (out) writeSection(out, key, section);
  };

  // --api-only: the database of an earlier run of this scope, for the API load and the import.
  if (!options['api-only']) {
    // --reuse: measure again on the database (and load report) of an earlier run of this scope.
    const loadFile = `.data/bench-${scope}-${engine}-load.json`;
    const conn = options.reuse ? await openExisting(scope, engine) : await openFresh(scope, engine);
    try {
      const load: LoadReport = options.reuse
        ? JSON.parse(fs.readFileSync(loadFile, 'utf8'))
        : await loadScope(conn, scope, engine, log);
      fs.mkdirSync('.data', { recursive: true });
      fs.writeFileSync(loadFile, JSON.stringify(load));
      const picks = pickRegions(await scopeRegions(scope), scope !== '36.73');
      const queries = await measureQueries(conn, picks, { samples, warmUp: 20, log });
      const machine = machineLine(await databaseVersion(conn, engine));
      publish(`${scope}-${engine}`, renderSection({ scope, engine, startedAt, machine, load, queries }));
    } finally {
      await conn.close();
    }
  }

  if (engine === 'postgres' && !(options['no-api'] && options['no-import'])) {
    const regionRows = await scopeRegions(scope);
    const databaseUrl = benchDatabaseUrl(scope);
    const api = options['no-api']
      ? undefined
      : await runApiLoad({ databaseUrl, regions: regionRows, seconds: Number(options['api-seconds'] ?? 60), log });
    const importRun = options['no-import'] ? undefined : await runImportBench({ databaseUrl, regions: regionRows, log });
    const conn = await connect({ databaseUrl });
    const machine = machineLine(await databaseVersion(conn, engine));
    await conn.close();
    publish(`${scope}-${engine}-${api ? 'api' : 'import'}`, renderApiSection({ scope, startedAt, machine, api, importRun }));
  }
}

function openExisting(scope: Scope, engine: Engine): Promise<Connection> {
  return connect(engine === 'postgres' ? { databaseUrl: benchDatabaseUrl(scope) } : { pgliteDir: benchPgliteDir(scope) });
}

async function databaseVersion(conn: Connection, engine: Engine): Promise<string> {
  const [row] = rowsOf<{ version: string }>(await conn.db.execute(sql`select version() as version`));
  const version = row?.version ?? '';
  return engine === 'pglite' ? `PGlite 0.5.16 (${version.split(' ').slice(0, 2).join(' ')})` : (version.split(',')[0] ?? '');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
