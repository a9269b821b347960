import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import {
  breakdownResponseSchema,
  errorSchema,
  indicatorSchema,
  mapResponseSchema,
  regionSchema,
  seriesResponseSchema,
} from '@/lib/api/schemas';
import { OTHER_REGION_URL } from './urls';

// The public API v1 against the built app and its seeded demo database.

test('series: KRS for Kota Serang in edition order, each point with source and edition', async ({ request }) => {
  const response = await request.get('/api/v1/series?indicator=krs_families&region=36.73');
  expect(response.status()).toBe(200);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  const series = seriesResponseSchema.parse(await response.json());
  expect(series.source).toBe('bkkbn_pk');
  expect(series.points.map((p) => [p.edition, p.value])).toEqual([
    ['PK23', 23711],
    ['VERVAL24', 18421],
    ['PK24', 15960],
  ]);
  for (const point of series.points) {
    expect(point.source).toBe('bkkbn_pk');
    expect(point.origin).toBe('published');
    expect(point.citation).toBeTruthy();
  }
  expect(series.points[1]?.rate).toBeCloseTo(14.15, 2);
});

test('map: six kecamatan of Kota Serang, Kasemen with the highest KRS rate', async ({ request }) => {
  const response = await request.get('/api/v1/map?indicator=krs_families&parent=36.73');
  expect(response.status()).toBe(200);
  const map = mapResponseSchema.parse(await response.json());
  expect(map.features.map((f) => f.properties.code)).toEqual([
    '36.73.01',
    '36.73.02',
    '36.73.03',
    '36.73.04',
    '36.73.05',
    '36.73.06',
  ]);
  const ranked = [...map.features].sort((a, b) => (b.properties.rate ?? 0) - (a.properties.rate ?? 0));
  expect(ranked[0]?.properties).toMatchObject({ code: '36.73.02', name: 'Kasemen' });
  expect(map.features.every((f) => f.geometry !== null)).toBe(true);
  expect(map.meta).toMatchObject({ period: '2024', boundaryProvenance: 'approximate', edition: { edition: 'PK24' } });
  const total = map.features.reduce((sum, f) => sum + (f.properties.value ?? 0), 0);
  expect(total).toBe(15960);
});

test('breakdown: the six risk factors for the latest edition', async ({ request }) => {
  const response = await request.get('/api/v1/breakdown?region=36.73&domain=risk_factor');
  expect(response.status()).toBe(200);
  const breakdown = breakdownResponseSchema.parse(await response.json());
  expect(breakdown.edition?.edition).toBe('PK24');
  expect(breakdown.data.map((r) => r.indicator).sort()).toEqual(
    ['krs_4t_too_close', 'krs_4t_too_many', 'krs_4t_too_old', 'krs_4t_too_young', 'krs_unsafe_toilet', 'krs_unsafe_water'].sort(),
  );
  for (const row of breakdown.data) expect(row.share).toBeGreaterThan(0);
});

test('indicators and regions follow the contract', async ({ request }) => {
  const indicators = await (await request.get('/api/v1/indicators')).json();
  const codes = indicators.data.map((i: unknown) => indicatorSchema.parse(i).code);
  expect(codes).toEqual(expect.arrayContaining(['krs_families', 'stunting_prevalence', 'krs_unsafe_water', 'aid_value_idr']));
  const regions = await (await request.get('/api/v1/regions?parent=36.73')).json();
  expect(regions.data.map((r: unknown) => regionSchema.parse(r).name)).toEqual([
    'Serang',
    'Kasemen',
    'Walantaka',
    'Curug',
    'Cipocok Jaya',
    'Taktakan',
  ]);
});

