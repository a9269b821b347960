import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { tableChecksums } from './pg-cluster';
import { DEMO_PORT } from './urls';

// The real commands, as child processes: a PGlite database backed up with `npm run db:backup`
// and restored with `npm run db:restore` on PostgreSQL, then back onto a new PGlite folder,
// and once more onto PostgreSQL: every table's checksum is identical.

const SERVER = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-backup-'));
const databases: string[] = [];

function npm(script: string, args: string[], database: { url?: string; pglite?: string }) {
  return execFileSync('npm', ['run', '-s', script, '--', ...args], {
    env: {
      ...process.env,
      DATABASE_URL: database.url ?? '',
      PGLITE_DIR: database.pglite ?? path.join(dir, 'unused'),
      REGION_CODE: '36.73',
    },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    input: 'a-password-long-enough-for-the-e2e\n',
  });
}

async function emptyPostgres(): Promise<string> {
  const name = `pantau_backup_${crypto.randomBytes(4).toString('hex')}`;
  const admin = postgres(SERVER, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  databases.push(name);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The backup's rows without its header line (which carries the time it was made). */
const body = (file: string) => gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').slice(1).join('\n');

test.afterAll(async () => {
  const admin = postgres(SERVER, { onnotice: () => {}, max: 1 });
  for (const name of databases) await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('PGlite -> PostgreSQL -> PGlite -> PostgreSQL with npm run db:backup / db:restore keeps every table identical', async () => {
  test.setTimeout(240_000);
  const pgliteA = path.join(dir, 'a');
  const pgliteB = path.join(dir, 'b');
  const file = (name: string) => path.join(dir, `${name}.ndjson.gz`);

  // A real database: seeded on first open, with an account (password hashes are backed up).
  npm('user:create', ['--email', 'backup@e2e.test', '--role', 'editor', '--password-stdin'], { pglite: pgliteA });
  npm('db:backup', ['--out', file('from-pglite')], { pglite: pgliteA });

  const first = await emptyPostgres();
  expect(npm('db:restore', [file('from-pglite')], { url: first })).toMatch(/Restored \d+ rows/);
  const sums = await tableChecksums(first);
  expect(Number(sums.observations?.split(':')[0])).toBeGreaterThan(3000);
  expect(Number(sums.users?.split(':')[0])).toBe(1);

  npm('db:backup', ['--out', file('from-postgres')], { url: first });
  npm('db:restore', [file('from-postgres')], { pglite: pgliteB });
  npm('db:backup', ['--out', file('from-pglite-again')], { pglite: pgliteB });
  const second = await emptyPostgres();
  npm('db:restore', [file('from-pglite-again')], { url: second });

  expect(await tableChecksums(second)).toEqual(sums);
  expect(body(file('from-pglite-again'))).toBe(body(file('from-pglite')));
  expect(body(file('from-postgres'))).toBe(body(file('from-pglite')));
});

test("a command-line tool pointed at the running server's PGlite folder is refused with a clear message", async () => {
  const held = `.data/e2e-${DEMO_PORT}`;
  const out = path.join(dir, 'refused.ndjson.gz');
  let failure: { status: number; stderr: string } | undefined;
  try {
    npm('db:backup', ['--out', out], { pglite: held });
  } catch (error) {
    failure = error as { status: number; stderr: string };
  }
  expect(failure?.status).toBe(2);
  expect(failure?.stderr).toContain(`The PGlite folder ${path.resolve(held)} is already open in process`);
  expect(failure?.stderr).toContain('Stop the server first, or run this command with DATABASE_URL');
  expect(fs.existsSync(out)).toBe(false);
});
