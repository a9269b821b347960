import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { DEMO_URL } from './urls';

// Embeds: framable only on /embed/..., no site chrome, the same URL state as the full page,
// and an iframe on another site's page that resizes to the embed's content.

test('only embed routes may be framed; every other page refuses framing', async ({ request }) => {
  for (const path of ['/embed/ringkasan/tren', '/en/embed/peta', '/embed/faktor?theme=dark']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['x-frame-options'], path).toBeUndefined();
    expect(response.headers()['content-security-policy'], path).toContain('frame-ancestors *');
  }
  for (const path of ['/', '/peta', '/en/tren', '/embedded', '/api/v1/indicators']) {
    const response = await request.get(path);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('an embed has no site navigation, keeps its source and illustrative label, and links to the full page', async ({ page }) => {
  await page.goto('/embed/ringkasan/peta');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Persentase keluarga berisiko stunting per kecamatan' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByText('Sumber: Pendataan Keluarga BKKBN')).toBeVisible();
  await expect(page.getByText('ilustrasi').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lihat selengkapnya di Pantau Stunting' })).toHaveAttribute('href', '/#map');
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(6);

  await page.goto('/en/embed/ringkasan/tren?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('main')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByText('Data as of 31 January 2025')).toBeVisible();
});

test('an explore embed reads the same URL state as the full page', async ({ page }) => {
  await page.goto('/embed/peta?region=36.73.02&theme=dark');
  await expect(page.getByRole('navigation', { name: 'Jenjang wilayah' }).getByText('Kasemen', { exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(10);
  await expect(page.getByRole('link', { name: 'Lihat selengkapnya di Pantau Stunting' })).toHaveAttribute(
    'href',
    '/peta?region=36.73.02',
  );
});

test('the snippet copied from a panel loads in an iframe on another site and the frame fits its content', async ({ page }) => {
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Tren keluarga berisiko stunting per edisi' });
  await panel.getByText('Sematkan').click();
  const code = panel.getByLabel('Kode sematan');
  // The origin is filled in once the page runs in the browser.
  await expect(code).toHaveValue(new RegExp(`src="${DEMO_URL}/embed/ringkasan/tren"`));
  const snippet = await code.inputValue();
  expect(snippet).toContain(`src="${DEMO_URL}/embed.js"`);

  // A news site on another origin: a server of its own on 127.0.0.1 (the app is on localhost).
  // A real server, not a routed response: Chromium refuses loopback frames in pages it thinks are public.
  const news = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><title>News</title><h1>News</h1>${snippet}</html>`);
  });
  await new Promise<void>((resolve) => news.listen(0, '127.0.0.1', resolve));
  const { port } = news.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/article`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'Tren keluarga berisiko stunting per edisi' })).toBeVisible();
  // The chart arrives after hydration and changes the height; compare once it is drawn, and
  // compare the frame with the content as it is at that same moment, not a height read earlier.
  await expect(frame.locator('.recharts-surface').first()).toBeVisible();
  const iframe = page.locator('iframe');
  const heights = async () => {
    const inner = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    const outer = Math.round((await iframe.boundingBox())?.height ?? 0);
    return { inner, outer, fits: inner === outer && outer !== 480 };
  };
  await expect.poll(async () => (await heights()).fits, { message: 'the frame takes its content height' }).toBe(true);
  news.close();
});

test('the snippet on an explore view carries the view state into the embed', async ({ page }) => {
  await page.goto('/en/peta?region=36.73.02');
  const view = page.locator('#map-view');
  await view.getByText('Embed', { exact: true }).click();
  await expect(view.getByLabel('Embed code')).toHaveValue(new RegExp(`src="${DEMO_URL}/en/embed/peta\\?region=36\\.73\\.02"`));
});
