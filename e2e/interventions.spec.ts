import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { activitiesResponseSchema, coverageResponseSchema } from '@/lib/api/activities-schemas';
import { errorSchema, regionSchema } from '@/lib/api/schemas';
import { OTHER_REGION_URL } from './urls';

// The interventions page and its API: GENTING aid of October 2025, the coverage-gap map of one
// kecamatan, the factor view, and aggregates that never name a private donor.

const KASEMEN = '36.73.02';
const CURUG = '36.73.04';

async function kelurahanOf(request: import('@playwright/test').APIRequestContext, kecamatan: string) {
  const body = await (await request.get(`/api/v1/regions?parent=${kecamatan}`)).json();
  return regionSchema.array().parse(body.data);
}

test('GENTING aid of October 2025 with its aid types and donors, individual donors unnamed', async ({ page }) => {
  await page.goto('/intervensi');
  await expect(page.getByRole('heading', { level: 1, name: 'Intervensi dan bantuan' })).toBeVisible();
  const genting = page.getByRole('region', { name: 'Bantuan GENTING Oktober 2025' });
  await expect(genting).toContainText('ilustrasi');
  const aid = genting.getByRole('table', { name: 'Bantuan GENTING menurut jenis bantuan' });
  for (const type of ['sembako', 'beras', 'telur', 'uang transport']) {
    await expect(aid.getByRole('row', { name: new RegExp(type) })).toHaveCount(1);
  }
  const donors = genting.getByRole('table', { name: 'Bantuan GENTING menurut jenis donatur' });
  await expect(donors.getByRole('row', { name: /Baznas Kota Serang/ })).toHaveCount(1);
  await expect(donors.getByRole('row', { name: /Dunia usaha/ })).toHaveCount(1);
  await expect(donors.getByRole('row', { name: /^Perorangan Perorangan/ })).toHaveCount(1);
  await expect(page.getByText('Orang tua asuh perorangan')).toHaveCount(0);
  await expect(genting).toContainText('Data per 28 Oktober 2025');

  // The reusable programmes panel (also for region profiles), here for the whole city.
  const programmes = page.getByRole('table', { name: 'Kegiatan program di Kota Serang menurut program' });
  await expect(programmes.getByRole('row')).toHaveCount(7);
  await expect(programmes.getByRole('row', { name: /^Bimbingan Perkawinan \(Bimwin\)/ })).toContainText('catin');
});

test('the coverage-gap map draws one value per kelurahan of the chosen kecamatan, and the chooser changes it', async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const kasemen = await kelurahanOf(request, KASEMEN);
  expect(kasemen.length).toBe(10);
  await page.goto(`/intervensi?kec=${KASEMEN}`);
  const coverage = page.getByRole('region', { name: 'Cakupan KRS per kelurahan: Kecamatan Kasemen' });
  await expect(coverage.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(kasemen.length);
  const table = coverage.getByRole('table', { name: /Cakupan KRS per kelurahan di Kecamatan Kasemen/ });
  await expect(table.getByRole('row')).toHaveCount(kasemen.length + 1);
  for (const k of kasemen) await expect(table.getByRole('row', { name: new RegExp(`^${k.name} `) })).toHaveCount(1);
  await expect(coverage.getByText('Metode kelas: kuantil')).toBeVisible();

  const curug = await kelurahanOf(request, CURUG);
  await coverage.getByLabel('Kecamatan').selectOption(CURUG);
  await coverage.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(page).toHaveURL(new RegExp(`kec=${CURUG.replaceAll('.', '\\.')}`));
  const curugPanel = page.getByRole('region', { name: 'Cakupan KRS per kelurahan: Kecamatan Curug' });
  await expect(curugPanel.locator('.leaflet-container path.leaflet-interactive')).toHaveCount(curug.length);
  await expect(page.getByRole('table', { name: /kesenjangan|belum terjangkau terbanyak/ }).getByRole('row')).toHaveCount(11);
  expect(errors).toEqual([]);
});

test('the unsafe-water factor view shows Kasemen, with the association-not-proof caveat', async ({ page }) => {
  await page.goto('/intervensi');
  const factor = page.getByRole('region', { name: 'Intensitas intervensi dan perubahan faktor risiko' });
  await expect(factor.getByRole('link', { name: 'Sumber air minum tidak layak' })).toHaveAttribute('aria-current', 'true');
  await expect(factor.getByText(/^Program yang menyasar/)).toHaveText('Program yang menyasar faktor ini: Penyediaan air bersih.');
  await expect(factor).toContainText('keterkaitan, bukan bukti');
  const table = factor.getByRole('table');
  await expect(table.getByRole('row', { name: /^Kasemen / })).toHaveCount(1);
  await expect(table.getByRole('row')).toHaveCount(7);
  await factor.getByRole('link', { name: 'Jamban tidak layak' }).click();
  await expect(page).toHaveURL(/factor=krs_unsafe_toilet/);
  await expect(
    page.getByRole('region', { name: 'Intensitas intervensi dan perubahan faktor risiko' }).getByText(/^Program yang menyasar/),
  ).toHaveText('Program yang menyasar faktor ini: Sanitasi dan jamban sehat.');
});

