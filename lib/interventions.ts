import type { DonorType } from '@/db/schema/enums';
import { INDIVIDUAL_DONOR_LABEL } from './api/activities-schemas';

// Pure arithmetic of the interventions views: coverage of families at risk, the change of a
// risk factor between editions, donor labels and totals of activity aggregates. Unknown stays
// null ("no data"); nothing is ever divided by zero.

/** Coverage (reached / KRS x 100) and gap (KRS not reached, never below zero). */
export function coverageOf(krs: number | null, reached: number): { coverage: number | null; gap: number | null } {
  if (krs === null) return { coverage: null, gap: null };
  return { coverage: krs > 0 ? (100 * reached) / krs : null, gap: Math.max(krs - reached, 0) };
}

/** The change of a factor count between two editions, and the programme's intensity per 100 KRS with the factor. */
export function factorChangeOf(
  before: number | null,
  after: number | null,
  reached: number,
): { change: number | null; changePct: number | null; intensity: number | null } {
  const change = before !== null && after !== null ? after - before : null;
  const known = before !== null && before > 0;
  return {
    change,
    changePct: change !== null && known ? (100 * change) / before : null,
    intensity: known ? (100 * reached) / before : null,
  };
}

/** A private individual is never named: all of them are summed as "Perorangan". */
export function donorLabel(donorType: DonorType | null, donorName: string | null): string | null {
  return donorType === 'individual' ? INDIVIDUAL_DONOR_LABEL : donorName;
}

type Measured = { activities: number; familiesReached: number | null; quantity: number | null; valueIdr: number | null };
export type Totals = Measured;

const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** Sums aggregates by a key, keeping first-seen order; a measure stays null when every row lacks it. */
export function totalsBy<R extends Measured>(rows: readonly R[], key: (row: R) => string): Map<string, Totals> {
  const out = new Map<string, Totals>();
  for (const row of rows) {
    const k = key(row);
    const t = out.get(k) ?? { activities: 0, familiesReached: null, quantity: null, valueIdr: null };
    out.set(k, {
      activities: t.activities + row.activities,
      familiesReached: add(t.familiesReached, row.familiesReached),
      quantity: add(t.quantity, row.quantity),
      valueIdr: add(t.valueIdr, row.valueIdr),
    });
  }
  return out;
}

export type Output = { aidType: string | null; unit: string | null; quantity: number };

/** Quantities summed per aid type and unit: different units are never added together. */
export function outputsOf(
  rows: readonly { aidType: string | null; quantityUnit: string | null; quantity: number | null }[],
): Output[] {
  const out = new Map<string, Output>();
  for (const row of rows) {
    if (row.quantity === null) continue;
    const key = `${row.aidType ?? ''}\u0000${row.quantityUnit ?? ''}`;
    const o = out.get(key) ?? { aidType: row.aidType, unit: row.quantityUnit, quantity: 0 };
    o.quantity += row.quantity;
    out.set(key, o);
  }
  return [...out.values()];
}
