import { type NextRequest, NextResponse } from 'next/server';

// Language in the URL: Indonesian has no prefix (/ and /peta are served by app/[lang] with
// lang = id), English lives under /en. /id/... is never shown: it redirects to the
// unprefixed URL. The matcher skips the API, Next's own files and static files by extension
// (not every dot: region codes such as 36.73 appear in paths).

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/en' || pathname.startsWith('/en/')) return NextResponse.next();

  const url = request.nextUrl.clone();
  if (pathname === '/id' || pathname.startsWith('/id/')) {
    url.pathname = pathname.slice(3) || '/';
    return NextResponse.redirect(url, 308);
  }
  url.pathname = pathname === '/' ? '/id' : `/id${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: [
    '/((?!api(?:/|$)|_next/|_vercel/|.*\\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|json|webmanifest|css|js|map|woff2?|ttf|csv|xlsx|pdf)$).*)',
  ],
};
