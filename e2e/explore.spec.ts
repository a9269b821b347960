import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { z } from 'zod';
import { mapStatusSchema, tableSchema } from '@/lib/api/explore-schemas';
import { mapResponseSchema, seriesResponseSchema } from '@/lib/api/schemas';

// The explore views in Chromium: drill-down and breadcrumb, classification and legend,
// the time slider, copied URLs, and the table against the API for the same state.

const regionPath = (page: Page, code: string) => page.locator(`path.region-${code.replaceAll('.', '-')}`);
const breadcrumb = (page: Page) => page.getByRole('navigation', { name: 'Jenjang wilayah' });

test('drill down on the map from Kota Serang to Kasemen to one kelurahan, and back with the breadcrumb', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/peta');
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(6);
  await regionPath(page, '36.73.02').click();
  await expect(page).toHaveURL(/region=36\.73\.02/);
  await expect(breadcrumb(page)).toContainText('Kota Serang');
  await expect(breadcrumb(page).getByText('Kasemen', { exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(10);

  await regionPath(page, '36.73.02.1002').click();
  await expect(page).toHaveURL(/select=36\.73\.02\.1002/);
  await expect(breadcrumb(page).getByText('Mesjid Priyayi', { exact: true })).toHaveAttribute('aria-current', 'page');

  await breadcrumb(page).getByRole('button', { name: 'Kasemen' }).click();
  await expect(page).not.toHaveURL(/select=/);
  await breadcrumb(page).getByRole('button', { name: 'Kota Serang' }).click();
  await expect(page).not.toHaveURL(/region=/);
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(6);
  // All 67 kelurahan of the city at once (one has no boundary and is listed in the table only).
  await page.getByLabel('Tingkat wilayah').selectOption('kelurahan');
  await expect(page).toHaveURL(/level=kelurahan/);
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(66);
  await page.goBack();
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(6);
  // Back and forward walk the same states.
  await page.goBack();
  await expect(page).toHaveURL(/region=36\.73\.02/);
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(10);
  expect(errors).toEqual([]);
});

test('/peta at province level draws every kecamatan of the province that has a boundary, read and drilled with the keyboard', async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Every kecamatan of province 36, from the regions API, against the map API at level=district.
  const regions = z.object({ data: z.array(z.object({ code: z.string() })) });
  const regencies = regions.parse(await (await request.get('/api/v1/regions?parent=36')).json()).data;
  const kecamatan = (
    await Promise.all(
      regencies.map(async (r) => regions.parse(await (await request.get(`/api/v1/regions?parent=${r.code}`)).json()).data),
    )
  ).flat();
  const map = mapResponseSchema.parse(
    await (await request.get('/api/v1/map?indicator=krs_families&parent=36&level=district')).json(),
  );
  expect(map.features.map((f) => f.id)).toEqual(kecamatan.map((k) => k.code).sort());
  const drawn = map.features.filter((f) => f.geometry !== null);
  expect(drawn.length).toBeGreaterThan(0);

  await page.goto('/peta?region=36&level=kecamatan');
  await expect(page.getByLabel('Tingkat wilayah')).toHaveValue('kecamatan');
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(drawn.length);
  for (const f of drawn) await expect(regionPath(page, f.id)).toHaveCount(1);
  await expect(breadcrumb(page).getByText('Banten', { exact: true })).toHaveAttribute('aria-current', 'page');

  // The keyboard reaches a kecamatan; its name and value are read out; Enter drills into it.
  let reached = '';
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.matches('path.leaflet-interactive') ? (active.getAttribute('aria-label') ?? '') : '';
    });
  }
  expect(reached).toMatch(/^[A-Z][\w ]+: Persentase: \d+,\d%, Jumlah: [\d.]+/);
  const name = reached.split(':')[0] as string;
  expect(drawn.map((f) => f.properties.name)).toContain(name);
  await expect(page.locator('.map-box [role="status"]')).toHaveText(reached);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/region=36\.73\.0\d/);
  await expect(page).not.toHaveURL(/level=/);
  await expect(breadcrumb(page).getByText(name, { exact: true })).toHaveAttribute('aria-current', 'page');

  // Back at the province: its kab/kota, every kelurahan at once; the embed draws the same view.
  await page.goBack();
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(drawn.length);
  // The demo's kab/kota figure has no rate to colour, so its children map draws no shape: only the URL changes.
  await page.getByLabel('Tingkat wilayah').selectOption('');
  await expect(page).not.toHaveURL(/level=/);
  await page.getByLabel('Tingkat wilayah').selectOption('kelurahan');
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(66);
  await page.goto('/embed/peta?region=36&level=kecamatan');
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(drawn.length);
  expect(errors).toEqual([]);
});

