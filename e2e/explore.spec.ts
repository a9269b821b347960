import { expect, type Page, test } from '@playwright/test';
import { tableSchema } from '@/lib/api/explore-schemas';
import { mapResponseSchema } from '@/lib/api/schemas';

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
  // Back and forward walk the same states.
  await page.goBack();
  await expect(page).toHaveURL(/region=36\.73\.02/);
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(10);
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
