import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Three tiers: unit tests beside the code, database tests against PGlite, and the same
// database tests against PostgreSQL when TEST_DATABASE_URL is set.
const alias = {
  '@': path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests call the DAL directly.
  'server-only': path.resolve(import.meta.dirname, 'db/test/server-only-stub.ts'),
};

const dbTests = ['db/**/*.test.ts'];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'scripts/bench/*.test.ts', 'components/**/*.test.{ts,tsx}', 'app/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: { name: 'db:pglite', include: dbTests, env: { TEST_DATABASE_URL: '' }, testTimeout: 60_000, hookTimeout: 120_000 },
      },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              resolve: { alias },
              test: { name: 'db:postgres', include: dbTests, testTimeout: 60_000, hookTimeout: 120_000 },
            },
          ]
        : []),
    ],
  },
});
