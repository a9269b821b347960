import { PassThrough } from 'node:stream';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, restoreBackup, toReadable, writeBackup } from './backup';
import { type Connection, connect } from './client';
import { createUser } from './queries/users';
import { editions, observations, sessions } from './schema';
import { initializeDatabase } from './seed';
import { createTestDb, type TestDb } from './test/db';

// The backup made on embedded PGlite restores identical data on the engine under test
// (PostgreSQL in the db:postgres project), and back again on PGlite.

const when = new Date('2026-01-01T00:00:00Z');

async function backupText(conn: { db: Connection['db'] }): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeBackup(conn.db, out, when);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

async function freshPglite(): Promise<Connection> {
  const conn = await connect({});
  await conn.migrate();
  return conn;
}

let source: Connection;
let target: TestDb;
let original: string;

beforeAll(async () => {
  source = await freshPglite();
  await initializeDatabase(source.db, { regionCode: '36.73' });
  const user = await createUser(source.db, {
    email: 'editor@example.org',
    role: 'editor',
    password: 'a-long-enough-password',
    actor: 'test',
  });
  await source.db
    .insert(sessions)
    .values({ id: 's1', token: 'secret-token', userId: user.id, expiresAt: new Date('2030-01-01T00:00:00Z') });
  original = await backupText(source);
  target = await createTestDb();
});

afterAll(async () => {
  await source.close();
  await target.close();
});

describe(`backup and restore (PGlite -> ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'} -> PGlite)`, () => {
  it('restores identical data on the other engine and back', async () => {
    const counts = await restoreBackup(target.db, toReadable(original));
    expect(counts.observations).toBeGreaterThan(3000);
    expect(counts.regions).toBe(75);
    // Accounts survive so people can sign in; live sessions are not data and stay out.
    expect(counts.users).toBe(1);
    expect(counts.accounts).toBe(1);
    expect(counts.sessions).toBeUndefined();
    expect(original).not.toContain('secret-token');
    expect(await backupText(target)).toBe(original);

    const back = await freshPglite();
    try {
      await restoreBackup(back.db, toReadable(await backupText(target)));
      expect(await backupText(back)).toBe(original);
    } finally {
      await back.close();
    }
  });

  it('continues serial ids after the restored rows', async () => {
    const [max] = await target.db.select({ n: count() }).from(editions);
    const [created] = await target.db
      .insert(editions)
      .values({ sourceCode: 'manual', code: 'NEW', name: 'New', releasedOn: '2026-01-01' })
      .returning({ id: editions.id });
    expect(created?.id).toBeGreaterThan(max?.n ?? 0);
    await target.db.delete(editions).where(eq(editions.code, 'NEW'));
  });

  it('refuses a database that holds data, and leaves it as it was', async () => {
    const [before] = await target.db.select({ n: count() }).from(observations);
    await expect(restoreBackup(target.db, toReadable(original))).rejects.toThrow(/not empty/);
    const [after] = await target.db.select({ n: count() }).from(observations);
    expect(after?.n).toBe(before?.n);
  });

  it('writes nothing from a damaged or foreign file', async () => {
    const empty = await freshPglite();
    try {
      const truncated = original.slice(0, Math.floor(original.length * 0.6));
      await expect(restoreBackup(empty.db, toReadable(truncated))).rejects.toBeInstanceOf(BackupError);
      // Cut exactly at a line end: every line is valid JSON, but the trailer is missing.
      const lines = original.trimEnd().split('\n');
      const atLineEnd = `${lines.slice(0, Math.floor(lines.length / 2)).join('\n')}\n`;
      await expect(restoreBackup(empty.db, toReadable(atLineEnd))).rejects.toThrow(/incomplete/);
      await expect(restoreBackup(empty.db, toReadable('kode,nama\n36.73,Kota Serang\n'))).rejects.toThrow(
        /not a Pantau Stunting backup/,
      );
      const [rows] = await empty.db.select({ n: count() }).from(observations);
      expect(rows?.n).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