test('changing the classification changes the legend; fixed breaks keep a colour across periods', async ({ page }) => {
  await page.goto('/peta?region=36.73.02');
  const legend = page.locator('figure.legend');
  await expect(legend).toContainText('Metode kelas: kuantil');
  await expect(legend.locator('li')).toHaveCount(6); // 5 classes + no data
  await page.getByLabel('Metode kelas').selectOption('equal');
  await expect(page).toHaveURL(/method=equal/);
  await expect(legend).toContainText('Metode kelas: interval sama');
  await page.getByLabel('Jumlah kelas').selectOption('3');
  await expect(legend.locator('li')).toHaveCount(4);
  // Equal intervals over every period: the ranges stay when only the period changes.
  const ranges = async () => legend.locator('.legend-range').allTextContents();
  const before = await ranges();
  await page.getByRole('slider', { name: 'Periode' }).fill('0');
  await expect(page).toHaveURL(/period=2023/);
  expect(await ranges()).toEqual(before);
  // Per-period breaks recompute them.
  await page.getByLabel('Jeda kelas').selectOption('period');
  await expect.poll(ranges).not.toEqual(before);
});

test('the time slider changes the period in the URL and the values; a copied URL gives the same view', async ({
  page,
  browser,
}) => {
  await page.goto('/peta?tab=table');
  const table = page.getByRole('table');
  await expect(page.getByRole('slider', { name: 'Periode' })).toHaveAttribute('aria-valuetext', '2024');
  const kasemen = table.getByRole('row').filter({ hasText: 'Kasemen' });
  const latest = await kasemen.textContent();
  await page.getByRole('slider', { name: 'Periode' }).fill('0');
  await expect(page).toHaveURL(/period=2023/);
  await expect(kasemen).toContainText('Pendataan Keluarga 2023');
  expect(await kasemen.textContent()).not.toEqual(latest);
  const at2023 = await kasemen.textContent();

  const copied = page.url();
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.getByRole('slider', { name: 'Periode' })).toHaveAttribute('aria-valuetext', '2023');
  await expect(other.getByRole('table').getByRole('row').filter({ hasText: 'Kasemen' })).toHaveText(at2023 ?? '');
  await context.close();
});

