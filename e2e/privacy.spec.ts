import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { indicatorSchema, mapResponseSchema } from '@/lib/api/schemas';
import { type AuditContext, findPrivacyViolations } from '@/lib/privacy/audit';
import { DEMO_URL } from './urls';
import { E2E_USERS } from './users';

// The privacy walk: every public page (both languages, enumerated from the app directory) and
// every public API endpoint in every format at kelurahan level for every public indicator must
// hold nothing from the restricted tables and no visible kelurahan count below 5.

const KOTA = '36.73';
const WALANTAKA = '36.73.03';
const SMALL_VILLAGE = '36.73.03.1011'; // 2 households with safe water in the demo's 2023
const LANGS = ['id', 'en'] as const;

/** Values for the dynamic segments of public pages; a new segment must be given samples here. */
const SAMPLES: Record<string, string[]> = {
  '[code]': [WALANTAKA, SMALL_VILLAGE],
  '[panel]': ['tren', 'peta', 'faktor', 'prevalensi'],
};
/** Pages that are not public (sign-in, administration) or not pages of their own (the 404 catch-all). */
const NOT_PUBLIC = new Set(['admin', 'masuk', '[...rest]']);

/** Every public page URL under app/, with [lang] in both languages and sample values for dynamic segments. */
function publicPages(dir = path.resolve('app'), segments: string[] = []): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const here = entries.some((e) => e.isFile() && /^page\.(tsx|ts|jsx|js)$/.test(e.name)) ? expand(segments) : [];
  const below = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('_') && !NOT_PUBLIC.has(e.name))
    // app/api holds the API (walked below), not pages; /data/api is a page.
    .filter((e) => !(segments.length === 0 && e.name === 'api'))
    .flatMap((e) => publicPages(path.join(dir, e.name), [...segments, e.name]));
  return [...here, ...below];
}

function expand(segments: string[]): string[] {
  let urls = [''];
  for (const segment of segments) {
    if (/^\(.*\)$/.test(segment)) continue; // route groups do not appear in the URL
    const values = segment === '[lang]' ? [...LANGS] : segment.startsWith('[') ? SAMPLES[segment] : [segment];
    if (!values) throw new Error(`No sample values for the dynamic segment ${segment}: add them to SAMPLES`);
    urls = urls.flatMap((u) => values.map((v) => `${u}/${v}`));
  }
  // Embeds live in app/embed/[lang] but are addressed /embed/... and /en/embed/... (proxy.ts).
  return urls.map(
    (u) => u.replace(/^\/embed\/(id|en)(?=\/|$)/, (_m, lang: string) => (lang === 'en' ? '/en/embed' : '/embed')) || '/',
  );
}

function expectClean(what: string, violations: ReturnType<typeof findPrivacyViolations>) {
  expect(violations, `${what}: ${JSON.stringify(violations.slice(0, 3))}`).toEqual([]);
}

async function xlsxRows(body: Buffer): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const sheet = workbook.worksheets[0];
  const rows: Record<string, unknown>[] = [];
  const header = (sheet?.getRow(1).values as unknown[] | undefined) ?? [];
  sheet?.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(header.map((h, i) => [String(h), values[i] ?? null]).filter(([h]) => h !== 'undefined')));
  });
  return rows;
}

/** Fetches one public URL and runs the checker on what came back, in the format it came in. */
async function audit(request: APIRequestContext, url: string, context: AuditContext = {}) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const type = response.headers()['content-type'] ?? '';
  if (type.includes('spreadsheetml')) {
    return expectClean(url, findPrivacyViolations(await xlsxRows(await response.body()), { ...context, format: 'rows' }));
  }
  if (type.includes('text/csv'))
    return expectClean(url, findPrivacyViolations(await response.text(), { ...context, format: 'csv' }));
  if (type.includes('json')) return expectClean(url, findPrivacyViolations(await response.json(), context));
  expectClean(url, findPrivacyViolations(await response.text(), { ...context, format: 'html' }));
}

