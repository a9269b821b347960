import fs from 'node:fs';
import os from 'node:os';
import type { LoadReport } from './load';
import type { CaseResult } from './measure';
import { judge, ratio } from './stats';

// BENCHMARKS.md: each run rewrites only its own section, between
// <!-- bench:<scope>-<engine>:start --> and <!-- bench:<scope>-<engine>:end -->.

export type ApiResult = {
  route: string;
  mode: 'cached' | 'uncached';
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssMaxMb: number;
};
export type ImportResult = {
  rows: number;
  cells: number;
  derived: number;
  seconds: number;
  regency: string;
  /** Seconds per phase in the order they ran: read, validate, diff, write, roll-up. */
  phases: [string, number][];
  /** CPU seconds of the importing Node process and of its PostgreSQL server processes. */
  cpu: { node: number; server: number };
};

export type RunReport = {
  scope: string;
  engine: string;
  startedAt: string;
  machine: string;
  load: LoadReport;
  queries: CaseResult[];
};

const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
const times = (v: number | null) => (v === null ? '-' : `${v.toFixed(v < 10 ? 2 : 1)}x`);

export function machineLine(databaseVersion: string): string {
  const cpu = os.cpus();
  // The load average at the start says whether the run had the machine to itself: on a shared
  // 2-core box a busy run reads two to six times slower.
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  return `${cpu.length} x ${cpu[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${databaseVersion}; load average ${load} at the start of the run`;
}

export function renderSection(r: RunReport): string {
  const national = r.scope === 'all';
  const lines = [
    `### Scope ${r.scope}, ${r.engine} (run ${r.startedAt})`,
    '',
    `Machine: ${r.machine}.`,
    '',
    `Load: ${r.load.regions.toLocaleString('en')} regions, ${r.load.villageRows.toLocaleString('en')} kelurahan rows + ${r.load.derivedRows.toLocaleString('en')} roll-up rows = ${(r.load.villageRows + r.load.derivedRows).toLocaleString('en')} observations in ${r.load.seconds.total.toFixed(1)} s (schema ${r.load.seconds.schema.toFixed(1)} s, regions and shapes ${r.load.seconds.regions.toFixed(1)} s, kelurahan rows ${r.load.seconds.observations.toFixed(1)} s = ${Math.round(r.load.villageRows / r.load.seconds.observations).toLocaleString('en')} rows/s, roll-ups ${r.load.seconds.rollUp.toFixed(1)} s, indexes and analyze ${r.load.seconds.indexes.toFixed(1)} s).`,
    '',
    `Queries (ms; ours and floor ${r.queries[0]?.ours.n ?? 0} samples each after warm-up, GROUP BY n as shown; ours = the DAL function; GROUP BY = the same answer summed from kelurahan rows by code prefix; floor = the finished answer read by primary key; ratios of p95: GROUP BY / ours above 1 = ours faster, ours / floor above 1 = ours slower). Target p95 <= 50 ms${national ? ', <= 1.5x floor, >= 10x faster than GROUP BY' : ''}${r.engine === 'pglite' && r.scope === '36' ? ' (PGlite, province scope)' : ''}.`,
    '',
    '| query | level | region | figures | ours p50 | ours p95 | ours p99 | GROUP BY p95 (n) | floor p95 | GROUP BY / ours (x faster) | ours / floor | p95 <= 50 ms |' +
      (national ? ' <= 1.5x floor | >= 10x faster than GROUP BY |' : ''),
    `|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|${national ? '---|---|' : ''}`,
    ...r.queries.map((q) => {
      const speedUp = ratio(q.groupBy.p95, q.ours.p95);
      const vsFloor = ratio(q.ours.p95, q.floor.p95);
      const cells = [
        q.query,
        q.level,
        q.region,
        String(q.rows),
        ms(q.ours.p50),
        ms(q.ours.p95),
        ms(q.ours.p99),
        `${ms(q.groupBy.p95)} (${q.groupBy.n})`,
        ms(q.floor.p95),
        times(speedUp),
        times(vsFloor),
        judge(q.ours.p95, 50, 'at_most'),
      ];
      if (national) {
        cells.push(vsFloor === null ? '-' : judge(vsFloor, 1.5, 'at_most'));
        cells.push(speedUp === null ? '-' : judge(speedUp, 10, 'at_least'));
      }
      return `| ${cells.join(' | ')} |`;
    }),
  ];
  return lines.join('\n');
}

export type ApiReport = { scope: string; startedAt: string; machine: string; api?: ApiResult[]; importRun?: ImportResult };

/** The API load and import results: their own section, so they can be rerun on a loaded database. */
export function renderApiSection(r: ApiReport): string {
  const lines = [
    `### Scope ${r.scope}, postgres: ${r.api?.length ? 'API under load and import' : 'import'} (run ${r.startedAt})`,
    '',
    `Machine: ${r.machine}.`,
  ];
  if (r.api?.length) {
    lines.push(
      '',
      'Public API under load (autocannon, 50 connections; next start on PostgreSQL; RSS = the server process tree, sampled each second). Targets: cached >= 1,000 req/s, uncached >= 200 req/s, p99 <= 100 ms, RSS <= 400 MB.',
      '',
      '| route | mode | req/s | p50 ms | p99 ms | errors | non-2xx | max RSS MB | req/s target | p99 target | RSS target |',
      '|---|---|--:|--:|--:|--:|--:|--:|---|---|---|',
      ...r.api.map(
        (a) =>
          `| ${a.route} | ${a.mode} | ${Math.round(a.requestsPerSecond)} | ${a.p50} | ${a.p99} | ${a.errors} | ${a.non2xx} | ${Math.round(a.rssMaxMb)} | ${judge(a.requestsPerSecond, a.mode === 'cached' ? 1000 : 200, 'at_least')} | ${judge(a.p99, 100, 'at_most')} | ${judge(a.rssMaxMb, 400, 'at_most')} |`,
      ),
    );
  }
  if (r.importRun) {
    const i = r.importRun;
    lines.push(
      '',
      `Import: a ${i.rows.toLocaleString('en')}-row KRS-template CSV for ${i.regency} (${i.cells.toLocaleString('en')} cells, ${i.derived.toLocaleString('en')} roll-up rows) validated and committed through lib/import/run-import.ts in ${i.seconds.toFixed(1)} s: ${judge(i.seconds, 30, 'at_most')} (target <= 30 s).`,
    );
    if (i.phases.length > 0) {
      const rest = i.seconds - i.phases.reduce((n, [, s]) => n + s, 0);
      lines.push(
        '',
        `Where the time went: ${i.phases.map(([phase, s]) => `${phase} ${s.toFixed(1)} s`).join(', ')}, other (catalogue, edition lookup, batch and audit rows, commit) ${rest.toFixed(1)} s. CPU time used meanwhile: ${i.cpu.node.toFixed(1)} s in Node, ${i.cpu.server.toFixed(1)} s in PostgreSQL; the import runs one statement at a time, so on an idle machine its wall time would be close to their sum (plus disk waits).`,
      );
    }
  }
  return lines.join('\n');
}

/** Replaces the run's own section between its markers, appending it if absent; the rest of the file stays. */
export function writeSection(file: string, key: string, body: string) {
  const start = `<!-- bench:${key}:start -->`;
  const end = `<!-- bench:${key}:end -->`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n${body}\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
}
