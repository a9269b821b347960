import fs from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { can, type Permission } from '@/lib/auth/roles';
import { apiClient } from './session';
import type { E2ERole } from './users';

// Who may read and change what: every page, route handler (every exported method) and server
// action found in app/ at test time, for the public and each role. The expectations live in
// the tables below; a route, method or server action without an entry fails the test.

type Role = 'public' | E2ERole;
const ROLES: Role[] = ['public', 'viewer', 'editor', 'admin'];
const APP = path.resolve('app');

/** Route handlers: `access` is 'public' or the permission the route checks; `sample` answers `allowed` when permitted. */
type RouteRule = { access: 'public' | Permission; sample: string; body?: unknown; allowed: number };
const routes: Record<string, RouteRule> = {
  'GET /api/health': { access: 'public', sample: '/api/health', allowed: 200 },
  'GET /api/v1/indicators': { access: 'public', sample: '/api/v1/indicators', allowed: 200 },
  'GET /api/v1/regions': { access: 'public', sample: '/api/v1/regions?parent=36.73', allowed: 200 },
  'GET /api/v1/series': { access: 'public', sample: '/api/v1/series?indicator=krs_families&region=36.73', allowed: 200 },
  'GET /api/v1/map': { access: 'public', sample: '/api/v1/map?indicator=krs_families&parent=36.73', allowed: 200 },
  'GET /api/v1/map-status': { access: 'public', sample: '/api/v1/map-status?indicator=krs_families&parent=36.73', allowed: 200 },
  'GET /api/v1/map-timeline': {
    access: 'public',
    sample: '/api/v1/map-timeline?indicator=krs_families&parent=36.73',
    allowed: 200,
  },
  'GET /api/v1/breakdown': { access: 'public', sample: '/api/v1/breakdown?region=36.73&domain=risk_factor', allowed: 200 },
  'GET /api/v1/activities': { access: 'public', sample: '/api/v1/activities?region=36.73.02', allowed: 200 },
  'GET /api/v1/coverage': { access: 'public', sample: '/api/v1/coverage?region=36.73.02&period=2025', allowed: 200 },
  'GET /api/v1/table': {
    access: 'public',
    sample: '/api/v1/table?view=map&indicator=krs_families&region=36.73.02&period=2024',
    allowed: 200,
  },
  'GET /api/v1/openapi.json': { access: 'public', sample: '/api/v1/openapi.json', allowed: 200 },
  'GET /api/v1/download/all.zip': { access: 'public', sample: '/api/v1/download/all.zip', allowed: 200 },
  // The default meeting deck is public (aggregates only); a saved one is addressed by its meeting date.
  'GET /api/deck/pptx': { access: 'public', sample: '/api/deck/pptx?lang=id', allowed: 200 },
  // better-auth: reading the session is open (null when signed out); a wrong password is 401 for anyone.
  'GET /api/auth/[...all]': { access: 'public', sample: '/api/auth/get-session', allowed: 200 },
  'POST /api/auth/[...all]': {
    access: 'public',
    sample: '/api/auth/sign-in/email',
    body: { email: 'nobody@e2e.test', password: 'not-the-password-of-anyone' },
    allowed: 401,
  },
  // Blank import templates are public forms.
  'GET /api/admin/templates/[code]': { access: 'public', sample: '/api/admin/templates/krs.csv', allowed: 200 },
  'GET /api/admin/history': {
    access: 'data:read-internal',
    sample: '/api/admin/history?indicator=krs_families&region=36.73&period=2024',
    allowed: 200,
  },
  // Mutations get a request that the permitted role's own validation refuses (400): nothing is written.
  'POST /api/admin/import': { access: 'data:import', sample: '/api/admin/import', body: {}, allowed: 400 },
  'POST /api/admin/mappings': { access: 'data:import', sample: '/api/admin/mappings', body: {}, allowed: 400 },
  'POST /api/admin/batches/[id]/rollback': { access: 'data:rollback', sample: '/api/admin/batches/x/rollback', allowed: 400 },
  'POST /api/admin/editions': { access: 'editions:write', sample: '/api/admin/editions', body: {}, allowed: 400 },
  'PATCH /api/admin/editions/[id]': { access: 'editions:write', sample: '/api/admin/editions/x', body: {}, allowed: 400 },
  'POST /api/admin/boundaries': { access: 'boundaries:write', sample: '/api/admin/boundaries', body: {}, allowed: 400 },
  'POST /api/admin/indicators': { access: 'catalogue:write', sample: '/api/admin/indicators', body: {}, allowed: 400 },
  'POST /api/admin/programs': { access: 'catalogue:write', sample: '/api/admin/programs', body: {}, allowed: 400 },
  'POST /api/admin/targets': { access: 'catalogue:write', sample: '/api/admin/targets', body: {}, allowed: 400 },
  'DELETE /api/admin/targets/[id]': { access: 'catalogue:write', sample: '/api/admin/targets/x', allowed: 400 },
  'POST /api/admin/annotations': { access: 'catalogue:write', sample: '/api/admin/annotations', body: {}, allowed: 400 },
  'DELETE /api/admin/annotations/[id]': { access: 'catalogue:write', sample: '/api/admin/annotations/x', allowed: 400 },
  'POST /api/admin/users': { access: 'users:write', sample: '/api/admin/users', body: {}, allowed: 400 },
  'POST /api/admin/decks': { access: 'decks:write', sample: '/api/admin/decks', body: {}, allowed: 400 },
};

