// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and reads files relative to its package; bundling it breaks both.
  // The region packages carry large data files read from disk at first start.
  serverExternalPackages: ['@electric-sql/pglite', 'geografis', 'idn-area-data', 'postgres'],
  poweredByHeader: false,
  // Baseline headers for every response. Only the embed routes (/embed/..., /en/embed/...) may be
  // framed, by any site; every other path keeps X-Frame-Options DENY and frame-ancestors 'none'.
  async headers() {
    /** @param {string} ancestors */
    const csp = (ancestors) => `frame-ancestors ${ancestors}; base-uri 'self'; form-action 'self'; object-src 'none'`;
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
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: csp("'none'") },
        ],
      },
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: csp('*') }] },
      { source: '/en/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: csp('*') }] },
    ];
  },
  reactStrictMode: true,
};

export default nextConfig;
