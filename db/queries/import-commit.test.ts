import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportCell } from '@/lib/import/validate';
import { type NewObservation, observations } from '../schema';
import { commitImportRowByRow } from '../test/commit-row-by-row';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createIndicator, createObservation } from '../test/factories';
import { createImportTree } from '../test/factories-data';
import { commitImport, rollbackBatch } from './imports';

// The set-based commit must write exactly the rows the row-by-row commit wrote: the same
// additions, supersede links, skipped unchanged cells, roll-ups and kept published totals.

let db: TestDb;
const editions: { reference: number; setBased: number } = { reference: 0, setBased: 0 };

const cell = (indicatorCode: string, regionCode: string, values: Partial<ImportCell> = {}): ImportCell => ({
  row: 2,
  indicatorCode,
  regionCode,
  periodType: 'year',
  periodStart: '2024-01-01',
  value: 1,
  numerator: null,
  denominator: null,
  coverage: null,
  ...values,
});

/** Identical figures in an edition before the import: a mix of what the batch will add, change, keep and leave. */
async function seed(editionId: number) {
  const add = (indicatorCode: string, regionCode: string, values: Partial<NewObservation>) =>
    createObservation(db.db, { indicatorCode, regionCode, editionId, origin: 'imported', ...values });
  await add('krs_families', '99.01.01.1001', { value: 20, numerator: 20, denominator: 100 }); // unchanged
  await add('krs_families', '99.01.01.1002', { value: 40, numerator: 40, denominator: 300 }); // changed to 45
  await add('krs_families', '99.01.01', { value: 60, isDerived: true, origin: 'illustrative' }); // replaced by the roll-up
  await add('krs_families', '99.01', { value: 999, origin: 'published' }); // kept
  await add('share_pct', '99.01.02.1001', { value: 50, numerator: 5, denominator: 10 }); // unchanged
  await add('share_pct', '99.01.02', { value: 50, numerator: 5, denominator: 10, isDerived: true }); // same total: left alone
  await add('target_families', '99.01.02.1001', { value: 7 }); // changed; its kecamatan gets a first total
  // A derived kab/kota total that a new kecamatan total recomputes.
  await add('target_families', '99.01', { value: 1, isDerived: true, origin: 'illustrative' });
  await add('target_families', '99.01.01', { value: 400, isDerived: true });
  // Another period and another indicator stay as they are.
  await add('krs_families', '99.01.02.1001', { value: 3, periodStart: '2023-01-01' });
}

const batchCells = (): ImportCell[] => [
  cell('krs_families', '99.01.01.1001', { value: 20, numerator: 20, denominator: 100 }),
  cell('krs_families', '99.01.01.1002', { value: 45, numerator: 45, denominator: 300 }),
  cell('krs_families', '99.01.02.1001', { value: 12, numerator: 12, denominator: 50 }),
  cell('share_pct', '99.01.02.1001', { value: 50, numerator: 5, denominator: 10 }),
  cell('share_pct', '99.01.01.1001', { value: 25, numerator: 1, denominator: 4 }),
  cell('share_pct', '99.01.01.1002', { value: 75, numerator: 3, denominator: 4, coverage: 80 }),
  cell('target_families', '99.01.02.1001', { value: 50 }),
  cell('target_families', '99.01.01.1001', { value: 100 }), // 1002 has none: no kecamatan total
  cell('krs_unsafe_water', '99.01.01.1001', { value: 2, numerator: null, denominator: 20 }),
  cell('krs_unsafe_water', '99.01.01.1002', { value: 3, numerator: 3, denominator: 45 }),
];

