import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '@/lib/auth/server';
import { sessions } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { createUser, generatePassword } from './users';

// Sessions last 12 hours (SECURITY.md); a cookie whose session is past its expiry is refused
// even though its signature is still valid.

let db: TestDb;
let auth: ReturnType<typeof createAuth>;
const password = generatePassword();

beforeAll(async () => {
  db = await createTestDb();
  auth = createAuth(db.db);
  await createUser(db.db, { email: 'viewer@example.id', role: 'viewer', password, actor: 'test' });
});
afterAll(() => db.close());

async function signIn(): Promise<Headers> {
  const response = await auth.handler(
    new Request('http://localhost:3000/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': '198.51.100.4' },
      body: JSON.stringify({ email: 'viewer@example.id', password }),
    }),
  );
  expect(response.status).toBe(200);
  return new Headers({ cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] as string });
}

describe('session expiry', () => {
  it('gives a new session 12 hours', async () => {
    await signIn();
    const [session] = await db.db.select().from(sessions).orderBy(sessions.createdAt).limit(1);
    const hours = (session!.expiresAt.getTime() - session!.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(12, 1);
  });

  it('refuses a session past its expiry, and accepts it while it is valid', async () => {
    const cookie = await signIn();
    const session = await auth.api.getSession({ headers: cookie });
    expect(session?.user.email).toBe('viewer@example.id');

    await db.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, session!.session.id));
    expect(await auth.api.getSession({ headers: cookie })).toBeNull();
  });
});
