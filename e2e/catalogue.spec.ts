import { expect, test } from '@playwright/test';
import { E2E_USERS } from './users';

// The catalogue: an admin adds an event on /admin/katalog, the overview's KRS trend panel
// lists it at once, and after deleting it the panel no longer does.

test('an admin adds an event that the KRS trend panel shows, then deletes it', async ({ page }) => {
  test.setTimeout(60_000);
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
