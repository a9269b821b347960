import 'server-only';
import type { z } from 'zod';
import { env } from '@/db/env';
import { can, type Permission } from './roles';
import { getSessionUser, type SessionUser } from './server';

// Every admin route handler starts here: a mutation must come from this site (Origin
// header), then the session's role must allow the action. Answers 403/401 otherwise.

export type Guarded = { user: SessionUser } | { response: Response };

export async function authorize(request: Request, permission: Permission, options: { mutation: boolean }): Promise<Guarded> {
  if (options.mutation && !isSameOrigin(request)) {
    return { response: deny(403, 'cross_site', 'Cross-site request refused: the Origin header must be this site') };
  }
  const user = await getSessionUser(request.headers);
  if (!user) return { response: deny(401, 'unauthenticated', 'Sign in first') };
  if (!can(user.role, permission))
    return { response: deny(403, 'forbidden', `The role ${user.role} may not do this (${permission})`) };
  return { user };
}

/** The Origin of a browser's POST must be this site's: the configured URL, else the Host the request came to. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  if (env.BETTER_AUTH_URL) return origin === new URL(env.BETTER_AUTH_URL).origin;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function deny(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { 'cache-control': 'no-store' } });
}

/** The JSON body checked with the form's own zod schema; the first problem becomes a 400 naming the field. */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ data: z.infer<S> } | { response: Response }> {
  const body = schema.safeParse(await request.json().catch(() => null));
  if (body.success) return { data: body.data };
  const issue = body.error.issues[0];
  return { response: deny(400, 'bad_request', `Field "${String(issue?.path[0] ?? '')}": ${issue?.message}`) };
}

/** A positive whole number from a route's [id] segment, or null. */
export function positiveId(raw: string): number | null {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : null;
}
