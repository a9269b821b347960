import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getSessionUser, type SessionUser } from '@/lib/auth/server';
import { href, type Lang } from '@/lib/i18n';

/** The signed-in user of this page request; signed-out visitors go to the sign-in page. */
export async function requireUser(lang: Lang, path: string): Promise<SessionUser> {
  const user = await getSessionUser(await headers());
  if (!user) redirect(`${href(lang, '/masuk')}?next=${encodeURIComponent(href(lang, path))}`);
  return user;
}
