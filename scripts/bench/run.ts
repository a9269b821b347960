// npm run bench -- --scope 36.73|36|all --engine postgres|pglite [--out BENCHMARKS.md] [--samples 200]
//   [--api-seconds 60] [--no-api] [--no-import]
// Builds its own database for the scope (never the app's), loads synthetic figures, times the
// DAL against a GROUP BY and the primary-key floor, then (PostgreSQL) the API under load and an import.
import { sql } from 'drizzle-orm';
import { parseArgs } from '../cli';
import { runApiLoad } from './api';
import { type Scope, scopes } from './generate';
import { runImportBench } from './import-file';
import { benchDatabaseUrl, type Engine, loadScope, openFresh, rowsOf, scopeRegions } from './load';
import { measureQueries, pickRegions } from './measure';
import { machineLine, type RunReport, renderSection, writeSection } from './report';

async function main() {
  const { options } = parseArgs(process.argv.slice(2));
  const scope = options.scope as Scope;
  const engine = (options.engine ?? 'postgres') as Engine;
  if (!scopes.includes(scope) || !['postgres', 'pglite'].includes(engine)) {
    console.error('Usage: npm run bench -- --scope 36.73|36|all --engine postgres|pglite [--out BENCHMARKS.md]');
    process.exit(1);
  }
  const samples = Number(options.samples ?? 200);
  const log = (s: string) => console.log(`[bench ${scope} ${engine}] ${s}`);
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');

  const conn = await openFresh(scope, engine);
  let report: RunReport;
  try {
    const load = await loadScope(conn, scope, engine, log);
    const [version] = rowsOf<{ version: string }>(await conn.db.execute(sql`select version() as version`));
    const databaseVersion = engine === 'pglite' ? `PGlite 0.5.16 (${version?.version.split(' ').slice(0, 2).join(' ')})` : (version?.version.split(',')[0] ?? '');
    const regionRows = await scopeRegions(scope);
    const picks = pickRegions(regionRows, load.derivedRows > 0 && scope !== '36.73');
    const queries = await measureQueries(conn, picks, { samples, warmUp: 20, log });
    report = { scope, engine, startedAt: `${startedAt} UTC`, machine: machineLine(databaseVersion), load, queries };
  } finally {
    await conn.close();
  }

  if (engine === 'postgres') {
    const regionRows = await scopeRegions(scope);
    if (!options['no-api']) {
      report.api = await runApiLoad({ databaseUrl: benchDatabaseUrl(scope), regions: regionRows, seconds: Number(options['api-seconds'] ?? 60), log });
    }
    if (!options['no-import']) report.importRun = await runImportBench({ databaseUrl: benchDatabaseUrl(scope), regions: regionRows, log });
  }

  const section = renderSection(report);
  console.log(`\n${section}\n`);
  if (typeof options.out === 'string') {
    writeSection(options.out, `${scope}-${engine}`, section);
    log(`written to ${options.out}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