test.describe('privacy walk', () => {
  test.describe.configure({ timeout: 300_000 });
  let indicators: { code: string; unit: string; domain: string }[];
  let units: Record<string, string>;

  test.beforeAll(async ({ request }) => {
    const body = (await (await request.get('/api/v1/indicators')).json()) as { data: unknown[] };
    indicators = body.data.map((i) => indicatorSchema.parse(i));
    units = Object.fromEntries(indicators.map((i) => [i.code, i.unit]));
  });

  test('every public page, in both languages', async ({ request }) => {
    const pages = publicPages();
    // Sanity: the walk finds the overview, the explore pages and open data in both languages.
    for (const expected of ['/id', '/en', '/id/peta', '/en/data', '/id/data/api', `/id/wilayah/${SMALL_VILLAGE}`])
      expect(pages).toContain(expected);
    const views = [
      `/id/peta?indicator=households_safe_water&region=${WALANTAKA}&period=2023&tab=table`,
      `/id/peta?indicator=households_safe_water&level=kelurahan&period=2023&tab=table`,
      `/en/tren?indicator=households_safe_water&region=${SMALL_VILLAGE}`,
      `/id/data?indicator=households_safe_water&level=kelurahan&period=2023`,
      `/en/data?indicator=households_safe_water&level=kecamatan&period=2023`,
    ];
    for (const url of [...pages, ...views]) await audit(request, url, { unit: 'households' });
  });

  test('every public endpoint in every format, at kelurahan level, for every public indicator', async ({ request }) => {
    for (const { code, unit } of indicators) {
      const ctx = { unit, units };
      const timeline = (await (
        await request.get(`/api/v1/map-timeline?indicator=${code}&parent=${KOTA}&level=village`)
      ).json()) as { periods: { period: string }[] };
      const periods = ['latest', ...timeline.periods.map((p) => p.period)];
      for (const format of ['json', 'csv']) {
        await audit(request, `/api/v1/map-timeline?indicator=${code}&parent=${KOTA}&level=village&format=${format}`, ctx);
        await audit(request, `/api/v1/series?indicator=${code}&region=${SMALL_VILLAGE}&format=${format}`, ctx);
        await audit(request, `/api/v1/map-status?indicator=${code}&parent=${WALANTAKA}&format=${format}`, ctx);
        for (const period of periods) {
          await audit(
            request,
            `/api/v1/map?indicator=${code}&parent=${KOTA}&level=village&period=${period}&format=${format}`,
            ctx,
          );
          await audit(request, `/api/v1/map?indicator=${code}&parent=${WALANTAKA}&period=${period}&format=${format}`, ctx);
        }
      }
      for (const format of ['json', 'csv', 'xlsx']) {
        await audit(request, `/api/v1/table?view=trend&indicator=${code}&region=${SMALL_VILLAGE}&format=${format}`, ctx);
        for (const period of periods)
          await audit(
            request,
            `/api/v1/table?view=map&indicator=${code}&region=${KOTA}&level=village&period=${period}&format=${format}`,
            ctx,
          );
      }
    }
    const domains = [...new Set(indicators.map((i) => i.domain))];
    for (const format of ['json', 'csv']) {
      for (const domain of domains)
        for (const period of ['latest', '2023', '2024', '2025'])
          await audit(request, `/api/v1/breakdown?region=${SMALL_VILLAGE}&domain=${domain}&period=${period}&format=${format}`, {
            units,
          });
      await audit(request, `/api/v1/coverage?region=${KOTA}&format=${format}`);
      await audit(request, `/api/v1/activities?region=${KOTA}&format=${format}`);
      await audit(request, `/api/v1/indicators?format=${format}`);
      await audit(request, `/api/v1/regions?parent=${WALANTAKA}&format=${format}`);
    }
    await audit(request, '/api/v1/openapi.json');
  });

  test('the ZIP of everything: each CSV, the metadata and the README', async ({ request }) => {
    const response = await request.get('/api/v1/download/all.zip');
    expect(response.status()).toBe(200);
    const zip = await JSZip.loadAsync(await response.body());
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'metadata.json', 'csv/households_safe_water-kelurahan.csv']));
    for (const name of names) {
      const text = await zip.files[name]?.async('string');
      const unit = units[name.replace(/^csv\//, '').replace(/-(kota|kecamatan|kelurahan)\.csv$/, '')];
      expectClean(name, findPrivacyViolations(text, { format: name.endsWith('.csv') ? 'csv' : 'html', unit }));
    }
    const water = await zip.files['csv/households_safe_water-kelurahan.csv']?.async('string');
    expect(water).toContain('<5');
  });

  test('the public sees <5 with public caching; a signed-in viewer sees the real count, privately', async ({ request }) => {
    const url = `/api/v1/map?indicator=households_safe_water&parent=${WALANTAKA}&period=2023`;
    const find = (body: unknown) => mapResponseSchema.parse(body).features.find((f) => f.id === SMALL_VILLAGE)?.properties;
    const anonymous = await request.get(url);
    expect(anonymous.headers()['cache-control']).toMatch(/^public/);
    expect(find(await anonymous.json())).toMatchObject({ value: null, suppressed: true });

    const viewer = await playwrightRequest.newContext({ baseURL: DEMO_URL, extraHTTPHeaders: { origin: DEMO_URL } });
    expect((await viewer.post('/api/auth/sign-in/email', { data: E2E_USERS.viewer })).status()).toBe(200);
    const signedIn = await viewer.get(url);
    expect(signedIn.headers()['cache-control']).toBe('private, no-store');
    expect(find(await signedIn.json())?.value).toBe(2);
    const csv = await viewer.get(
      `/api/v1/table?view=map&indicator=households_safe_water&region=${WALANTAKA}&period=2023&format=csv`,
    );
    expect(csv.headers()['cache-control']).toBe('private, no-store');
    expect(findPrivacyViolations(await csv.text(), { format: 'csv', unit: 'households' }).map((v) => v.kind)).toContain(
      'small_count',
    );
    // Pages too: the open-data table shows the viewer the real figure, in a page no cache may keep.
    const page = await viewer.get(`/id/data?indicator=households_safe_water&level=kelurahan&period=2023`);
    expect(page.headers()['cache-control']).toContain('no-store');
    const kinds = findPrivacyViolations(await page.text(), { format: 'html', unit: 'households' }).map((v) => v.kind);
    expect(kinds).toContain('small_count');
    await viewer.dispose();
  });
});
