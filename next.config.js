// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and reads files relative to its package; bundling it breaks both.
  // The region packages carry large data files read from disk at first start.
  serverExternalPackages: ['@electric-sql/pglite', 'geografis', 'idn-area-data', 'postgres'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
