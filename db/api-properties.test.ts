import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { initializeDatabase } from './seed';
import { createTestDb, type TestDb } from './test/db';

// Thousands of generated query strings against the public API's route handlers on a seeded
// test database: never a 500, and every 400 names the parameter it refuses.

const holder: { db?: TestDb } = {};
vi.mock('@/db/server', () => ({
  getDb: async () => holder.db?.db,
  getEngine: async () => 'pglite',
  configuredRegionCode: '36.73',
}));

// Each route with a query that answers 200; the generator corrupts, drops and adds parameters.
const routes = {
  indicators: { load: () => import('@/app/api/v1/indicators/route'), valid: { domain: 'outcome' } },
  regions: { load: () => import('@/app/api/v1/regions/route'), valid: { parent: '36.73' } },
  series: { load: () => import('@/app/api/v1/series/route'), valid: { indicator: 'krs_families', region: '36.73' } },
  map: { load: () => import('@/app/api/v1/map/route'), valid: { indicator: 'krs_families', parent: '36.73' } },
  'map-status': { load: () => import('@/app/api/v1/map-status/route'), valid: { indicator: 'krs_families', parent: '36.73' } },
  'map-timeline': {
    load: () => import('@/app/api/v1/map-timeline/route'),
    valid: { indicator: 'krs_families', parent: '36.73' },
  },
  breakdown: { load: () => import('@/app/api/v1/breakdown/route'), valid: { region: '36.73', domain: 'risk_factor' } },
  activities: { load: () => import('@/app/api/v1/activities/route'), valid: { region: '36.73.02' } },
  coverage: { load: () => import('@/app/api/v1/coverage/route'), valid: { region: '36.73.02', period: '2025' } },
  table: {
    load: () => import('@/app/api/v1/table/route'),
    valid: { view: 'map', indicator: 'krs_families', region: '36.73.02', period: '2024' },
  },
} as const;

const PARAMETERS = [
  'indicator',
  'region',
  'parent',
  'source',
  'from',
  'to',
  'period',
  'format',
  'domain',
  'level',
  'view',
  'lang',
  'compare',
  'method',
  'program',
] as const;

// Valid values, near misses and garbage, so that both the 200 paths and every refusal are reached.
const value = fc.oneof(
  fc.constantFrom(
    'krs_families',
    'stunting_prevalence',
    'no_such_indicator',
    '36.73',
    '36.73.02',
    '36.73.02.1001',
    '36.04',
    '99.99',
    '36.73.99.9999',
    'bkkbn_pk',
    'ssgi',
    'latest',
    '2024',
    '2024-S1',
    '2024-S3',
    '2024-Q4',
    '2024-13',
    '1900',
    '9999',
    '0000',
    '2099-12',
    'json',
    'csv',
    'xlsx',
    'risk_factor',
    'outcome',
    'children',
    'village',
    'map',
    'trend',
    'id',
    'en',
    'quantile',
    'ckmeans',
    'clean_water',
    '36.73.01,36.73.02',
    '36.73.02,,x',
    "' or 1=1 --",
    '%00',
    '',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
  fc.constant('9'.repeat(500)),
);

/** The route's valid query with each parameter kept (mostly), replaced or dropped, plus random extra ones. */
function queryFor(valid: Record<string, string>) {
  const kept = Object.fromEntries(
    Object.entries(valid).map(([key, v]) => [
      key,
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(v) },
        { weight: 1, arbitrary: value },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
    ]),
  );
  return fc.tuple(fc.record(kept), fc.dictionary(fc.constantFrom(...PARAMETERS), value, { maxKeys: 3 })).map(([base, extra]) => {
    const params: Record<string, string> = { ...extra };
    for (const [key, v] of Object.entries(base)) if (v !== null) params[key] = v as string;
    return params;
  });
}

beforeAll(async () => {
  holder.db = await createTestDb();
  await initializeDatabase(holder.db.db, { regionCode: '36.73' });
}, 120_000);
afterAll(() => holder.db?.close());

describe('public API under generated query strings', () => {
  it.each(Object.keys(routes) as (keyof typeof routes)[])(
    '%s: never a 500; every 400 names its parameter',
    async (name) => {
      const { GET } = await routes[name].load();
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(queryFor(routes[name].valid), async (params) => {
          const url = `http://localhost/api/v1/${name}?${new URLSearchParams(params)}`;
          const response = await GET(new Request(url));
          expect([200, 400, 404], `${url} -> ${response.status}`).toContain(response.status);
          seen.add(response.status);
          if (response.status === 400) {
            const { error } = (await response.json()) as { error: { parameter?: string; message: string } };
            expect(PARAMETERS, url).toContain(error.parameter);
            expect(error.message, url).toContain(error.parameter);
          }
        }),
        { numRuns: 250, seed: 20261128 },
      );
      // The generator reached both the answering and the refusing paths.
      expect(seen).toContain(200);
      expect(seen).toContain(400);
    },
    120_000,
  );
});
