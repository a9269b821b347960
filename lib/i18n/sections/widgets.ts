// Strings that client components show in the browser (share menu, embed code, map focus text,
// offline stamp, error boxes, the rupiah format). They live apart so those components import this small module
// and not the whole dictionary; the dictionaries include the same objects under their old keys.
// Bahasa Indonesia first; `en` must have exactly the same keys.

import type { Lang } from '../lang';

export const widgetsId = {
  embed: {
    fullPage: 'Lihat selengkapnya di Pantau Stunting',
    summary: 'Sematkan',
    instructions: 'Salin kode ini ke halaman Anda. Tinggi bingkai menyesuaikan isinya.',
    codeLabel: 'Kode sematan',
    copy: 'Salin kode',
    copied: 'Disalin',
    frameTitle: '{title} · Pantau Stunting',
  },
  share: {
    label: 'Unduh gambar',
    png: 'PNG',
    svg: 'SVG',
    pngAria: 'Unduh {title} sebagai gambar PNG',
    svgAria: 'Unduh {title} sebagai gambar SVG',
  },
  mapA11y: {
    regionValue: '{name}: {value}',
    regionSelected: 'Dipilih: {name}, {value}',
  },
  offline: {
    savedAt: 'Anda sedang luring. Halaman ini disimpan pada {date}.',
  },
  format: {
    rupiah: 'Rp {value}',
  },
  errors: {
    title: 'Terjadi kesalahan',
    body: 'Halaman ini tidak dapat dimuat. Coba lagi sebentar lagi.',
    panel: 'Panel ini gagal dimuat.',
    retry: 'Coba lagi',
  },
};

export const widgetsEn: typeof widgetsId = {
  embed: {
    fullPage: 'See the full view on Pantau Stunting',
    summary: 'Embed',
    instructions: 'Copy this code into your page. The frame adjusts its height to its content.',
    codeLabel: 'Embed code',
    copy: 'Copy code',
    copied: 'Copied',
    frameTitle: '{title} · Pantau Stunting',
  },
  share: {
    label: 'Download image',
    png: 'PNG',
    svg: 'SVG',
    pngAria: 'Download {title} as a PNG image',
    svgAria: 'Download {title} as an SVG image',
  },
  mapA11y: {
    regionValue: '{name}: {value}',
    regionSelected: 'Selected: {name}, {value}',
  },
  offline: {
    savedAt: 'You are offline. This page was saved at {date}.',
  },
  format: {
    rupiah: 'IDR {value}',
  },
  errors: {
    title: 'Something went wrong',
    body: 'This page could not be loaded. Please try again shortly.',
    panel: 'This panel could not be loaded.',
    retry: 'Try again',
  },
};

/** The browser-side strings of `lang`, for client components. */
export function widgetStrings(lang: Lang): typeof widgetsId {
  return lang === 'en' ? widgetsEn : widgetsId;
}
