import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { env } from '@/db/env';
import { pruneSignIns, recordAudit } from '@/db/queries/audit';
import { accounts, rateLimits, sessions, type UserRole, userRoles, users, verifications } from '@/db/schema';
import { getDb } from '@/db/server';

// Email and password sign-in for the coordination team (better-auth on the app's own
// database). No sign-up: accounts are made by `npm run user:create` or an admin.

export function createAuth(db: Db) {
  return betterAuth({
    secret: authSecret(),
    baseURL: env.BETTER_AUTH_URL,
    database: drizzleAdapter(db, {
      provider: 'pg',
      usePlural: true,
      schema: { users, sessions, accounts, verifications, rateLimits },
    }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    user: {
      additionalFields: { role: { type: [...userRoles], required: true, defaultValue: 'viewer', input: false } },
    },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    // Throttle sign-in per client address: 10 attempts a minute (better-auth's default is 3 per 10 s).
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { window: 60, max: 10 } },
    },
    advanced: {
      // HTTP-only, SameSite=Lax cookies; Secure whenever the app is served over https.
      useSecureCookies: env.BETTER_AUTH_URL?.startsWith('https://') ?? false,
      database: { generateId: () => crypto.randomUUID() },
    },
    databaseHooks: {
      session: {
        create: {
          after: async (session) => {
            const [user] = await db.select({ email: users.email }).from(users).where(eqId(session.userId));
            await recordAudit(db, { actor: user?.email ?? session.userId, action: 'auth.sign_in', entity: 'session' });
            await pruneSignIns(db);
          },
        },
      },
    },
    plugins: [nextCookies()],
    telemetry: { enabled: false },
    logger: { disabled: env.NODE_ENV === 'test' },
  });
}

const eqId = (id: string) => eq(users.id, id);

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { pantauAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.pantauAuth ??= getDb().then(createAuth);
  return globalForAuth.pantauAuth;
}

/** The secret from the environment, or one made once and kept beside the data folder (mode 600). */
function authSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.resolve(`${env.PGLITE_DIR}.auth-secret`);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

export type SessionUser = { id: string; email: string; name: string; role: UserRole };

/** The signed-in user of a request, or null. */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = session.user as { id: string; email: string; name: string; role: UserRole };
  return { id: u.id, email: u.email, name: u.name, role: u.role };
}