/** Every row of the edition, current and superseded, with the successor named by its values instead of its id. */
async function rowsOf(editionId: number, batchId: number) {
  const rows = await db.db
    .select()
    .from(observations)
    .where(eq(observations.editionId, editionId))
    .orderBy(asc(observations.indicatorCode), asc(observations.regionCode), asc(observations.periodStart), asc(observations.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rows.map((r) => {
    const next = r.supersededById === null ? undefined : byId.get(r.supersededById);
    return {
      cell: `${r.indicatorCode} ${r.regionCode} ${r.periodType} ${r.periodStart}`,
      values: [r.value, r.numerator, r.denominator, r.coverage],
      status: r.status,
      origin: r.origin,
      isDerived: r.isDerived,
      batch: r.batchId === null ? null : r.batchId === batchId ? 'this' : 'other',
      superseded: r.supersededAt !== null,
      successor: next ? [next.value, next.numerator, next.denominator, next.isDerived] : null,
    };
  });
}

beforeAll(async () => {
  db = await createTestDb();
  await createImportTree(db.db);
  await createIndicator(db.db, { code: 'share_pct', unit: 'percent', aggregation: 'ratio' });
  editions.reference = await createEdition(db.db, { source: 'ref_pk', code: 'PK', releasedOn: '2025-01-15' });
  editions.setBased = await createEdition(db.db, { source: 'set_pk', code: 'PK', releasedOn: '2025-01-15' });
  await seed(editions.reference);
  await seed(editions.setBased);
});
afterAll(() => db.close());

describe('set-based import commit', () => {
  const input = { fileName: 'krs.csv', fileHash: 'x', template: 'krs', actor: 'editor@test' };
  let reference: Awaited<ReturnType<typeof commitImport>>;
  let setBased: Awaited<ReturnType<typeof commitImport>>;

  it('writes the same rows, links and counts as the row-by-row commit on a mixed batch', async () => {
    reference = await commitImportRowByRow(db.db, { ...input, editionId: editions.reference, cells: batchCells() });
    setBased = await commitImport(db.db, { ...input, editionId: editions.setBased, cells: batchCells() });
    expect({ ...setBased, batchId: 0 }).toEqual({ ...reference, batchId: 0 });
    expect(setBased).toMatchObject({ added: 6, changed: 2, unchanged: 2, keptPublished: 1 });
    expect(setBased.derived).toBeGreaterThan(0);

    const expected = await rowsOf(editions.reference, reference.batchId);
    const actual = await rowsOf(editions.setBased, setBased.batchId);
    expect(actual).toEqual(expected);
    // Spot checks that the comparison covers what matters.
    const current = (c: string) => actual.filter((r) => r.cell === c && !r.superseded);
    expect(current('krs_families 99.01.01 year 2024-01-01')).toMatchObject([
      { values: [65, 65, 400, null], isDerived: true, batch: 'this' },
    ]);
    expect(current('krs_families 99.01 year 2024-01-01')).toMatchObject([{ values: [999, null, null, null], batch: null }]);
    expect(current('share_pct 99.01.01 year 2024-01-01')).toMatchObject([{ values: [50, 4, 8, null] }]);
    expect(current('share_pct 99.01.02 year 2024-01-01')).toMatchObject([{ batch: null }]);
    expect(current('krs_unsafe_water 99.01.01 year 2024-01-01')).toMatchObject([{ values: [5, null, 65, null] }]);
    expect(actual.filter((r) => r.cell === 'target_families 99.01.01 year 2024-01-01')).toMatchObject([
      { values: [400, null, null, null], superseded: false },
    ]);
    expect(actual.filter((r) => r.cell === 'krs_families 99.01.01.1002 year 2024-01-01')).toMatchObject([
      { values: [40, 40, 300, null], superseded: true, successor: [45, 45, 300, false] },
      { values: [45, 45, 300, null], superseded: false, batch: 'this' },
    ]);
  });

  it('rolls back to the same rows as the row-by-row commit does', async () => {
    await rollbackBatch(db.db, reference.batchId, 'editor@test');
    await rollbackBatch(db.db, setBased.batchId, 'editor@test');
    const actual = await rowsOf(editions.setBased, setBased.batchId);
    expect(actual).toEqual(await rowsOf(editions.reference, reference.batchId));
    expect(actual.filter((r) => !r.superseded).every((r) => r.batch === null)).toBe(true);
  });
});
