// Small-count suppression, the one rule every public output applies (design.md "Privacy").
//
// At kelurahan/desa level a count of 1 to 4 (the value of a count indicator, a numerator or a
// denominator) is withheld, and so is every figure computed from it (rate, share). Zero is
// published: "nobody" in a kelurahan describes no person, and hiding zeros would blank most
// intervention maps. Complementary suppression: the kecamatan total is always published, so
// within each kecamatan every count field is withheld in either no kelurahan or at least two;
// then total - sum(visible) yields only the sum of several hidden cells, never one of them.

export const SMALL_COUNT_LIMIT = 5;

/** What every public page, table, CSV and XLSX shows in place of a withheld figure. */
export const SUPPRESSED_LABEL = '<5';

/** Units whose value is a count of people, families or households (percent and rupiah are not). */
export const countUnits: ReadonlySet<string> = new Set(['families', 'children', 'households', 'persons', 'count']);

export const isSmallCount = (n: number | null | undefined): boolean => n != null && n > 0 && n < SMALL_COUNT_LIMIT;

/** 36.73.02.1011 is a kelurahan/desa; 36.73.02 a kecamatan. */
export const isVillageCode = (code: string): boolean => /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code);

export const parentCodeOf = (code: string): string => code.split('.').slice(0, -1).join('.');

export type CountCell = { value: number | null; numerator: number | null; denominator: number | null };

/** The fields of a cell that add up to the published parent total. */
export function countFields(countUnit: boolean): (keyof CountCell)[] {
  return countUnit ? ['value', 'numerator', 'denominator'] : ['numerator', 'denominator'];
}

/** A cell holding a small count in any of its count fields. */
export function isPrimarySuppressed(cell: CountCell, countUnit: boolean): boolean {
  return countFields(countUnit).some((f) => isSmallCount(cell[f]));
}

/**
 * The keys to withhold among sibling cells (the kelurahan of one kecamatan, one indicator,
 * one edition and period): the small ones, then for each count field where exactly one
 * withheld cell carries a figure, the smallest visible sibling carrying one too (positive
 * figures first, so the hidden sum stays ambiguous), until no field has a lone hidden cell.
 */
export function suppressSiblings<K>(cells: readonly { key: K; cell: CountCell }[], countUnit: boolean): Set<K> {
  const hidden = new Set(cells.filter((c) => isPrimarySuppressed(c.cell, countUnit)).map((c) => c.key));
  if (hidden.size === 0) return hidden;
  const fields = countFields(countUnit);
  for (let changed = true; changed; ) {
    changed = false;
    for (const field of fields) {
      const carrying = cells.filter((c) => c.cell[field] !== null);
      if (carrying.filter((c) => hidden.has(c.key)).length !== 1) continue;
      const next = carrying.filter((c) => !hidden.has(c.key)).sort((a, b) => rank(a.cell[field]) - rank(b.cell[field]))[0];
      if (!next) continue;
      hidden.add(next.key);
      changed = true;
    }
  }
  return hidden;
}

/** Village codes to withhold among cells of one slice, sibling groups being the kelurahan of one kecamatan. */
export function hiddenVillages(cells: readonly { code: string; cell: CountCell }[], countUnit: boolean): Set<string> {
  const groups = new Map<string, { key: string; cell: CountCell }[]>();
  for (const { code, cell } of cells) {
    if (!isVillageCode(code)) continue;
    const parent = parentCodeOf(code);
    groups.set(parent, [...(groups.get(parent) ?? []), { key: code, cell }]);
  }
  const hidden = new Set<string>();
  for (const group of groups.values()) for (const code of suppressSiblings(group, countUnit)) hidden.add(code);
  return hidden;
}

// Positive figures before zeros: hiding a zero next to one small count would hide nothing.
const rank = (n: number | null) => (n === 0 ? Number.POSITIVE_INFINITY : (n ?? Number.POSITIVE_INFINITY));

/** The withheld form of a cell: every figure null and flagged, so no field can be misread as "no data". */
export function withheld<T extends CountCell>(cell: T): T & { suppressed: true } {
  const out: T & { suppressed: true; rate?: null } = {
    ...cell,
    value: null,
    numerator: null,
    denominator: null,
    suppressed: true,
  };
  if ('rate' in cell) out.rate = null;
  return out;
}

/** A figure for display: the withheld label, or the formatted number, or the placeholder for no data. */
export function formatSuppressible(
  value: number | null,
  suppressed: boolean | undefined,
  format: (n: number) => string,
  empty = '–',
): string {
  if (suppressed) return SUPPRESSED_LABEL;
  return value === null ? empty : format(value);
}

/** Columns a withheld row nulls in the JSON; a CSV writes the withheld label in them instead. */
const withheldColumns = new Set([
  'value',
  'numerator',
  'denominator',
  'rate',
  'share',
  'krs',
  'reached',
  'coverage',
  'gap',
  'familiesReached',
]);

/** A flat CSV row of a withheld JSON row: its nulled figures read "<5", as in every other download. */
export function labelWithheld(row: Record<string, unknown>): Record<string, unknown> {
  if (row.suppressed !== true) return row;
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, v === null && withheldColumns.has(k) ? SUPPRESSED_LABEL : v]),
  );
}
