// Strings of one feature, kept in their own file so features can grow without touching
// each other's lines. Bahasa Indonesia first; `en` must have exactly the same keys.

export const privacyId = {
  title: 'Privasi',
  rule: 'Untuk melindungi keluarga, angka kelurahan/desa di bawah 5 (1 sampai 4) ditampilkan sebagai "<5", begitu pula angka yang dihitung darinya. Agar tidak dapat dihitung dari total kecamatan, satu kelurahan lain dengan angka terkecil ikut disembunyikan ("<5" pada kelurahan itu berarti "disembunyikan"). Angka 0 ditampilkan.',
};

export const privacyEn: typeof privacyId = {
  title: 'Privacy',
  rule: 'To protect families, kelurahan/village counts below 5 (1 to 4) are shown as "<5", as is every figure computed from them. So that they cannot be worked out from the kecamatan total, the next-smallest kelurahan is withheld as well ("<5" there means "withheld"). Zero is shown.',
};
