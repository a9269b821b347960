import { type NextRequest, NextResponse } from 'next/server';
import { env } from '@/db/env';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';

// Language in the URL: Indonesian has no prefix (/ and /peta are served by app/[lang] with
// lang = id), English lives under /en. /id/... is never shown: it redirects to the
// unprefixed URL. The matcher skips the API, Next's own files and static files by extension
// (not every dot: region codes such as 36.73 appear in paths).
// Every page also gets a Content-Security-Policy with a fresh nonce: Next.js reads it from
// the request header and stamps the nonce on its own inline scripts.

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const url = request.nextUrl.clone();
  if (pathname === '/id' || pathname.startsWith('/id/')) {
    url.pathname = pathname.slice(3) || '/';
    return NextResponse.redirect(url, 308);
  }

  const policy = contentSecurityPolicy(createNonce(), pathname, { dev: env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const english = pathname === '/en' || pathname.startsWith('/en/');
  if (!english) url.pathname = pathname === '/' ? '/id' : `/id${pathname}`;
  const response = english ? NextResponse.next({ request: { headers } }) : NextResponse.rewrite(url, { request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    '/((?!api(?:/|$)|_next/|_vercel/|.*\\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|json|webmanifest|css|js|map|woff2?|ttf|csv|xlsx|pdf)$).*)',
  ],
};
