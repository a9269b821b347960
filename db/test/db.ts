import crypto from 'node:crypto';
import postgres from 'postgres';
import { type Connection, connect } from '../client';

// A fresh, migrated database per test file: in-memory PGlite by default, a throw-away
// database on the PostgreSQL server when TEST_DATABASE_URL is set (the same suite runs on both).

export type TestDb = Connection & { name: string };

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const conn = await connect({});
    await conn.migrate();
    return { ...conn, name: 'pglite (memory)' };
  }
  assertLocal(serverUrl);
  const name = `pantau_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const conn = await connect({ databaseUrl: url.toString() });
  await conn.migrate();
  return {
    ...conn,
    name,
    close: async () => {
      await conn.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** Tests create and drop databases: refuse anything but this machine. */
function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
    throw new Error(`TEST_DATABASE_URL must point at a local server, got host ${host}`);
  }
}

export function testEngine(): 'postgres' | 'pglite' {
  return process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
}
