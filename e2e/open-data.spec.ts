import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { formatNumber } from '@/lib/format';

// /data: a download equals the table on screen for the same view (same rows, same columns,
// the numbers only formatted for the language on screen).

const view = '/id/data?indicator=households_safe_water&level=kelurahan&period=2023';

test('the CSV download of a view equals its on-screen table, withheld cells included', async ({ page, request }) => {
  await page.goto(view);
  await expect(page.getByRole('heading', { name: 'Data terbuka', level: 1 })).toBeVisible();
  const table = page.getByRole('table').filter({ has: page.locator('caption', { hasText: 'Kelurahan/desa, periode 2023' }) });
  const header = await table.locator('thead th').allInnerTexts();
  const screen = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
  expect(screen.length).toBeGreaterThan(60);

  const link = page.getByRole('link', { name: 'Unduh CSV' });
  const csv = await (await request.get((await link.getAttribute('href')) ?? '')).text();
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim(), { header: false });
  const [csvHeader, ...csvRows] = parsed.data;
  expect(csvHeader).toEqual(header);
  // The JSON of the same view says which columns are numbers (formatted for the language on screen).
  const json = (await (
    await request.get((await page.getByRole('link', { name: 'Unduh JSON' }).getAttribute('href')) ?? '')
  ).json()) as {
    columns: { numeric: boolean }[];
  };
  const shown = (cell: string, i: number) =>
    cell === '' ? '–' : json.columns[i]?.numeric && cell !== '<5' ? formatNumber(Number(cell), 'id', { min: 0, max: 2 }) : cell;
  expect(csvRows.map((row) => row.map(shown))).toEqual(screen);
  expect(screen.flat()).toContain('<5');

  await expect(page.getByRole('link', { name: 'Unduh XLSX' })).toHaveAttribute('href', /format=xlsx/);
  await expect(page.getByRole('link', { name: 'Unduh JSON' })).toHaveAttribute('href', /format=json/);
  await expect(page.getByText('CC BY 4.0')).toBeVisible();
});

test('the API page lists every documented endpoint with an example, in English too', async ({ page, request }) => {
  const doc = (await (await request.get('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
  await page.goto('/en/data/api');
  for (const path of Object.keys(doc.paths))
    await expect(page.getByRole('heading', { name: `GET ${path}`, exact: true })).toBeVisible();
  await page.goto('/id');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Data terbuka', exact: true }).click();
  await expect(page).toHaveURL(/\/data$/);
});