test('map level=district draws every kecamatan of the province; a level not below the parent is a 400', async ({ request }) => {
  const get = async (url: string) => {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    return mapResponseSchema.parse(await response.json());
  };
  // The demo province holds one kab/kota: its kecamatan, with the same figures as the kab/kota map.
  const province = await get('/api/v1/map?indicator=krs_families&parent=36&level=district');
  const city = await get('/api/v1/map?indicator=krs_families&parent=36.73');
  expect(province.meta.parent).toBe('36');
  expect(province.features.map((f) => [f.id, f.properties.value])).toEqual(city.features.map((f) => [f.id, f.properties.value]));
  expect((await get('/api/v1/map?indicator=krs_families&parent=36')).features.map((f) => f.id)).toEqual(['36.73']);
  expect((await get('/api/v1/map?indicator=krs_families&parent=36&level=village')).features).toHaveLength(67);

  for (const url of [
    '/api/v1/map?indicator=krs_families&parent=36.73.02&level=district',
    '/api/v1/map-timeline?indicator=krs_families&parent=36.73.02.1001&level=village',
    '/api/v1/map-status?indicator=krs_families&parent=36.73.02&level=district',
    '/api/v1/table?view=map&indicator=krs_families&region=36.73.02&level=district',
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    const { error } = errorSchema.parse(await response.json());
    expect(error.parameter, url).toBe('level');
    expect(error.message, url).toMatch(/a level below the parent: 36\.73\.02(\.1001)? is a/);
  }
});

test('bad parameters get 400 naming the parameter; unknown codes 404', async ({ request }) => {
  const unknown = await request.get('/api/v1/series?indicator=no_such_indicator&region=36.73');
  expect(unknown.status()).toBe(404);
  expect(errorSchema.parse(await unknown.json()).error.message).toContain('no_such_indicator');

  const malformed = await request.get('/api/v1/series?indicator=krs_families&region=abc');
  expect(malformed.status()).toBe(400);
  const body = errorSchema.parse(await malformed.json());
  expect(body.error.parameter).toBe('region');
  expect(body.error.message).toContain('36.73');

  const badDomain = await request.get('/api/v1/breakdown?region=36.73&domain=everything');
  expect(badDomain.status()).toBe(400);
  expect(errorSchema.parse(await badDomain.json()).error.message).toContain('risk_factor');

  expect((await request.get('/api/v1/map?indicator=krs_families&parent=36.99')).status()).toBe(404);
  expect((await request.get('/api/v1/series?indicator=krs_families')).status()).toBe(400);
});

test('format=csv returns the same rows and columns as the JSON', async ({ request }) => {
  const cases = [
    { url: '/api/v1/series?indicator=krs_families&region=36.73', rows: (j: any) => j.points },
    { url: '/api/v1/map?indicator=krs_families&parent=36.73', rows: (j: any) => j.features.map((f: any) => f.properties) },
    { url: '/api/v1/breakdown?region=36.73&domain=risk_factor', rows: (j: any) => j.data },
  ];
  for (const { url, rows } of cases) {
    const json = rows(await (await request.get(url)).json()) as Record<string, unknown>[];
    const response = await request.get(`${url}&format=csv`);
    expect(response.headers()['content-type']).toContain('text/csv');
    const parsed = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(json.length);
    json.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) {
        if (value !== null && typeof value === 'object') continue;
        expect(parsed.data[i]?.[key], `${url} row ${i} column ${key}`).toBe(value === null ? '' : String(value));
      }
    });
  }
});

test('another kab/kota (36.04, Kabupaten Serang) starts and lists its 29 kecamatan', async ({ request }) => {
  const response = await request.get(`${OTHER_REGION_URL}/api/v1/regions?parent=36.04`);
  expect(response.status()).toBe(200);
  const { data } = await response.json();
  expect(data).toHaveLength(29);
  const series = seriesResponseSchema.parse(
    await (await request.get(`${OTHER_REGION_URL}/api/v1/series?indicator=krs_families&region=36.04`)).json(),
  );
  expect(series.points).toEqual([]);
});

test('pages and API answer with the baseline security headers', async ({ request }) => {
  for (const url of ['/', '/en', '/api/v1/indicators']) {
    const headers = (await request.get(url)).headers();
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['x-frame-options'], url).toBe('DENY');
    expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by'], url).toBeUndefined();
  }
});

test('the OpenAPI description is served and every documented example answers', async ({ request }) => {
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
  const { endpoints } = await import('@/lib/api/openapi');
  for (const endpoint of endpoints) {
    expect(doc.paths[endpoint.path], endpoint.path).toBeTruthy();
    const response = await request.get(endpoint.example);
    expect(response.status(), endpoint.example).toBe(200);
  }
});
