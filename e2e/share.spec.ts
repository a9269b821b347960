import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { reveal } from './reveal';

// Sharing: chart and map images carry their title and provenance; each shareable view has a
// social preview image drawn on the server without anything fetched from outside.

test('the trend chart downloads as SVG and PNG with title, source, edition and date drawn in', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Tren keluarga berisiko stunting per edisi' });
  await reveal(panel);
  await expect(panel.locator('svg.recharts-surface')).toBeVisible();

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Unduh Tren keluarga berisiko stunting per edisi sebagai gambar SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('krs-tren.svg');
  const svg = await readFile(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('>Tren keluarga berisiko stunting per edisi</text>');
  expect(svg).toContain('Sumber: Pendataan Keluarga BKKBN');
  expect(svg).toContain('Edisi: PK24');
  expect(svg).toContain('Data per 31 Januari 2025');
  expect(svg).toContain('15.960');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Unduh Tren keluarga berisiko stunting per edisi sebagai gambar PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('krs-tren.png');
  const png = await readFile(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the drawn width: the IHDR width is bytes 16-19.
  const drawn = await panel.locator('svg.recharts-surface').evaluate((el) => el.getBoundingClientRect().width);
  expect(png.readUInt32BE(16)).toBe((Math.max(Math.round(drawn), 320) + 32) * 2);
});

test('the kecamatan map downloads as SVG with its regions, title and the illustrative note', async ({ page }) => {
  await page.goto('/en');
  const panel = page.getByRole('region', { name: 'Share of families at risk of stunting by district', exact: true });
  await reveal(panel);
  await expect(panel.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(6);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: /as an SVG image/ }).click(),
  ]);
  const svg = await readFile(await download.path(), 'utf8');
  expect(svg.match(/<path[^>]+leaflet-interactive/g)?.length).toBe(6);
  expect(svg).toContain('Share of families at risk of stunting by district');
  expect(svg).toContain('Data as of 31 January 2025');
  expect(svg).toContain('Illustrative data, not an official figure');
});

for (const path of ['/', '/en', '/peta', '/en/tren', '/wilayah/36.73.02']) {
  test(`${path} names a social preview image that the server draws`, async ({ page, request }) => {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/^http:\/\/localhost:\d+\/.*opengraph-image/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    const response = await request.get(new URL(image as string).pathname + new URL(image as string).search, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect((await response.body()).length).toBeGreaterThan(10_000);
  });
}
