// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and reads files relative to its package; bundling it breaks both.
  // The region packages carry large data files read from disk at first start.
  serverExternalPackages: ['@electric-sql/pglite', 'geografis', 'idn-area-data', 'postgres'],
  poweredByHeader: false,
  // Baseline headers for every response; embed routes (issue 7) will relax framing for themselves.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          {
            key: 'Content-Security-Policy',
            value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
          },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
        ],
      },
    ];
  },
  reactStrictMode: true,
};

export default nextConfig;
