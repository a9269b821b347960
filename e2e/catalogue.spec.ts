import { expect, test } from '@playwright/test';
import { seriesResponseSchema } from '@/lib/api/schemas';
import { E2E_USERS } from './users';

// The catalogue and editions: an admin adds an event on /admin/katalog, the overview's KRS trend panel
// lists it at once, and after deleting it the panel no longer does.

test('an admin adds an event that the KRS trend panel shows, then deletes it', async ({ page }) => {
  test.setTimeout(90_000); // the first test after the servers start: cold pages, sign-in hashing
  const title = `Rapat evaluasi e2e ${Date.now()}`;
  await page.goto('/masuk?next=%2Fadmin%2Fkatalog');
  await page.getByLabel('Email').fill(E2E_USERS.admin.email);
  await page.getByLabel('Kata sandi').fill(E2E_USERS.admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Katalog indikator', level: 1 })).toBeVisible();

  const events = page.getByRole('region', { name: 'Peristiwa pada grafik' });
  // Both languages of the body or neither: the form refuses one alone before sending.
  await events.getByLabel('Tanggal').fill('2026-02-10');
  await events.getByLabel('Jenis').selectOption('meeting');
  await events.getByLabel('Judul (Bahasa Indonesia)').fill(title);
  await events.getByLabel('Judul (Inggris)').fill('e2e evaluation meeting');
  await events.getByLabel('Keterangan (Bahasa Indonesia, opsional)').fill('Hanya satu bahasa');
  await events.getByLabel('Indikator').selectOption('krs_families');
  await events.getByRole('button', { name: 'Tambah peristiwa' }).click();
  await expect(events.getByRole('alert')).toContainText('bodyEn');
  await events.getByLabel('Keterangan (Bahasa Indonesia, opsional)').fill('');
  await events.getByRole('button', { name: 'Tambah peristiwa' }).click();
  await expect(events.getByRole('status')).toHaveText('Tersimpan.');
  await expect(events.getByRole('row').filter({ hasText: title })).toContainText('semua wilayah');

  await page.goto('/');
  const trend = page.getByRole('region', { name: 'Tren keluarga berisiko stunting per edisi' });
  await expect(trend.getByRole('list', { name: 'Peristiwa' })).toContainText(`10 Februari 2026: ${title}`);

  await page.goto('/admin/katalog');
  page.once('dialog', (dialog) => void dialog.accept());
  await events.getByRole('button', { name: `Hapus ${title}` }).click();
  await expect(events.getByRole('row').filter({ hasText: title })).toHaveCount(0);
  await page.goto('/admin/audit');
  await expect(page.getByRole('row').filter({ hasText: 'catalogue.annotation.deleted' }).first()).toContainText(
    E2E_USERS.admin.email,
  );
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Tren keluarga berisiko stunting per edisi' })).not.toContainText(title);
});

test('an editor corrects an edition: the public series carries the new name and release date', async ({ page, request }) => {
  const verval = async () => {
    const response = await request.get('/api/v1/series?indicator=krs_families&region=36.73&source=bkkbn_pk');
    return seriesResponseSchema.parse(await response.json()).points.find((p) => p.edition === 'VERVAL24');
  };
  const before = await verval();
  expect(before?.releasedOn).toBe('2024-10-15');
  await page.goto('/masuk?next=%2Fadmin%2Fedisi');
  await page.getByLabel('Email').fill(E2E_USERS.editor.email);
  await page.getByLabel('Kata sandi').fill(E2E_USERS.editor.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  const panel = page.getByRole('region', { name: 'Koreksi edisi' });
  const correct = async (name: string, releasedOn: string, nameEn = '') => {
    await panel.getByLabel('Edisi yang dikoreksi').selectOption({ label: 'bkkbn_pk/VERVAL24' });
    await panel.getByLabel('Nama', { exact: true }).fill(name);
    await panel.getByLabel('Nama dalam bahasa Inggris (boleh kosong)').fill(nameEn);
    await panel.getByLabel('Rilis').fill(releasedOn);
    await panel.getByRole('button', { name: 'Simpan' }).click();
    await expect(panel.getByRole('status')).toHaveText('Tersimpan.');
  };
  await correct('Verifikasi dan validasi 2024 (koreksi)', '2024-10-20', 'KRS verification 2024 (corrected)');
  // The status may still read "Tersimpan." from an earlier save: wait for the API, not the label.
  await expect.poll(verval).toMatchObject({
    editionName: 'Verifikasi dan validasi 2024 (koreksi)',
    editionNameEn: 'KRS verification 2024 (corrected)',
    releasedOn: '2024-10-20',
  });
  await expect(page.getByRole('row').filter({ hasText: 'VERVAL24' }).last()).toContainText('2024-10-20');
  await correct(before?.editionName as string, '2024-10-15');
  await expect.poll(verval).toEqual(before);
  await page.goto('/admin/audit');
  await expect(page.getByRole('row').filter({ hasText: 'edition.update' }).first()).toContainText('bkkbn_pk/VERVAL24');
});
