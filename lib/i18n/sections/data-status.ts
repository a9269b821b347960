// Strings of the "database unreachable, showing the saved copy" notice. Bahasa Indonesia
// first; `en` must have exactly the same keys.

export const dataStatusId = {
  unreachable:
    'Basis data sedang tidak dapat dihubungi. Angka di halaman ini adalah salinan tersimpan terakhir, diperiksa pada {time} WIB; halaman akan memakai data terbaru begitu basis data kembali.',
  unreachableNoCopy:
    'Basis data sedang tidak dapat dihubungi. Bagian yang belum pernah tersimpan tidak dapat ditampilkan; coba lagi sebentar lagi.',
};

export const dataStatusEn: typeof dataStatusId = {
  unreachable:
    'The database cannot be reached right now. The figures on this page are the last saved copy, checked at {time} WIB (UTC+7); the page uses current data again as soon as the database is back.',
  unreachableNoCopy:
    'The database cannot be reached right now. Parts that were never saved cannot be shown; try again in a moment.',
};
