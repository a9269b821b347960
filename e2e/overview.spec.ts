import { expect, test } from '@playwright/test';
import { reveal } from './reveal';
import { OTHER_REGION_URL } from './urls';

// The overview page: numbers in the server HTML, the map drawn in Chromium, both languages,
// and a region without data that still renders.

test('the server HTML already holds the headline figure, its source and the illustrative label', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('<html lang="id"');
  expect(html).toMatch(/15\.960<\/[^>]+>\s*<[^>]+>keluarga berisiko stunting \(PK24\)/);
  expect(html).toContain('23.711');
  expect(html).toContain('−32,7%');
  expect(html).toContain('Pendataan Keluarga BKKBN');
  expect(html).toContain('Data per 31 Januari 2025');
  expect(html).toContain('PK24, rilis Januari 2025');
  expect(html).toContain('ilustrasi');
  expect(html).toContain('Batas wilayah perkiraan');

  const en = await (await request.get('/en')).text();
  expect(en).toContain('<html lang="en"');
  expect(en).toContain('15,960');
  expect(en).toContain('−32.7%');
  // Edition names in the page language, where the edition has an English one.
  expect(en).toContain('PK24, released January 2025');
});

test('without JavaScript the headline and the kecamatan ranking are readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const headline = page.getByRole('region', { name: 'Keluarga berisiko stunting', exact: true });
  await expect(headline).toContainText('15.960');
  const ranking = page.getByRole('table', { name: /kecamatan/i });
  await expect(ranking.getByRole('row').nth(1)).toContainText('Kasemen');
  await context.close();
});

test('in Chromium the map draws six kecamatan with a legend, and the language switch keeps the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Keluarga berisiko stunting', exact: true })).toBeVisible();
  // The map further down loads its code only when scrolled near.
  await expect(page.locator('.map-box .map-skeleton')).toBeAttached();
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  await reveal(page.getByRole('region', { name: 'Persentase keluarga berisiko stunting per kecamatan', exact: true }));
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(6);
  await expect(page.getByText('Batas wilayah perkiraan (bukan batas resmi)')).toBeVisible();
  await expect(page.getByText('Metode kelas: kuantil')).toBeVisible();
  // No tile server: the map must not ask anything outside the site.
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost')) outside.push(r.url());
  });
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Families at risk of stunting', exact: true })).toBeVisible();
  await reveal(page.getByRole('region', { name: 'Share of families at risk of stunting by district', exact: true }));
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(6);
  await expect(page.getByText('Approximate boundaries (not official)')).toBeVisible();
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('a kab/kota without data (36.04) shows "belum ada data" panels, not an error page', async ({ page }) => {
  const response = await page.goto(`${OTHER_REGION_URL}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Kabupaten Serang').first()).toBeVisible();
  await expect(page.getByText('Belum ada data untuk wilayah ini').first()).toBeVisible();
  expect(await page.getByText('Belum ada data untuk wilayah ini').count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByText(/15\.960/)).toHaveCount(0);
});
