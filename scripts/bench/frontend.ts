// npm run bench:frontend [-- --no-build] [--runs 3] [--port 3511] [--out BENCHMARKS.md]
// Builds the app, starts it on a fresh PGlite folder with the demo data, and reports each public
// page's first-load JavaScript (gzip of the /_next/static scripts its HTML references) and a
// Lighthouse 12 performance score (mobile settings) for the overview, the map and a region page:
// the median of --runs runs per page (Lighthouse on a shared machine varies by 10+ points).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parseArgs } from '../cli';
import { startServer, stopServer } from './api';
import { writeSection } from './report';
import { judge, medianRun } from './stats';

const DEFAULT_PORT = 3511;
const PAGES = ['/', '/tren', '/peta', '/faktor', '/intervensi', '/wilayah/36.73.06', '/en'];
const LIGHTHOUSE_PAGES = ['/', '/peta', '/wilayah/36.73.06'];
const PGLITE_DIR = '.data/bench-frontend';

/** Script URLs a page's HTML loads: <script src> of Next's static chunks, each once. */
export function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] as string);
  return [...new Set(sources.filter((s) => s.startsWith('/_next/static/')))];
}

async function firstLoadKb(base: string, page: string, gzipCache: Map<string, number>) {
  const response = await fetch(base + page);
  if (!response.ok) throw new Error(`${page} answered ${response.status}`);
  const sources = scriptSources(await response.text());
  let bytes = 0;
  for (const src of sources) {
    if (!gzipCache.has(src)) {
      const body = new Uint8Array(await (await fetch(base + src)).arrayBuffer());
      gzipCache.set(src, gzipSync(body).length);
    }
    bytes += gzipCache.get(src) as number;
  }
  return { scripts: sources.length, kb: bytes / 1024 };
}

type LighthouseRun = { score: number; lcpMs: number; tbtMs: number };

async function lighthouseScore(base: string, page: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--no-sandbox', '--headless=new', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(base + page, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${page}`);
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
    };
  } finally {
    chrome.kill();
  }
}

async function main() {
  const { options } = parseArgs(process.argv.slice(2));
  const runs = Number(options.runs ?? 1);
  const port = Number(options.port ?? DEFAULT_PORT);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${options.runs}`);
  if (!Number.isInteger(port) || port < 1) throw new Error(`--port must be a port number, got ${options.port}`);
  const base = `http://127.0.0.1:${port}`;
  if (!options['no-build']) execSync('npm run build', { stdio: 'inherit' });
  fs.rmSync(PGLITE_DIR, { recursive: true, force: true });
  const server = await startServer({ PGLITE_DIR, DATABASE_URL: '' }, port);
  const lines: string[] = [];
  try {
    const gzipCache = new Map<string, number>();
    lines.push(
      `### Front end (run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, next build + next start, demo data)`,
      '',
      "First-load JavaScript: gzip sizes of the /_next/static scripts each page's HTML references. Target: overview <= 200 KB.",
      '',
      '| page | scripts | first-load JS (KB gzip) | target |',
      '|---|--:|--:|---|',
    );
    for (const page of PAGES) {
      const r = await firstLoadKb(base, page, gzipCache);
      lines.push(`| ${page} | ${r.scripts} | ${r.kb.toFixed(1)} | ${page === '/' ? judge(r.kb, 200, 'at_most') : '-'} |`);
    }
    lines.push(
      '',
      `Lighthouse 12 performance (mobile emulation and throttling, headless Chromium), ${
        runs > 1 ? `median of ${runs} runs per page (LCP and TBT of the median run)` : 'one run per page'
      }. Target: overview >= 90.`,
      '',
      `| page | score | LCP ms | TBT ms |${runs > 1 ? ' all scores |' : ''} target |`,
      `|---|--:|--:|--:|${runs > 1 ? '---|' : ''}---|`,
    );
    for (const page of LIGHTHOUSE_PAGES) {
      const all: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) all.push(await lighthouseScore(base, page));
      const r = medianRun(all);
      const scores = runs > 1 ? ` ${all.map((run) => run.score).join(', ')} |` : '';
      lines.push(
        `| ${page} | ${r.score} | ${Math.round(r.lcpMs)} | ${Math.round(r.tbtMs)} |${scores} ${page === '/' ? judge(r.score, 90, 'at_least') : '-'} |`,
      );
    }
  } finally {
    await stopServer(server);
  }
  const section = lines.join('\n');
  console.log(section);
  if (typeof options.out === 'string') writeSection(options.out, 'frontend', section);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