test('in English the page and the overview aid line are translated', async ({ page }) => {
  await page.goto('/en/intervensi');
  await expect(page.getByRole('region', { name: 'GENTING aid, October 2025' })).toBeVisible();
  await expect(page.getByText('This table shows association, not proof.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByText(/Bantuan GENTING Oktober 2025: 503 keluarga/)).toBeVisible();
  await page.getByRole('link', { name: 'Lihat intervensi' }).click();
  await expect(page).toHaveURL(/\/intervensi$/);
});

test('activities API: aggregates as JSON and CSV, individual donors as "Perorangan", bad input refused', async ({ request }) => {
  const response = await request.get('/api/v1/activities?region=36.73&program=genting&from=2025-10&to=2025-10');
  expect(response.status()).toBe(200);
  const body = activitiesResponseSchema.parse(await response.json());
  expect(body.data.length).toBeGreaterThan(0);
  expect(body.data.every((r) => r.program === 'genting' && r.month === '2025-10')).toBe(true);
  expect(body.data.filter((r) => r.donorType === 'individual').every((r) => r.donor === 'Perorangan')).toBe(true);
  expect(JSON.stringify(body)).not.toContain('Orang tua asuh perorangan');
  const families = body.data.reduce((a, r) => a + (r.familiesReached ?? 0), 0);

  const csv = await (
    await request.get('/api/v1/activities?region=36.73&program=genting&from=2025-10&to=2025-10&format=csv')
  ).text();
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, '').trim(), { header: true });
  expect(parsed.data).toHaveLength(body.data.length);
  expect(parsed.data.reduce((a, r) => a + Number(r.familiesReached), 0)).toBe(families);

  const water = activitiesResponseSchema.parse(
    await (await request.get(`/api/v1/activities?region=${KASEMEN}&program=clean_water`)).json(),
  );
  expect(new Set(water.data.map((r) => r.aidType))).toEqual(new Set(['sambungan rumah', 'sumur bor', 'tangki air']));

  const unknown = await request.get('/api/v1/activities?region=36.73&program=nope');
  expect(unknown.status()).toBe(404);
  expect(errorSchema.parse(await unknown.json()).error.parameter).toBe('program');
  const bad = await request.get('/api/v1/activities?region=36.73&from=Oktober');
  expect(bad.status()).toBe(400);
  expect(errorSchema.parse(await bad.json()).error.parameter).toBe('from');
});

test('coverage API: one row per kelurahan, coverage and gap consistent, CSV with the same rows', async ({ request }) => {
  const body = coverageResponseSchema.parse(await (await request.get(`/api/v1/coverage?region=${KASEMEN}&period=2025`)).json());
  expect(body.period).toBe('2025');
  expect(body.krsEdition?.edition).toBe('PK24');
  expect(body.data).toHaveLength(10);
  for (const r of body.data) {
    // Small counts are withheld for privacy (lib/privacy); the others must be consistent.
    if (r.suppressed || r.reached === null) continue;
    expect(r.krs).not.toBeNull();
    expect(r.coverage).toBeCloseTo((100 * r.reached) / (r.krs ?? 1), 6);
    expect(r.gap).toBe(Math.max((r.krs ?? 0) - r.reached, 0));
  }
  const csv = await (await request.get(`/api/v1/coverage?region=${KASEMEN}&period=2025&format=csv`)).text();
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, '').trim(), { header: true });
  expect(parsed.data.map((r) => r.code)).toEqual(body.data.map((r) => r.code));
  expect(parsed.data[0]?.krsEdition).toBe('PK24');
  const bad = await request.get('/api/v1/coverage?region=36.73&period=2025-13');
  expect(bad.status()).toBe(400);
  expect((await request.get('/api/v1/coverage?region=36.73.99')).status()).toBe(404);
});

test('a kab/kota without activities (36.04) shows "belum ada data" panels on the interventions page', async ({ page }) => {
  const response = await page.goto(`${OTHER_REGION_URL}/intervensi`);
  expect(response?.status()).toBe(200);
  expect(await page.getByText('Belum ada data untuk wilayah ini').count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('region', { name: /GENTING/ })).toContainText('Belum ada data');
});