test("the table view's numbers equal the API's for the same state, and the downloads carry the same table", async ({
  page,
  request,
}) => {
  await page.goto('/peta?region=36.73.02&period=2024-S1&tab=table');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(11);
  const api = mapResponseSchema.parse(
    await (await request.get('/api/v1/map?indicator=krs_families&parent=36.73.02&period=2024-S1')).json(),
  );
  for (const feature of api.features) {
    const row = rows.filter({ hasText: feature.properties.code });
    const value = feature.properties.value === null ? '–' : new Intl.NumberFormat('id-ID').format(feature.properties.value);
    const rate =
      feature.properties.rate === null
        ? '–'
        : new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(Math.round(feature.properties.rate * 100) / 100);
    await expect(row.locator('td').nth(1)).toHaveText(value);
    await expect(row.locator('td').nth(2)).toHaveText(rate);
  }
  const csvHref = await page.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href');
  const jsonTable = tableSchema.parse(await (await request.get((csvHref ?? '').replace('format=csv', 'format=json'))).json());
  const headers = await page.getByRole('table').locator('thead th').allTextContents();
  expect(headers).toEqual(jsonTable.columns.map((c) => c.label));
  const csv = await (await request.get(csvHref ?? '')).text();
  expect(csv.split('\r\n')[0]).toBe(`\uFEFF${headers.join(',')}`);
  expect(csv.trim().split('\r\n')).toHaveLength(11);
  const xlsx = await request.get((csvHref ?? '').replace('format=csv', 'format=xlsx'));
  expect(xlsx.headers()['content-disposition']).toMatch(/peta-krs_families-36\.73\.02-2024-S1-\d{4}-\d{2}-\d{2}\.xlsx/);
});

test('no series mixes sources: every indicator, every source it has, one source per line', async ({ request }) => {
  const indicators = z
    .object({ data: z.array(z.object({ code: z.string() })) })
    .parse(await (await request.get('/api/v1/indicators')).json());
  let checked = 0;
  for (const { code } of indicators.data) {
    for (const region of ['36.73', '36.73.02']) {
      const series = seriesResponseSchema.parse(
        await (await request.get(`/api/v1/series?indicator=${code}&region=${region}`)).json(),
      );
      expect(new Set(series.points.map((p) => p.source)).size).toBeLessThanOrEqual(1);
      for (const source of series.sources) {
        const one = seriesResponseSchema.parse(
          await (await request.get(`/api/v1/series?indicator=${code}&region=${region}&source=${source.code}`)).json(),
        );
        expect(new Set(one.points.map((p) => p.source))).toEqual(new Set(one.points.length ? [source.code] : []));
        checked++;
      }
    }
  }
  // stunting_prevalence alone has survey points; the demo holds several indicators with data.
  expect(checked).toBeGreaterThanOrEqual(8);
});

