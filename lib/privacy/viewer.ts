import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getSessionUser } from '@/lib/auth/server';
import type { Privacy } from './public-queries';

// Who may see small counts: any signed-in member of the coordination team (any role); the
// public never. Answers that reveal them must not be stored by any shared cache.

export async function privacyFor(headers: Headers): Promise<Privacy> {
  // No cookie, no session: spare the public the session lookup.
  if (!headers.get('cookie')) return { reveal: false };
  return { reveal: (await getSessionUser(headers)) !== null };
}

/** Marks an answer carrying unsuppressed figures as private to the signed-in browser. */
export function keepPrivate(response: Response, privacy: Privacy): Response {
  if (privacy.reveal) response.headers.set('cache-control', 'private, no-store');
  return response;
}

/** The privacy of the page being rendered (once per request): signed-in users see their real figures there too. */
// With the database down the session cannot be checked, so the page shows what the public sees.
export const viewerPrivacy = cache(async (): Promise<Privacy> => privacyFor(await headers()).catch(() => ({ reveal: false })));
