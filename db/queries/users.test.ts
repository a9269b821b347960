import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '@/lib/auth/server';
import { createTestDb, type TestDb } from '../test/db';
import { listAudit } from './audit';
import { createUser, generatePassword, UserExistsError } from './users';

// Accounts made by `npm run user:create` sign in through better-auth; wrong passwords are
// refused and repeated attempts throttled.

let db: TestDb;
let auth: ReturnType<typeof createAuth>;
const password = generatePassword();

const signIn = (body: { email: string; password: string }, ip = '203.0.113.7') =>
  auth.handler(
    new Request('http://localhost:3000/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': ip },
      body: JSON.stringify(body),
    }),
  );

beforeAll(async () => {
  db = await createTestDb();
  auth = createAuth(db.db);
});
afterAll(() => db.close());

describe('users and sign-in', () => {
  it('creates a user once, with a hashed password and an audit line', async () => {
    const user = await createUser(db.db, { email: ' Editor@Example.ID ', role: 'editor', password, actor: 'cli' });
    expect(user).toMatchObject({ email: 'editor@example.id', role: 'editor' });
    await expect(createUser(db.db, { email: 'editor@example.id', role: 'viewer', password, actor: 'cli' })).rejects.toThrow(
      UserExistsError,
    );
    await expect(
      createUser(db.db, { email: 'short@example.id', role: 'viewer', password: 'short', actor: 'cli' }),
    ).rejects.toThrow(/12 characters/);
    expect((await listAudit(db.db)).map((a) => a.action)).toContain('user.create');
    expect(generatePassword()).not.toBe(password);
  });

  it('signs in with the right password into an HTTP-only cookie carrying the role', async () => {
    const response = await signIn({ email: 'editor@example.id', password }, '203.0.113.1');
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(';')[0] as string }) });
    expect((session?.user as { role?: string } | undefined)?.role).toBe('editor');
    expect((await listAudit(db.db)).map((a) => a.action)).toContain('auth.sign_in');
  });

  it('refuses a wrong password and throttles repeated attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await signIn({ email: 'editor@example.id', password: 'wrong-password-123' })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // Even the right password waits out the window from that address; another address is not blocked.
    expect((await signIn({ email: 'editor@example.id', password })).status).toBe(429);
    expect((await signIn({ email: 'editor@example.id', password }, '203.0.113.99')).status).toBe(200);
  });
});
