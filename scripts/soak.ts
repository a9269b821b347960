// npm run soak -- [--engine pglite|postgres|both] [--duration 600] [--connections 50] [--port 3690]
//   [--database-url postgres://postgres@127.0.0.1:5432/pantau_soak] [--max-growth-mib 150] [--report BENCHMARKS.md]
// Soak test of the built app (`npm run build` first): public pages and API mixed, 50
// connections for 10 minutes per engine. Fails when any request errs or the server's
// memory grows by more than --max-growth-mib between the end of the first minute and the end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import postgres from 'postgres';
import { type AppServer, startApp, treeRssMiB } from './app-server';
import { parseArgs } from './cli';

const PATHS = [
  '/',
  '/api/v1/series?indicator=krs_families&region=36.73',
  '/peta',
  '/api/v1/map?indicator=krs_families&parent=36.73&period=latest',
  '/tren',
  '/api/v1/breakdown?region=36.73&domain=risk_factor',
  '/faktor',
  '/api/v1/indicators',
  '/wilayah/36.73.02',
  '/api/v1/regions?parent=36.73.02',
  '/intervensi',
  '/api/v1/coverage?region=36.73.02&period=2025',
  '/en',
  '/api/v1/series?indicator=krs_families&region=36.73.02&format=csv',
];

type Engine = 'pglite' | 'postgres';
type Sample = { second: number; rssMiB: number };
type Outcome = { engine: Engine; result: Result; samples: Sample[]; baselineMiB: number; endMiB: number };

const { options } = parseArgs(process.argv.slice(2));
const opt = (name: string, fallback: string) => (typeof options[name] === 'string' ? (options[name] as string) : fallback);
const duration = Number(opt('duration', '600'));
const connections = Number(opt('connections', '50'));
const port = Number(opt('port', '3690'));
const maxGrowthMiB = Number(opt('max-growth-mib', '150'));
const databaseUrl = opt('database-url', 'postgres://postgres@127.0.0.1:5432/pantau_soak');
const engines: Engine[] = opt('engine', 'both') === 'both' ? ['pglite', 'postgres'] : [opt('engine', 'pglite') as Engine];

async function freshPostgres(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = postgres({ ...parsePg(target), database: 'postgres', onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
}

const parsePg = (u: URL) => ({ host: u.hostname, port: Number(u.port || 5432), username: decodeURIComponent(u.username) });

async function soak(engine: Engine): Promise<Outcome> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-soak-'));
  if (engine === 'postgres') await freshPostgres(databaseUrl);
  const env =
    engine === 'postgres'
      ? { DATABASE_URL: databaseUrl, PGLITE_DIR: path.join(dir, 'unused') }
      : { DATABASE_URL: '', PGLITE_DIR: path.join(dir, 'pglite') };
  const server: AppServer = await startApp({ port, env: { ...env, BETTER_AUTH_SECRET: 'soak-test-secret-of-a-throw-away-db' } });
  try {
    for (const p of PATHS) {
      const response = await fetch(server.url + p);
      if (response.status !== 200) throw new Error(`Warm-up: ${p} answered ${response.status}\n${server.output().slice(-3000)}`);
    }
    const pid = server.process.pid as number;
    const samples: Sample[] = [{ second: 0, rssMiB: treeRssMiB(pid) }];
    const started = Date.now();
    const timer = setInterval(
      () => samples.push({ second: Math.round((Date.now() - started) / 1000), rssMiB: treeRssMiB(pid) }),
      10_000,
    );
    console.log(`${engine}: ${connections} connections for ${duration} s over ${PATHS.length} URLs`);
    const result = await autocannon({
      url: server.url,
      connections,
      duration,
      timeout: 30,
      requests: PATHS.map((p) => ({ method: 'GET', path: p })),
    });
    clearInterval(timer);
    samples.push({ second: duration, rssMiB: treeRssMiB(pid) });
    // Baseline: the first sample after a minute of load (or half the run when shorter).
    const settle = Math.min(60, duration / 2);
    const baselineMiB = samples.find((s) => s.second >= settle)?.rssMiB ?? samples[0]!.rssMiB;
    const endMiB = samples.at(-1)!.rssMiB;
    return { engine, result, samples, baselineMiB, endMiB };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const mib = (n: number) => n.toFixed(0);

function summary(outcomes: Outcome[]): string {
  const rows = outcomes.map(({ engine, result: r, baselineMiB, endMiB, samples }) => {
    const errors = `${r.errors + r.timeouts + r.non2xx} (${r.timeouts} timeouts, ${r.non2xx} non-2xx)`;
    const peak = Math.max(...samples.map((s) => s.rssMiB));
    return `| ${engine} | ${r.requests.total} | ${errors} | ${r.requests.average.toFixed(1)} | ${r.latency.p50} | ${r.latency.p90} | ${r.latency.p99} | ${r.latency.max} | ${mib(samples[0]!.rssMiB)} / ${mib(baselineMiB)} / ${mib(peak)} / ${mib(endMiB)} |`;
  });
  const series = outcomes.map(
    (o) =>
      `- ${o.engine}, RSS (MiB) every ${o.samples.length > 2 ? '10 s' : 'run'}: ${o.samples
        .filter((_, i) => i % 6 === 0 || i === o.samples.length - 1)
        .map((s) => `${s.second}s ${mib(s.rssMiB)}`)
        .join(', ')}`,
  );
  return [
    `${connections} connections, ${duration} s per engine, ${PATHS.length} URLs in turn (7 pages, 7 API calls), built app (\`next start\`), ${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    `Pass: no errors, timeouts or non-2xx answers, and RSS (server process tree) at the end at most ${maxGrowthMiB} MiB above RSS after the first minute of load.`,
    '',
    '| engine | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms | RSS MiB start / 1 min / peak / end |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...series,
  ].join('\n');
}

/** Replaces (or appends) the `## Soak test` section, leaving every other section as it is. */
function writeReport(file: string, body: string) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const section = `## Soak test\n\nMeasured with \`npm run soak\` (scripts/soak.ts).\n\n${body}\n`;
  const start = text.indexOf('## Soak test');
  if (start < 0) return fs.writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
  const next = text.indexOf('\n## ', start + 1);
  fs.writeFileSync(file, text.slice(0, start) + section + (next < 0 ? '' : text.slice(next + 1)));
}

async function main() {
  const outcomes: Outcome[] = [];
  for (const engine of engines) outcomes.push(await soak(engine));
  const text = summary(outcomes);
  console.log(text);
  if (typeof options.report === 'string') writeReport(options.report, text);
  const failures = outcomes.flatMap((o) => {
    const errors = o.result.errors + o.result.timeouts + o.result.non2xx;
    const growth = o.endMiB - o.baselineMiB;
    return [
      ...(errors > 0 ? [`${o.engine}: ${errors} failed requests`] : []),
      ...(growth > maxGrowthMiB ? [`${o.engine}: memory grew by ${mib(growth)} MiB (bound ${maxGrowthMiB})`] : []),
    ];
  });
  if (failures.length) {
    console.error(`SOAK FAILED\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log('Soak passed.');
}

await main();
