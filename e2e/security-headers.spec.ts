import { expect, test } from '@playwright/test';
import { revealAll } from './reveal';

// The Content-Security-Policy in practice: every public page loads in Chromium with no
// violation and its client parts (map, charts) hydrate; scripts carry the request's nonce;
// only the embed paths may be framed by other sites.

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([k, ...v]) => [k, v]),
  );

// A selector that exists only once the page's JavaScript ran (Leaflet and Recharts draw on the client).
const hydrated: Record<string, string> = {
  '/': '.leaflet-container path.leaflet-interactive',
  '/en': '.leaflet-container path.leaflet-interactive',
  '/peta': '.leaflet-container path.leaflet-interactive',
  '/tren': '.recharts-surface',
  '/faktor': '.recharts-surface',
  '/intervensi': '.leaflet-container path.leaflet-interactive',
  '/en/wilayah/36.73.02': '.recharts-surface',
};

for (const [url, selector] of Object.entries(hydrated)) {
  test(`${url} hydrates under the CSP with no violation`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toContain("'strict-dynamic'");
    await revealAll(page);
    await expect(page.locator(selector).first()).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test('pages: a fresh script nonce per response, on every script tag; no inline scripts allowed', async ({ request }) => {
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/peta');
    const policy = directives(response.headers()['content-security-policy'] ?? '');
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).toContain("'strict-dynamic'");
    const nonce = /^'nonce-(.+)'$/.exec(scriptSrc.find((s) => s.startsWith("'nonce-")) ?? '')?.[1];
    expect(nonce).toBeTruthy();
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers()['x-frame-options']).toBe('DENY');
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test('only /embed/* and /en/embed/* may be framed by other sites', async ({ request }) => {
  for (const url of ['/embed/peta', '/en/embed/tren']) {
    const headers = (await request.get(url)).headers();
    expect(directives(headers['content-security-policy'] ?? '').get('frame-ancestors'), url).toEqual(['*']);
    expect(headers['x-frame-options'], url).toBeUndefined();
    expect(headers['x-content-type-options'], url).toBe('nosniff');
  }
  for (const url of ['/', '/embedded', '/admin/impor', '/api/v1/indicators']) {
    const headers = (await request.get(url, { maxRedirects: 0 })).headers();
    expect(directives(headers['content-security-policy'] ?? '').get('frame-ancestors'), url).toEqual(["'none'"]);
    expect(headers['x-frame-options'], url).toBe('DENY');
    expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    expect(headers['x-content-type-options'], url).toBe('nosniff');
  }
});