test('/tren compares regions on one source, and its table equals the API for the same state', async ({ page, request }) => {
  await page.goto('/tren?region=36.73.02');
  await page.getByLabel('Tambah wilayah untuk dibandingkan').selectOption('36.73.01');
  await expect(page).toHaveURL(/compare=36\.73\.01/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(7); // header + 3 editions x 2 regions
  const csvHref = await page.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href');
  const table = tableSchema.parse(await (await request.get((csvHref ?? '').replace('format=csv', 'format=json'))).json());
  expect(new Set(table.rows.map((r) => r.source)).size).toBe(1);
  const kasemen = seriesResponseSchema.parse(
    await (await request.get('/api/v1/series?indicator=krs_families&region=36.73.02')).json(),
  );
  for (const point of kasemen.points) {
    const row = rows.filter({ hasText: '36.73.02' }).filter({ hasText: point.editionName });
    await expect(row.locator('td').nth(4)).toHaveText(new Intl.NumberFormat('id-ID').format(point.value ?? 0));
  }
  // Small multiples: one chart per region, from the same URL state.
  await page.getByLabel('Tampilan grafik').selectOption('multiples');
  await expect(page).toHaveURL(/layout=multiples/);
  await expect(page.getByRole('img', { name: /: (Kasemen|Serang)$/ })).toHaveCount(2);
  // Back walks back: first to one chart, then without the compared region.
  await page.goBack();
  await expect(page.getByRole('img', { name: /: (Kasemen|Serang)$/ })).toHaveCount(0);
  await page.goBack();
  await expect(rows).toHaveCount(4);
});

test('/tren marks survey prevalence against the glide path to the target', async ({ page }) => {
  await page.goto('/tren?indicator=stunting_prevalence');
  const table = page.getByRole('table');
  await expect(table.getByRole('row').filter({ hasText: 'SSGBI 2019' })).toContainText('titik awal');
  await expect(table.getByRole('row').filter({ hasText: 'SKI 2023' })).toContainText('di luar jalur');
});

test("the map's target-status view says plainly that KRS has no target; survey prevalence is judged against the national one", async ({
  page,
  request,
}) => {
  await page.goto('/peta');
  await page.getByLabel('Warna peta').selectOption('status');
  await expect(page).toHaveURL(/mode=status/);
  const legend = page.getByTestId('target-status-legend');
  await expect(legend.locator('li').filter({ hasText: 'Tidak ada target' })).toContainText('6 wilayah');
  await expect(legend.locator('li').filter({ hasText: 'Sesuai jalur target' })).toContainText('0 wilayah');
  await expect(legend).toContainText('Target tidak pernah dikarang');
  await expect(page.locator('path.region-36-73-02')).toHaveAttribute('fill', '#ececec');
  // Its table (under "show table") lists every kecamatan with its status, and no invented target.
  const statusRows = page
    .locator('table', { has: page.locator('caption', { hasText: 'Peta status target' }) })
    .locator('tbody tr');
  await expect(statusRows).toHaveCount(6);
  await expect(statusRows.filter({ hasText: 'Kasemen' })).toContainText('Tidak ada target');

  const krs = mapStatusSchema.parse(await (await request.get('/api/v1/map-status?indicator=krs_families&parent=36.73')).json());
  expect(krs.hasTargets).toBe(false);
  expect(new Set(krs.regions.map((r) => r.status))).toEqual(new Set(['no_target']));
  // Kota Serang's SKI 2023 prevalence against the path from its 2019 baseline to the national 2024 target.
  const city = mapStatusSchema.parse(
    await (await request.get('/api/v1/map-status?indicator=stunting_prevalence&parent=36&period=2023')).json(),
  );
  expect(city.regions.find((r) => r.code === '36.73')).toMatchObject({
    status: 'off_track',
    target: { period: '2024', value: 14, national: true },
  });
});

test('a kecamatan profile shows its figures, rank and kelurahan; /faktor decomposes the KRS fall', async ({ page }) => {
  await page.goto('/wilayah/36.73.02');
  await expect(page.getByRole('heading', { level: 1, name: 'Kasemen' })).toBeVisible();
  await expect(page.getByText(/Peringkat \d+ dari 6 wilayah setingkat/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wilayah di bawahnya' }).getByRole('row')).toHaveCount(11);
  const programmes = page.getByRole('region', { name: 'Program yang dijalankan di wilayah ini' });
  await expect(programmes).toContainText('GENTING');
  await expect(programmes).toContainText('ilustrasi');
  expect((await page.goto('/wilayah/36.73.99'))?.status()).toBe(404);

  await page.goto('/faktor');
  const waterfall = page.getByRole('table', { name: /air terjun/ });
  await expect(waterfall.getByRole('row').nth(1)).toContainText('23.711');
  await expect(waterfall.getByRole('row').last()).toContainText('15.960');
  await expect(waterfall.getByRole('row')).toHaveCount(9); // header, start, 6 kecamatan, end
  // Interventions (OPD) have their own small multiples, apart from the risk factors.
  const interventions = page.getByRole('region', { name: 'Indikator intervensi per tahun' });
  await expect(interventions.getByRole('heading', { name: 'Rumah tangga mendapat akses air minum layak' })).toBeVisible();
  await expect(interventions).toContainText('OPD');
});

// One test per view: seven axe runs in one test outgrew the timeout on a busy machine.
for (const url of [
  '/peta',
  '/peta?tab=table',
  '/peta?mode=status',
  '/peta?region=36&level=kecamatan',
  '/tren?compare=36.73.02',
  '/faktor',
  '/wilayah/36.73.02',
  '/en/peta',
]) {
  test(`the explore view ${url} passes an axe accessibility check`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${url}: ${v.id}`)).toEqual([]);
  });
}
