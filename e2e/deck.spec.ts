import { expect, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { OTHER_REGION_URL } from './urls';
import { E2E_USERS } from './users';

// Meeting mode: the deck's headline figures, moving with the keys a clicker sends, the
// presenter window following the audience window, the .pptx and PDF exports, and an editor's
// saved deck that the public opens read-only.

const currentSlide = (page: Page) => page.locator('section[aria-roledescription="slide"][data-active]');
const counter = (page: Page) => page.getByRole('toolbar').locator('output');

/** Presses a key until the page (once hydrated) reacts by showing slide `n` in the URL. */
async function pressUntilSlide(page: Page, key: string, n: number) {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`), { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

test('the headline slide shows the KRS figures and the narrative, in both languages', async ({ page }) => {
  await page.goto('/presentasi?slide=2');
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: 'Tren keluarga berisiko stunting' })).toBeVisible();
  await expect(slide).toContainText('15.960');
  await expect(slide).toContainText('Keluarga berisiko stunting turun 32,7% dari 23.711 (2023) menjadi 15.960 (PK24).');
  await expect(slide.getByRole('img', { name: /turun 32,7%/ })).toBeVisible();
  await expect(slide).toContainText('Sumber');

  await page.goto('/en/presentasi?slide=2');
  await expect(currentSlide(page)).toContainText('Families at risk of stunting fell 32.7% from 23,711 (2023) to 15,960 (PK24).');
});

test('a kab/kota without data gets an honest deck, not an error', async ({ page, request }) => {
  await page.goto(`${OTHER_REGION_URL}/presentasi?slide=2`);
  await expect(currentSlide(page)).toContainText('Belum ada data keluarga berisiko stunting.');
  const pptx = await request.get(`${OTHER_REGION_URL}/api/deck/pptx?lang=en`);
  expect(pptx.status()).toBe(200);
});

test('the projector theme fits the slide in the window, in large type, at 1024x768 and 1920x1080', async ({ page }) => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('/presentasi?slide=2');
    const box = await currentSlide(page).boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
    // As wide as the page allows (the page is at most 1200 px wide), never cut off at the bottom.
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(Math.min(viewport.width * 0.85, 1100));
    const sizes = await currentSlide(page).evaluate((slide) => ({
      figure: Number.parseFloat(getComputedStyle(slide.querySelector('p') as Element).fontSize),
      body: Number.parseFloat(getComputedStyle(slide).fontSize),
    }));
    // Readable from the back of a hall: body text at least 20 px, the headline figure much larger.
    expect(sizes.body).toBeGreaterThanOrEqual(20);
    expect(sizes.figure).toBeGreaterThanOrEqual(70);
  }
});

test('arrow keys, Page Down, Space, End and Home move through the deck and update the URL', async ({ page }) => {
  await page.goto('/presentasi');
  const total = Number((await counter(page).textContent())?.match(/dari (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(10);
  await pressUntilSlide(page, 'ArrowRight', 2);
  await expect(counter(page)).toHaveText(`Slide 2 dari ${total}`);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/slide=3/);
  await expect(currentSlide(page).getByRole('heading', { name: 'Peta kecamatan' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/slide=4/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/slide=3/);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`slide=${total}`));
  await expect(currentSlide(page).getByRole('img', { name: 'Kode QR menuju halaman publik presentasi ini' })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/slide=1/);
  // The URL of a slide opens that slide.
  await page.goto('/presentasi?slide=5');
  await expect(currentSlide(page).getByRole('heading', { name: 'Kecamatan Kasemen' })).toBeVisible();
});

test('the presenter window follows the audience window, and steers it back', async ({ page, context }) => {
  await page.goto('/presentasi');
  await pressUntilSlide(page, 'ArrowRight', 2);

  const presenter = await context.newPage();
  await presenter.goto('/presentasi/penyaji');
  const presenterCounter = presenter.locator('output');
  // Opened without a slide, it asks the audience window where it is.
  await expect(presenterCounter).toHaveText(/^Slide 2 dari \d+$/);
  await expect(presenter.getByRole('region', { name: 'Catatan pembicara' })).toContainText('turun 32,7% dari 23.711');
  await expect(presenter.getByRole('region', { name: 'Slide berikutnya' })).toContainText('Peta kecamatan');
  await expect(presenter.getByText(/Waktu berjalan: \d+:\d\d/)).toBeVisible();

  await page.keyboard.press('PageDown');
  await expect(presenterCounter).toHaveText(/^Slide 3 dari \d+$/);
  await expect(presenter.getByRole('region', { name: 'Catatan pembicara' })).toContainText('Kecamatan Kasemen memiliki keluarga');

  await presenter.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=4/);
  await expect(currentSlide(page).getByRole('heading', { name: 'Peringkat kecamatan' })).toBeVisible();
});

test('the .pptx is an Office file with the headline figure, native charts and notes', async ({ request }) => {
  for (const [lang, figure] of [
    ['id', '15.960'],
    ['en', '15,960'],
  ] as const) {
    const response = await request.get(`/api/deck/pptx?lang=${lang}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('presentationml.presentation');
    const zip = await JSZip.loadAsync(await response.body());
    const names = Object.keys(zip.files);
    expect(names).toContain('ppt/slides/slide1.xml');
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThan(10);
    const xml = await Promise.all(slides.map((n) => zip.file(n)?.async('string')));
    expect(xml.some((x) => x?.includes(figure))).toBe(true);
    expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).length).toBeGreaterThan(0);
    const notes = names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    expect(notes.length).toBe(slides.length);
    const allNotes = (await Promise.all(notes.map((n) => zip.file(n)?.async('string')))).join('');
    expect(allNotes).toContain(lang === 'id' ? 'turun 32,7% dari 23.711' : 'fell 32.7% from 23,711');
  }
  const bad = await request.get('/api/deck/pptx?rapat=tomorrow');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.parameter).toBe('rapat');
});

