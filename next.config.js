// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and reads files relative to its package; bundling it breaks both.
  // The region packages carry large data files read from disk at first start.
  serverExternalPackages: ['@electric-sql/pglite', 'geografis', 'idn-area-data', 'postgres'],
  poweredByHeader: false,
  // Baseline headers for every response. Pages get their Content-Security-Policy (with a
  // per-request script nonce) from proxy.ts; the API and static files get this fixed one.
  // Embed routes (/embed/*, /en/embed/*) may be framed by any site: no X-Frame-Options there.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
        ],
      },
      {
        source: '/:path((?!embed(?:/|$)|en/embed(?:/|$)).*)',
        headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
      },
      {
        source: '/api/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: "default-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
          },
        ],
      },
    ];
  },
  reactStrictMode: true,
};

export default nextConfig;
