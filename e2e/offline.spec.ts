import { expect, test } from '@playwright/test';
import { E2E_USERS } from './users';

// Offline reading (PWA): the manifest, and the last viewed page reopening without a network
// with the moment it was saved. Staff pages are never stored.

test('the web app manifest names the app and its icons', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /manifest\.webmanifest/);
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Pantau Stunting', start_url: '/', display: 'standalone' });
  for (const icon of manifest.icons as { src: string }[]) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
  }
});

test('after a visit the overview reopens offline with a "saved at" stamp; /masuk is never stored', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByText('15.960').first()).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The service worker stores the page it was asked to keep.
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match(location.href, { cacheName: 'pantau-pages-v1' }))))
    .toBe(true);
  await expect(page.getByText(/Disimpan pada/)).toHaveCount(0);

  await page.goto('/masuk');
  await page.goto('/');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Anda sedang luring. Halaman ini disimpan pada' })).toBeVisible();
  await expect(page.getByText('15.960').first()).toBeVisible();
  expect(await page.evaluate(() => caches.match(`${location.origin}/masuk`, { cacheName: 'pantau-pages-v1' }))).toBeUndefined();
  await context.setOffline(false);
});

test('a signed-in visitor gets no stored pages: the service worker keeps nothing it was sent while signed in', async ({
  page,
}) => {
  const kept = () => page.evaluate(async () => Boolean(await caches.match(location.href, { cacheName: 'pantau-pages-v1' })));
  await page.goto('/tren');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(kept).toBe(true);

  await page.goto('/masuk');
  await page.getByLabel('Email').fill(E2E_USERS.viewer.email);
  await page.getByLabel('Kata sandi').fill(E2E_USERS.viewer.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/admin/);
  const response = await page.goto('/tren');
  expect(response?.headers()['x-pantau-signed-in']).toBe('1');
  await expect.poll(kept).toBe(false);
  expect(await page.evaluate(async () => (await (await caches.open('pantau-pages-v1')).keys()).length)).toBe(0);
});
