import { type APIRequestContext, expect, request as playwrightRequest, test } from '@playwright/test';
import { boundaryOutcomeSchema, importOutcomeSchema } from '@/lib/api/admin-schemas';
import { mapResponseSchema, regionSchema, seriesResponseSchema } from '@/lib/api/schemas';
import { DEMO_URL } from './urls';
import { E2E_USERS, type E2ERole } from './users';

// Data management: sign-in, the KRS import with all errors at once, preview, commit,
// rollback to the exact old values, the history of a number, and who may do what.

const HEADER =
  'Kode Wilayah,Kecamatan,Kelurahan,Jumlah Keluarga Sasaran,Jumlah KRS,Sumber Air Minum Tidak Layak,Jamban Tidak Layak,Terlalu Muda,Terlalu Tua,Terlalu Dekat,Terlalu Banyak';

async function kasemenVillages(request: APIRequestContext) {
  const body = (await (await request.get('/api/v1/regions?parent=36.73.02')).json()) as { data: unknown[] };
  return body.data.map((r) => regionSchema.parse(r));
}

async function publicSeries(request: APIRequestContext, region: string) {
  const response = await request.get(`/api/v1/series?indicator=krs_families&region=${region}&source=bkkbn_pk`);
  expect(response.status()).toBe(200);
  return seriesResponseSchema.parse(await response.json());
}

const pk24 = (series: Awaited<ReturnType<typeof publicSeries>>) => series.points.find((p) => p.edition === 'PK24');

/** A signed-in API client that behaves like this site's own pages (same Origin). */
async function signedIn(role: E2ERole) {
  const context = await playwrightRequest.newContext({ baseURL: DEMO_URL, extraHTTPHeaders: { origin: DEMO_URL } });
  const response = await context.post('/api/auth/sign-in/email', { data: E2E_USERS[role] });
  expect(response.status(), `sign-in as ${role}`).toBe(200);
  const cookie = response.headers()['set-cookie'] ?? '';
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return context;
}

test('the public is sent from /admin to the sign-in page', async ({ page }) => {
  await page.goto('/admin/impor');
  await expect(page).toHaveURL(/\/masuk\?next=%2Fadmin$/);
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
  await page.goto('/en/admin/audit');
  await expect(page).toHaveURL(/\/en\/masuk\?next=/);
});

