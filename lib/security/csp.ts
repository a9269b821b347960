// The Content-Security-Policy of every page, built per request in proxy.ts: scripts only
// from this site or carrying the request's nonce (Next.js adds it to its own inline
// scripts); 'strict-dynamic' lets those load their chunks. Styles keep 'unsafe-inline'
// because Leaflet and Recharts position elements with style attributes.

/** Paths that other sites may frame (news embeds); everything else refuses framing. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/(en\/)?embed(\/|$)/.test(pathname);
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, pathname: string, options: { dev?: boolean } = {}): string {
  // React's dev build evaluates source maps with eval(); production never needs it.
  const evalInDev = options.dev ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbedPath(pathname) ? '*' : "'none'"}`,
  ].join('; ');
}
