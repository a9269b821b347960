import { getSessionCookie } from 'better-auth/cookies';
import { type NextRequest, NextResponse } from 'next/server';
import { env } from '@/db/env';
import { contentSecurityPolicy, createNonce } from '@/lib/security/csp';

// Language in the URL: Indonesian has no prefix (/ and /peta are served by app/[lang] with
// lang = id), English lives under /en. /id/... is never shown: it redirects to the
// unprefixed URL. The matcher skips the API, Next's own files and static files by extension
// (not every dot: region codes such as 36.73 appear in paths).
// Every page also gets a Content-Security-Policy with a fresh nonce: Next.js reads it from
// the request header and stamps the nonce on its own inline scripts.
// Embeds (/embed/..., /en/embed/...) live in app/embed/[lang], a root layout of their own
// without the site's header and footer, so they are rewritten there with the language.

const EMBED = /^(?:\/(en))?\/embed(?=\/|$)(.*)$/;

// Responses to a signed-in visitor are marked so the service worker (public/sw.js) never stores them.
const SIGNED_IN_HEADER = 'x-pantau-signed-in';

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), request.nextUrl.pathname, { dev: env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = route(request, headers);
  response.headers.set('content-security-policy', policy);
  if (getSessionCookie(request)) response.headers.set(SIGNED_IN_HEADER, '1');
  return response;
}

function route(request: NextRequest, headers: Headers): NextResponse {
  const { pathname } = request.nextUrl;
  const url = request.nextUrl.clone();
  const embed = EMBED.exec(pathname);
  if (embed) {
    url.pathname = `/embed/${embed[1] ?? 'id'}${embed[2] || '/'}`;
    return NextResponse.rewrite(url, { request: { headers } });
  }
  if (pathname === '/en' || pathname.startsWith('/en/')) return NextResponse.next({ request: { headers } });

  // Next names social preview images by the internal path (/id/.../opengraph-image): served as is.
  if (pathname.startsWith('/id/') && pathname.endsWith('/opengraph-image')) return NextResponse.next({ request: { headers } });
  if (pathname === '/id' || pathname.startsWith('/id/')) {
    url.pathname = pathname.slice(3) || '/';
    return NextResponse.redirect(url, 308);
  }
  url.pathname = pathname === '/' ? '/id' : `/id${pathname}`;
  return NextResponse.rewrite(url, { request: { headers } });
}

export const config = {
  matcher: [
    '/((?!api(?:/|$)|_next/|_vercel/|.*\\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|json|webmanifest|css|js|map|woff2?|ttf|csv|xlsx|pdf)$).*)',
  ],
};
