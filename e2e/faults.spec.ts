import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { type AppServer, startApp } from '@/scripts/app-server';
import { type Cluster, createCluster, tableChecksums } from './pg-cluster';
import { DEMO_PORT } from './urls';

// Faults against a PostgreSQL cluster of this test's own: the database stops under a running
// app and comes back (no restart of the app), and an importer killed in the middle of its
// commit leaves every table exactly as before.

const PG_PORT = Number(process.env.E2E_PG_PORT ?? 5499);
const APP_PORT = DEMO_PORT + 5;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let cluster: Cluster;
let databaseUrl: string;
let app: AppServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = createCluster(PG_PORT);
  cluster.start();
  databaseUrl = await cluster.createDatabase('pantau_faults');
  app = await startApp({
    port: APP_PORT,
    env: {
      DATABASE_URL: databaseUrl,
      PGLITE_DIR: path.join(os.tmpdir(), 'pantau-faults-unused'),
      REGION_CODE: '36.73',
      BETTER_AUTH_SECRET: 'e2e-only-secret-of-a-throw-away-database',
      BETTER_AUTH_URL: '',
    },
  });
});

test.afterAll(async () => {
  await app?.stop();
  cluster?.destroy();
});

const SERIES = '/api/v1/series?indicator=krs_families&region=36.73';
// Pages with a figure that must survive the outage (server-rendered, Indonesian and English).
const PAGES = [
  { url: '/', figure: '15.960' },
  { url: '/en', figure: '15,960' },
  { url: '/tren', figure: 'Keluarga berisiko stunting' },
  { url: '/wilayah/36.73.02', figure: 'Kasemen' },
];
const NOTICE_ID = 'Basis data sedang tidak dapat dihubungi';
const NOTICE_EN = 'The database cannot be reached right now';

const page = async (url: string) => {
  const response = await fetch(app.url + url);
  return { status: response.status, html: await response.text() };
};

test('with PostgreSQL down, pages serve their saved copy with a notice and the API answers 503 with Retry-After; both recover', async () => {
  expect((await fetch(app.url + SERIES)).status).toBe(200);
  const health = (await (await fetch(`${app.url}/api/health`)).json()) as { status: string; engine: string };
  expect(health).toMatchObject({ status: 'ok', engine: 'postgres' });
  expect(health).toHaveProperty('lastImport');
  for (const p of PAGES) {
    const warm = await page(p.url);
    expect(warm.status, p.url).toBe(200);
    expect(warm.html, p.url).toContain(p.figure);
    expect(warm.html, p.url).not.toContain(NOTICE_ID);
    expect(warm.html, p.url).not.toContain(NOTICE_EN);
  }

  cluster.stop();
  // The cache checks the data version at most once a second, so the outage shows after that check.
  await expect.poll(async () => (await fetch(app.url + SERIES)).status, { timeout: 15_000 }).toBe(503);
  const down = await fetch(app.url + SERIES);
  expect(down.status).toBe(503);
  expect(down.headers.get('retry-after')).toBe('30');
  expect(((await down.json()) as { error: { code: string } }).error.code).toBe('unavailable');
  const downHealth = await fetch(`${app.url}/api/health`);
  expect(downHealth.status).toBe(503);
  expect(((await downHealth.json()) as { status: string }).status).toBe('unavailable');
  for (const p of PAGES) {
    const cached = await page(p.url);
    expect(cached.status, p.url).toBe(200);
    expect(cached.html, p.url).toContain(p.figure);
    expect(cached.html, p.url).toContain(p.url.startsWith('/en') ? NOTICE_EN : NOTICE_ID);
  }

  cluster.start();
  await expect.poll(async () => (await fetch(app.url + SERIES)).status, { timeout: 30_000 }).toBe(200);
  expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  for (const p of PAGES) {
    await expect
      .poll(async () => (await page(p.url)).html.includes(NOTICE_ID) || (await page(p.url)).html.includes(NOTICE_EN), {
        timeout: 30_000,
      })
      .toBe(false);
    expect((await page(p.url)).html, p.url).toContain(p.figure);
  }
});

const KRS_HEADER =
  'Kode Wilayah,Kecamatan,Kelurahan,Jumlah Keluarga Sasaran,Jumlah KRS,Sumber Air Minum Tidak Layak,Jamban Tidak Layak,Terlalu Muda,Terlalu Tua,Terlalu Dekat,Terlalu Banyak';

test('an importer killed (SIGKILL) while its commit waits inside the transaction leaves every table as it was', async () => {
  const villages = (
    (await (await fetch(`${app.url}/api/v1/regions?parent=36.73.02`)).json()) as {
      data: { code: string; name: string }[];
    }
  ).data;
  expect(villages.length).toBeGreaterThan(0);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-import-')), 'krs-kill.csv');
  fs.writeFileSync(
    file,
    [KRS_HEADER, ...villages.map((v, i) => `${v.code},Kasemen,${v.name},${900 + i},${400 + i},41,42,43,44,45,46`)].join('\r\n'),
  );

  const before = await tableChecksums(databaseUrl);
  // Another session holds a lock the commit needs (its audit line): the importer writes its
  // rows, then blocks inside its open transaction.
  const holder = postgres(databaseUrl, { onnotice: () => {}, max: 2 });
  const release = holder.reserve();
  const lock = await release;
  await lock`begin`;
  await lock`lock table audit_log in share mode`;

  const importer = spawn(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'scripts/import.ts', file, '--source', 'bkkbn_pk', '--edition', 'PK24', '--period', '2024'],
    { env: { ...process.env, DATABASE_URL: databaseUrl, REGION_CODE: '36.73' }, detached: true, stdio: 'pipe' },
  );
  let output = '';
  importer.stdout?.on('data', (d) => (output += d));
  importer.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => importer.once('exit', (_code, signal) => resolve(signal)));

  // Waiting on the audit_log lock, with rows already written in its transaction (it has an xid).
  const blocked = async () => {
    const [row] = await holder`
      select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where not l.granted and l.relation = 'audit_log'::regclass and a.backend_xid is not null`;
    return (row as { n: number }).n;
  };
  await expect
    .poll(async () => (importer.exitCode === null ? blocked() : `importer exited: ${output}`), { timeout: 90_000 })
    .toBe(1);

  expect(importer.exitCode, output).toBeNull();
  process.kill(-(importer.pid as number), 'SIGKILL');
  expect(await exited).toBe('SIGKILL');
  await lock`rollback`;
  lock.release();
  // The server notices the dead client and rolls its transaction back.
  await expect
    .poll(
      async () => {
        const [row] =
          await holder`select count(*)::int as n from pg_stat_activity where backend_xid is not null and pid <> pg_backend_pid()`;
        return (row as { n: number }).n;
      },
      { timeout: 30_000 },
    )
    .toBe(0);
  await holder.end();

  expect(await tableChecksums(databaseUrl)).toEqual(before);
});