test('an editor imports a KRS file: errors, preview, commit, rollback, history', async ({ page, request }) => {
  test.setTimeout(90_000);
  const villages = await kasemenVillages(request);
  expect(villages.length).toBe(10);
  const target = villages[0]?.code as string;
  const before = await publicSeries(request, target);
  const beforeDistrict = await publicSeries(request, '36.73.02');
  const oldValue = pk24(before)?.value as number;
  const newValues = villages.map((_, i) => 300 + i);
  const rows = villages.map((v, i) => `${v.code},Kasemen,${v.name},2000,${newValues[i]},100,90,30,40,25,18`);
  const bad = [...rows];
  bad[1] = bad[1]?.replace(/^[^,]+/, '36.73.02.9999') as string; // unknown region code
  bad[3] = bad[3]?.replace(/,2000,303,/, ',2000,banyak,') as string; // not a number
  bad[5] = bad[5]?.replace(/,305,100,90,/, ',305,400,90,') as string; // a factor above the KRS count

  await page.goto('/masuk');
  await page.getByLabel('Email').fill(E2E_USERS.editor.email);
  await page.getByLabel('Kata sandi').fill(E2E_USERS.editor.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Impor data', level: 1 })).toBeVisible();

  await page.getByLabel(/^Edisi/).selectOption('bkkbn_pk/PK24');
  await page.getByRole('textbox', { name: /Periode/ }).fill('2024');
  const upload = async (lines: string[], name: string) => {
    await page
      .getByLabel('Berkas', { exact: true })
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...lines].join('\r\n')) });
    await page.getByRole('button', { name: 'Periksa dan pratinjau' }).click();
  };

  await upload(bad, 'krs-kasemen.csv');
  const issues = page.getByRole('table').filter({ has: page.getByText('3 kesalahan ditemukan') });
  await expect(issues).toBeVisible();
  await expect(issues.getByRole('row')).toHaveCount(4);
  await expect(issues.getByRole('row').nth(1)).toContainText('3Kode Wilayah36.73.02.9999');
  await expect(issues.getByRole('row').nth(2)).toContainText('5Jumlah KRSbanyak');
  await expect(issues.getByRole('row').nth(3)).toContainText('7Sumber Air Minum Tidak Layak400');
  expect(await publicSeries(request, target)).toEqual(before);

  await upload(rows, 'krs-kasemen-benar.csv');
  const preview = page.getByRole('table').filter({ has: page.getByText(/^Pratinjau:/) });
  await expect(preview).toContainText(/0 baru, \d+ berubah/);
  await expect(preview.getByRole('row').filter({ hasText: `krs_families${target}` })).toContainText(`${oldValue}300`);
  await page.getByRole('button', { name: 'Simpan ke edisi ini' }).click();
  const saved = page.getByRole('status').filter({ hasText: /Tersimpan sebagai batch (\d+)/ });
  await expect(saved).toBeVisible();
  const batch = Number(/batch (\d+)/.exec((await saved.textContent()) ?? '')?.[1]);

  expect(pk24(await publicSeries(request, target))?.value).toBe(300);
  expect(pk24(await publicSeries(request, '36.73.02'))?.value).toBe(newValues.reduce((a, b) => a + b, 0));
  const map = mapResponseSchema.parse(
    await (await request.get('/api/v1/map?indicator=krs_families&parent=36.73.02&period=2024')).json(),
  );
  expect(map.features.find((f) => f.properties.code === target)?.properties.value).toBe(300);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Batalkan batch ${batch}` }).click();
  await expect(page.getByRole('row').filter({ hasText: 'krs-kasemen-benar.csv' })).toContainText('Dibatalkan');
  expect(await publicSeries(request, target)).toEqual(before);
  expect(await publicSeries(request, '36.73.02')).toEqual(beforeDistrict);

  await page.goto(`/admin/riwayat?indicator=krs_families&region=${target}&period=2024`);
  const history = page.getByRole('table');
  await expect(history.getByRole('row').filter({ hasText: 'krs-kasemen-benar.csv' })).toContainText('300');
  await expect(history.getByRole('row').filter({ hasText: 'illustrative' })).toContainText(String(oldValue));
  await expect(history.getByRole('row').filter({ hasText: 'PK24' })).toHaveCount(2);

  await page.goto('/admin/audit');
  await expect(page.getByRole('row').filter({ hasText: 'import.rollback' }).first()).toContainText(E2E_USERS.editor.email);
});

test.describe('who may do what', () => {
  const csv = Buffer.from(`${HEADER}\r\n`);
  const mutations = [
    { name: 'import', path: '/api/admin/import' },
    { name: 'rollback', path: '/api/admin/batches/999999/rollback' },
    { name: 'edition', path: '/api/admin/editions' },
    { name: 'mapping', path: '/api/admin/mappings' },
    { name: 'boundaries', path: '/api/admin/boundaries' },
    { name: 'indicator', path: '/api/admin/indicators' },
    { name: 'user', path: '/api/admin/users' },
    { name: 'editionUpdate', path: '/api/admin/editions/999999', method: 'PATCH' },
    { name: 'target', path: '/api/admin/targets' },
    { name: 'targetDelete', path: '/api/admin/targets/', method: 'DELETE' },
    { name: 'annotation', path: '/api/admin/annotations' },
    { name: 'annotationDelete', path: '/api/admin/annotations/', method: 'DELETE' },
    { name: 'program', path: '/api/admin/programs' },
  ] as const;
  // What the admin created in this run (a target, an event) is deleted again by id, so the
  // public views stay as they were; others delete a row that does not exist.
  const made: { target?: number; annotation?: number } = {};
  const pathOf = (m: Mutation) =>
    m.name === 'targetDelete'
      ? `${m.path}${made.target ?? 999999}`
      : m.name === 'annotationDelete'
        ? `${m.path}${made.annotation ?? 999999}`
        : m.path;
  const geojson = Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { WADMKC: 'Kasemen' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [106.17, -6.05],
                [106.2, -6.05],
                [106.2, -6.02],
                [106.17, -6.05],
              ],
            ],
          },
        },
      ],
    }),
  );
  type Mutation = (typeof mutations)[number];
  const same = (status: number) => Object.fromEntries(mutations.map((m) => [m.name, status])) as Record<Mutation['name'], number>;
  const bodies: Record<Exclude<Mutation['name'], 'import' | 'boundaries'>, () => unknown> = {
    rollback: () => ({}),
    editionUpdate: () => ({ name: 'E2E edition', releasedOn: '2026-01-01', isOfficial: false }),
    target: () => ({ indicator: 'krs_families', region: '36.73.02.1001', period: '2035', value: 1, legalBasis: 'e2e' }),
    targetDelete: () => ({}),
    annotation: () => ({
      date: '2026-01-01',
      kind: 'meeting',
      titleId: 'Uji e2e',
      titleEn: 'e2e test',
      region: '36.73.02.1001',
      indicator: 'krs_unsafe_toilet',
    }),
    annotationDelete: () => ({}),
    // An unknown output indicator: the admin reaches the catalogue's own check (404), nothing is written.
    program: () => ({
      code: 'e2e_programme',
      nameId: 'Program uji',
      nameEn: 'Test programme',
      descriptionId: 'Uji e2e',
      descriptionEn: 'e2e test',
      outputIndicator: 'no_such_indicator',
    }),
    edition: () => ({ source: 'bkkbn_pk', code: `E2E${Date.now()}`, name: 'E2E edition', releasedOn: '2026-01-01' }),
    mapping: () => ({ template: 'krs', mapping: { 'Total KRS e2e': 'krs' } }),
    user: () => ({ email: `new-${Date.now()}@e2e.test`, role: 'viewer' }),
    indicator: () => ({
      code: 'e2e_households_piped_water',
      nameId: 'Rumah tangga air perpipaan',
      nameEn: 'Households with piped water',
      descriptionId: 'Uji e2e',
      descriptionEn: 'e2e test',
      unit: 'households',
      polarity: 'higher_is_better',
      domain: 'intervention',
      aggregation: 'sum',
      isPublic: false,
    }),
  };
  const send = (ctx: APIRequestContext, m: Mutation, headers: Record<string, string> = {}) =>
    m.name === 'import'
      ? ctx.post(m.path, {
          headers,
          multipart: {
            file: { name: 'x.csv', mimeType: 'text/csv', buffer: csv },
            template: 'krs',
            source: 'bkkbn_pk',
            edition: 'PK24',
            action: 'preview',
          },
        })
      : m.name === 'boundaries'
        ? ctx.post(m.path, {
            headers,
            multipart: {
              file: { name: 'kec.geojson', mimeType: 'application/geo+json', buffer: geojson },
              level: 'district',
              property: 'WADMKC',
              action: 'preview',
            },
          })
        : ctx.fetch(pathOf(m), { method: 'method' in m ? m.method : 'POST', headers, data: bodies[m.name]() });

  // Expected status per role: 401 signed out, 403 when the role may not, otherwise the route's own answer.
  const expected: Record<'public' | E2ERole, Record<Mutation['name'], number>> = {
    // The indicator is created by the admin (201); it is not public, so public views stay as they were.
    public: {
      ...same(401),
    },
    viewer: { ...same(403) },
    editor: {
      ...same(403),
      import: 422,
      rollback: 409,
      edition: 201,
      mapping: 200,
      boundaries: 200,
      editionUpdate: 404,
    },
    admin: {
      import: 422,
      rollback: 409,
      edition: 201,
      mapping: 200,
      boundaries: 200,
      indicator: 201,
      user: 201,
      editionUpdate: 404,
      target: 201,
      targetDelete: 204,
      annotation: 201,
      annotationDelete: 204,
      program: 404,
    },
  };

  for (const role of ['public', 'viewer', 'editor', 'admin'] as const) {
    test(`${role}: every mutating route`, async () => {
      const ctx =
        role === 'public'
          ? await playwrightRequest.newContext({ baseURL: DEMO_URL, extraHTTPHeaders: { origin: DEMO_URL } })
          : await signedIn(role);
      for (const m of mutations) {
        const response = await send(ctx, m);
        expect(response.status(), `${role} ${m.name}`).toBe(expected[role][m.name]);
        if (m.name === 'import' && response.status() === 422) importOutcomeSchema.parse(await response.json());
        if (m.name === 'user' && response.status() === 201) {
          expect(((await response.json()) as { password: string }).password).toMatch(/^[\w-]{24}$/);
        }
        if ((m.name === 'target' || m.name === 'annotation') && response.status() === 201) {
          made[m.name] = ((await response.json()) as { id: number }).id;
        }
        if (m.name === 'boundaries' && response.status() === 200) {
          const outcome = boundaryOutcomeSchema.parse(await response.json());
          expect(outcome.status === 'preview' && outcome.matched.map((r) => r.code)).toEqual(['36.73.02']);
        }
      }
      await ctx.dispose();
    });
  }

  test('a mutation from another site, or without an Origin, is refused', async () => {
    const ctx = await signedIn('editor');
    for (const m of mutations) {
      const crossSite = await send(ctx, m, { origin: 'https://evil.example' });
      expect(crossSite.status(), m.name).toBe(403);
      expect(((await crossSite.json()) as { error: { code: string } }).error.code).toBe('cross_site');
    }
    const signIn = await playwrightRequest.newContext({
      baseURL: DEMO_URL,
      extraHTTPHeaders: { origin: 'https://evil.example' },
    });
    expect((await signIn.post('/api/auth/sign-in/email', { data: E2E_USERS.editor })).status()).toBe(403);
    await signIn.dispose();
    await ctx.dispose();
  });

  test("the seed's published figures are not a file import and cannot be rolled back", async () => {
    const ctx = await signedIn('editor');
    const response = await ctx.post('/api/admin/batches/1/rollback');
    expect(response.status()).toBe(409);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/not a file import/);
    await ctx.dispose();
  });
});
