import 'server-only';
import crypto from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts, type UserRole, users } from '../schema';
import { recordAudit } from './audit';

export class UserExistsError extends Error {}

export type UserDto = { id: string; email: string; name: string; role: UserRole };

/**
 * Creates a user with an email/password credential the way better-auth stores it (scrypt
 * hash in `accounts`, provider `credential`). Used by `npm run user:create` and the e2e setup.
 */
export async function createUser(
  db: Db,
  input: { email: string; name?: string; role: UserRole; password: string; actor: string },
): Promise<UserDto> {
  const email = input.email.trim().toLowerCase();
  if (input.password.length < 12) throw new Error('The password must have at least 12 characters');
  const hash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) throw new UserExistsError(`A user with the email ${email} already exists`);
    const id = crypto.randomUUID();
    const name = input.name?.trim() || email.split('@')[0] || email;
    await tx.insert(users).values({ id, email, name, role: input.role, emailVerified: true });
    await tx
      .insert(accounts)
      .values({ id: crypto.randomUUID(), accountId: id, providerId: 'credential', userId: id, password: hash });
    await recordAudit(tx, {
      actor: input.actor,
      action: 'user.create',
      entity: 'user',
      entityId: email,
      detail: { role: input.role },
    });
    return { id, email, name, role: input.role };
  });
}

export async function listUsers(db: Db): Promise<UserDto[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .orderBy(asc(users.email));
}

/** A password for a new account: 18 random bytes, URL-safe base64 (24 characters). */
export function generatePassword(): string {
  return crypto.randomBytes(18).toString('base64url');
}