test('the PDF has one page per slide', async ({ page }) => {
  await page.goto('/presentasi');
  const total = Number((await counter(page).textContent())?.match(/dari (\d+)/)?.[1]);
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
  expect(total).toBeGreaterThan(10);
  expect(pages.length).toBe(total);
});

test('an editor saves a customised deck for a meeting; the public opens it read-only', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.goto('/masuk?next=%2Fpresentasi%2Fsusun');
  await page.getByLabel('Email').fill(E2E_USERS.editor.email);
  await page.getByLabel('Kata sandi').fill(E2E_USERS.editor.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  // The first page of a fresh server builds the whole snapshot: give it time on a busy machine.
  await expect(page.getByRole('heading', { name: 'Susun presentasi rapat', level: 1 })).toBeVisible({ timeout: 20_000 });

  await page.getByLabel('Tanggal rapat').fill('2026-02-10');
  await page.getByLabel('Judul presentasi').fill('Rakor TPPS Februari 2026');
  await page.getByRole('checkbox', { name: 'Curug', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Sembunyikan Peta kecamatan' }).check();
  // Ranking above the hidden map, then above the headline: it becomes slide 2.
  await page.getByRole('button', { name: 'Naikkan Peringkat kecamatan' }).click();
  await page.getByRole('button', { name: 'Naikkan Peringkat kecamatan' }).click();
  await page.getByLabel('Judul slide teks').fill('Agenda rapat');
  await page.getByLabel('Isi slide teks').fill('Sambutan camat dan laporan lurah');
  await page.getByRole('button', { name: 'Tambah slide teks' }).click();
  await page.getByRole('button', { name: 'Simpan presentasi' }).click();
  await expect(page.locator('form').getByRole('status')).toHaveText('Tersimpan.');
  // The same meeting date again is refused: a meeting's frozen numbers are never overwritten.
  await page.getByRole('button', { name: 'Simpan presentasi' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('already exists');

  const publicContext = await browser.newContext();
  const visitor = await publicContext.newPage();
  await visitor.goto('/presentasi?rapat=2026-02-10');
  await expect(visitor.getByRole('link', { name: 'Susun presentasi' })).toHaveCount(0);
  await expect(visitor.getByRole('toolbar').locator('output')).toHaveText('Slide 1 dari 15');
  await expect(currentSlide(visitor).getByRole('heading', { name: 'Rakor TPPS Februari 2026' })).toBeVisible();
  await visitor.goto('/presentasi?rapat=2026-02-10&slide=2');
  await expect(currentSlide(visitor).getByRole('heading', { name: 'Peringkat kecamatan' })).toBeVisible();
  await visitor.goto('/presentasi?rapat=2026-02-10&slide=3');
  await expect(currentSlide(visitor).getByRole('heading', { name: 'Tren keluarga berisiko stunting' })).toBeVisible();
  // Slides off screen are hidden from assistive technology, so they are found by their h2.
  const slides = visitor.locator('section[aria-roledescription="slide"]');
  const titled = (title: string) => slides.filter({ has: visitor.locator('h2', { hasText: new RegExp(`^${title}$`) }) });
  await expect(titled('Peta kecamatan')).toHaveCount(0);
  await expect(titled('Kecamatan Curug')).toHaveCount(0);
  await expect(titled('Kecamatan Kasemen')).toHaveCount(1);
  await expect(titled('Agenda rapat')).toContainText('Sambutan camat');
  // The live deck now compares with the saved meeting.
  await visitor.goto('/presentasi');
  await expect(titled('Yang berubah sejak rapat lalu')).toContainText(
    'Sejak rapat 10 Februari 2026, angka keluarga berisiko stunting tetap 15.960 (PK24).',
  );
  // The public cannot save a deck.
  const refused = await visitor.request.post('/api/admin/decks', {
    headers: { origin: new URL(visitor.url()).origin },
    data: { meetingDate: '2026-03-01', title: 'x', config: { spotlights: null, order: [], hidden: [], texts: [] } },
  });
  expect(refused.status()).toBe(401);
  await publicContext.close();
});
