import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { revealAll } from './reveal';
import { DEMO_URL } from './urls';

// Accessibility walk: every public page in both languages has no WCAG 2.2 AA violation that
// axe-core can find, asks nothing from outside the site, and fits a 320 px wide screen;
// the map can be used with the keyboard alone.

const publicPaths = [
  '/',
  '/tren',
  '/peta',
  '/faktor',
  '/intervensi',
  '/wilayah/36.73.02',
  '/masuk',
  '/data',
  '/data/api',
  '/presentasi',
  '/presentasi/penyaji',
  '/halaman-yang-tidak-ada',
  '/embed/ringkasan/tren',
  '/embed/ringkasan/peta',
  '/embed/ringkasan/faktor',
  '/embed/ringkasan/prevalensi',
  '/embed/peta',
  '/embed/tren',
  '/embed/faktor',
  '/embed/ringkasan/peta?theme=dark',
  '/embed/peta?theme=dark',
  '/embed/tren?theme=dark',
];
const withLang = (lang: 'id' | 'en', path: string) => (lang === 'id' ? path : path === '/' ? '/en' : `/en${path}`);

/** Opens a page and waits until its charts and map are drawn (after hydration, once scrolled near). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await revealAll(page);
  await expect(page.locator('[aria-busy="true"], .map-skeleton')).toHaveCount(0);
}

for (const lang of ['id', 'en'] as const) {
  for (const path of publicPaths) {
    const url = withLang(lang, path);
    test(`${url}: no axe violations (WCAG 2.2 AA) and no request outside the site`, async ({ page }) => {
      test.setTimeout(60_000); // networkidle plus an axe run took over 30 s on a loaded 2-core machine
      const outside: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(DEMO_URL) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
      });
      await open(page, url);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
        url,
      ).toEqual([]);
      expect(outside).toEqual([]);
    });
  }
}

test('keyboard only: Tab reaches a kecamatan on /peta, its name and value are announced, Enter drills into it', async ({
  page,
}) => {
  await open(page, '/peta');
  const announcement = page.locator('.map-box [role="status"]');
  let reached = '';
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.matches('path.leaflet-interactive') ? (active.getAttribute('aria-label') ?? '') : '';
    });
  }
  // The first kecamatan in the drawing: its name, rate and count, in the label and the live region.
  expect(reached).toMatch(/^[A-Z][\w ]+: Persentase: \d+,\d%, Jumlah: [\d.]+/);
  const name = reached.split(':')[0] as string;
  await expect(announcement).toHaveText(reached);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/region=36\.73\.0\d/);
  await expect(page.getByRole('navigation', { name: 'Jenjang wilayah' }).getByText(name, { exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('at 320 px wide the main pages do not scroll sideways', async ({ page }) => {
  test.setTimeout(90_000); // eight pages in one test
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/tren', '/peta', '/faktor', '/intervensi', '/wilayah/36.73.02', '/en', '/embed/ringkasan/peta']) {
    await open(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
