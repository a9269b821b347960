// Strings of one feature, kept in their own file so features can grow without touching
// each other's lines. Bahasa Indonesia first; `en` must have exactly the same keys.

export const portalId = {
  title: 'Data terbuka',
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
  a11y: {
    regionValue: '{name}: {value}',
    regionSelected: 'Dipilih: {name}, {value}',
    riskSummary: 'Faktor terbanyak: {factor} ({share} dari KRS).',
    mapSummary: 'Tertinggi: {highest} ({highestRate}); terendah: {lowest} ({lowestRate}).',
    waterfallSummary: 'Dari {start} ({from}) menjadi {end} ({to}); perubahan terbesar di {name} ({change}).',
  },
  offline: {
    savedAt: 'Anda sedang luring. Halaman ini disimpan pada {date}.',
    appName: 'Pantau Stunting',
    appDescription: 'Pemantauan keluarga berisiko stunting',
  },
};

export const portalEn: typeof portalId = {
  title: 'Open data',
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
  a11y: {
    regionValue: '{name}: {value}',
    regionSelected: 'Selected: {name}, {value}',
    riskSummary: 'Most common factor: {factor} ({share} of KRS).',
    mapSummary: 'Highest: {highest} ({highestRate}); lowest: {lowest} ({lowestRate}).',
    waterfallSummary: 'From {start} ({from}) to {end} ({to}); largest change in {name} ({change}).',
  },
  offline: {
    savedAt: 'You are offline. This page was saved at {date}.',
    appName: 'Pantau Stunting',
    appDescription: 'Monitoring families at risk of stunting',
  },
};