/**
 * Pages: 'public' pages answer everyone; 'signed-in' pages send the public to the sign-in page.
 * `change`: the page offers its forms only to roles with that permission.
 */
type PageRule = { access: 'public' | 'signed-in'; sample: string; allowed?: number; redirect?: string; change?: Permission };
const pages: Record<string, PageRule> = {
  '/[lang]': { access: 'public', sample: '/' },
  '/[lang]/peta': { access: 'public', sample: '/peta' },
  '/[lang]/tren': { access: 'public', sample: '/tren' },
  '/[lang]/faktor': { access: 'public', sample: '/faktor' },
  '/[lang]/intervensi': { access: 'public', sample: '/intervensi' },
  '/[lang]/wilayah/[code]': { access: 'public', sample: '/en/wilayah/36.73.02' },
  '/[lang]/masuk': { access: 'public', sample: '/masuk' },
  '/[lang]/data': { access: 'public', sample: '/data' },
  '/embed/[lang]/ringkasan/[panel]': { access: 'public', sample: '/embed/ringkasan/tren' },
  '/embed/[lang]/peta': { access: 'public', sample: '/en/embed/peta' },
  '/embed/[lang]/tren': { access: 'public', sample: '/embed/tren' },
  '/embed/[lang]/faktor': { access: 'public', sample: '/embed/faktor' },
  '/[lang]/data/api': { access: 'public', sample: '/en/data/api' },
  '/[lang]/presentasi': { access: 'public', sample: '/presentasi' },
  '/[lang]/presentasi/penyaji': { access: 'public', sample: '/presentasi/penyaji' },
  '/[lang]/presentasi/susun': { access: 'signed-in', sample: '/presentasi/susun', change: 'decks:write' },
  '/[lang]/[...rest]': { access: 'public', sample: '/tidak-ada-halaman-ini', allowed: 404 },
  '/[lang]/admin': { access: 'signed-in', sample: '/admin', redirect: '/admin/impor' },
  '/[lang]/admin/impor': { access: 'signed-in', sample: '/admin/impor', change: 'data:import' },
  '/[lang]/admin/edisi': { access: 'signed-in', sample: '/admin/edisi', change: 'editions:write' },
  '/[lang]/admin/batas': { access: 'signed-in', sample: '/admin/batas', change: 'boundaries:write' },
  '/[lang]/admin/katalog': { access: 'signed-in', sample: '/admin/katalog', change: 'catalogue:write' },
  '/[lang]/admin/pengguna': { access: 'signed-in', sample: '/admin/pengguna', change: 'users:write' },
  '/[lang]/admin/riwayat': { access: 'signed-in', sample: '/admin/riwayat' },
  '/[lang]/admin/audit': { access: 'signed-in', sample: '/en/admin/audit' },
};

