// idn-area-data spells provinces and kab/kota in capitals ("KOTA SERANG") but kecamatan and
// kelurahan/desa already in title case ("Cipocok Jaya"); the dashboard shows one style.

const KEEP_UPPER = new Set(['DKI']);
const KEEP_LOWER = new Set(['dan']);

/** "KABUPATEN SERANG" -> "Kabupaten Serang"; a name with any lower-case letter is kept as is. */
export function toRegionDisplayName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed
    .split(' ')
    .map((word, index) => {
      if (KEEP_UPPER.has(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && KEEP_LOWER.has(lower)) return lower;
      // Capitalise after hyphens and slashes too: "BAU-BAU" -> "Bau-Bau".
      return lower.replace(/(^|[-/(])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
    })
    .join(' ');
}
