import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import type { NewRegion } from '@/db/schema';
import type { ApiResult } from './report';

// The built app (npm run build first) on the benchmark database, hit by autocannon: the same
// URL repeated (what a cache can answer) and distinct parameters each request (what it cannot).

export const API_PORT = 3510;

export async function startServer(env: Record<string, string>, port = API_PORT): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}; run npm run build first`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/indicators`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill('SIGTERM');
  throw new Error(`next start did not answer on port ${port} within 180 s`);
}

export async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

/** Resident memory of a process and its descendants, in MB (ps reports KiB). */
export function treeRssMb(pid: number): number {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const inTree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, parent] of table) {
      if (!inTree.has(p) && inTree.has(parent)) {
        inTree.add(p);
        grew = true;
      }
    }
  }
  return table.filter(([p]) => inTree.has(p)).reduce((kb, [, , rss]) => kb + rss, 0) / 1024;
}

type RouteSpec = { route: string; cached: string; uncached: (i: number) => string };

function routeSpecs(regions: NewRegion[]): RouteSpec[] {
  const parents = regions.filter((r) => r.level !== 'village').map((r) => r.code);
  // Rotating over every region: at national scope (91,000 regions) no URL repeats within a run.
  const all = regions.map((r) => r.code);
  const region = regions.find((r) => r.level === 'regency')?.code ?? '36.73';
  const pick = (list: string[], i: number) => list[(i * 7919) % list.length] as string;
  return [
    {
      route: '/api/v1/series',
      cached: `/api/v1/series?indicator=krs_families&region=${region}`,
      uncached: (i) => `/api/v1/series?indicator=krs_families&region=${pick(all, i)}`,
    },
    {
      route: '/api/v1/map',
      cached: `/api/v1/map?indicator=krs_families&parent=${region}`,
      uncached: (i) => `/api/v1/map?indicator=krs_families&parent=${pick(parents, i)}`,
    },
    {
      route: '/api/v1/breakdown',
      cached: `/api/v1/breakdown?region=${region}&domain=risk_factor`,
      uncached: (i) => `/api/v1/breakdown?region=${pick(all, i)}&domain=risk_factor`,
    },
  ];
}

async function hammer(server: ChildProcess, path: (i: number) => string, seconds: number) {
  let i = 0;
  let rssMaxMb = treeRssMb(server.pid as number);
  const sampler = setInterval(() => {
    rssMaxMb = Math.max(rssMaxMb, treeRssMb(server.pid as number));
  }, 1000);
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${API_PORT}`,
      connections: 50,
      duration: seconds,
      requests: [{ setupRequest: (request) => ({ ...request, path: path(i++) }) }],
    });
    return {
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      rssMaxMb,
    };
  } finally {
    clearInterval(sampler);
  }
}

export async function runApiLoad(options: {
  databaseUrl: string;
  regions: NewRegion[];
  seconds: number;
  log: (s: string) => void;
}): Promise<ApiResult[]> {
  const server = await startServer({ DATABASE_URL: options.databaseUrl });
  const results: ApiResult[] = [];
  try {
    // Warm-up, not recorded: route compilation on first hit, JIT, the pool's connections.
    for (const spec of routeSpecs(options.regions)) await hammer(server, spec.uncached, 3);
    for (const spec of routeSpecs(options.regions)) {
      for (const mode of ['cached', 'uncached'] as const) {
        const path = mode === 'cached' ? () => spec.cached : spec.uncached;
        const r = await hammer(server, path, options.seconds);
        options.log(
          `${spec.route} ${mode}: ${Math.round(r.requestsPerSecond)} req/s, p99 ${r.p99} ms, RSS ${Math.round(r.rssMaxMb)} MB`,
        );
        results.push({ route: spec.route, mode, ...r });
      }
    }
  } finally {
    await stopServer(server);
  }
  return results;
}