/** Files holding server actions ('use server'); there are none: every mutation is a route handler above. */
const serverActions: Record<string, PageRule | RouteRule> = {};

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f));
}
const routeOf = (file: string) => `/${path.relative(APP, path.dirname(file)).split(path.sep).join('/')}`.replace(/\/$/, '');

/** Every `METHOD route` a route.ts exports: `export const GET`, `export async function POST`, `export const { GET, POST }`. */
function discoverRouteHandlers(): string[] {
  return files(APP)
    .filter((f) => path.basename(f) === 'route.ts')
    .flatMap((file) => {
      const source = fs.readFileSync(file, 'utf8');
      const exported = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) exported.add(m[1] as string);
      for (const m of source.matchAll(/export\s+(?:const\s+)?\{([^}]*)\}/g))
        for (const name of (m[1] as string).split(','))
          exported.add(
            name
              .trim()
              .split(/\s+as\s+/)
              .at(-1) as string,
          );
      return METHODS.filter((method) => exported.has(method)).map((method) => `${method} ${routeOf(file)}`);
    });
}

function discoverPages(): string[] {
  return files(APP)
    .filter((f) => path.basename(f) === 'page.tsx')
    .map(routeOf);
}

function discoverServerActions(): string[] {
  return files(APP)
    .concat(files(path.resolve('components')), files(path.resolve('lib')))
    .filter((f) => /\.tsx?$/.test(f) && /^\s*(['"])use server\1/m.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(process.cwd(), f));
}

test('every page, route handler and server action has an entry in the access tables', () => {
  expect(discoverRouteHandlers().sort()).toEqual(Object.keys(routes).sort());
  expect(discoverPages().sort()).toEqual(Object.keys(pages).sort());
  expect(discoverServerActions().sort()).toEqual(Object.keys(serverActions).sort());
});

function expectedRouteStatus(rule: RouteRule, role: Role): number {
  if (rule.access === 'public') return rule.allowed;
  if (role === 'public') return 401;
  return can(role, rule.access) ? rule.allowed : 403;
}

async function call(ctx: APIRequestContext, key: string, rule: RouteRule) {
  const method = key.split(' ')[0] as string;
  return ctx.fetch(rule.sample, { method, ...(rule.body === undefined ? {} : { data: rule.body }) });
}

for (const role of ROLES) {
  test(`${role}: every route handler answers as the table says`, async () => {
    const ctx = await apiClient(role);
    for (const [key, rule] of Object.entries(routes)) {
      const response = await call(ctx, key, rule);
      expect(response.status(), `${role} ${key}`).toBe(expectedRouteStatus(rule, role));
    }
    await ctx.dispose();
  });

  test(`${role}: every page answers as the table says`, async () => {
    const ctx = await apiClient(role);
    for (const [key, rule] of Object.entries(pages)) {
      const response = await ctx.get(rule.sample);
      const label = `${role} ${key}`;
      if (rule.access === 'signed-in' && role === 'public') {
        expect(response.status(), label).toBe(307);
        expect(response.headers().location, label).toMatch(/\/masuk\?next=/);
        continue;
      }
      if (rule.redirect) {
        expect(response.status(), label).toBe(307);
        expect(response.headers().location, label).toContain(rule.redirect);
        continue;
      }
      expect(response.status(), label).toBe(rule.allowed ?? 200);
      if (rule.change && role !== 'public') {
        const html = await response.text();
        expect(html.includes('<form'), `${label}: forms offered`).toBe(can(role, rule.change));
      }
    }
    await ctx.dispose();
  });
}
