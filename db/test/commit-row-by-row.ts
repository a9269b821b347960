import { eq, inArray, sql } from 'drizzle-orm';
import type { ImportCell } from '@/lib/import/validate';
import type { Db } from '../client';
import { recordAudit } from '../queries/audit';
import { type CellKey, type CommitResult, type CurrentRow, currentRows, keyOf, type ValuesDto } from '../queries/imports';
import { completeProvinces, rollUpSteps } from '../queries/rollups';
import { importBatches, indicators, type NewObservation, observations, regions } from '../schema';

// The import's commit as it was before it became set-based (row-chunked inserts, roll-ups
// computed in JS): kept only as the reference the set-based commit is tested against.

const sameValues = (a: Omit<CurrentRow, 'id' | 'origin' | 'isDerived' | keyof CellKey>, b: typeof a) =>
  a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator && a.coverage === b.coverage;

export async function commitImportRowByRow(
  db: Db,
  input: { editionId: number; cells: ImportCell[]; fileName: string; fileHash: string; template: string; actor: string },
): Promise<CommitResult> {
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(importBatches)
      .values({
        origin: 'imported',
        description: `Import ${input.template}`,
        fileName: input.fileName,
        fileHash: input.fileHash,
        rowCount: 0,
        createdBy: input.actor,
      })
      .returning({ id: importBatches.id });
    const batchId = (batch as { id: number }).id;
    const result: CommitResult = { batchId, added: 0, changed: 0, unchanged: 0, derived: 0, keptPublished: 0 };

    const current = await currentRows(
      tx,
      input.editionId,
      unique(input.cells.map((c) => c.indicatorCode)),
      unique(input.cells.map((c) => c.regionCode)),
    );
    const writes: { cell: NewObservation; replaces: number | null }[] = [];
    for (const cell of input.cells) {
      const old = current.get(keyOf(cell));
      if (old && sameValues(old, cell)) {
        result.unchanged++;
        continue;
      }
      if (old) result.changed++;
      else result.added++;
      writes.push({ cell: toRow(cell, input.editionId, batchId, 'imported', false), replaces: old?.id ?? null });
    }
    await writeRows(tx, writes);

    const derived = await rollUp(tx, input.editionId, batchId, input.cells);
    result.derived = derived.written;
    result.keptPublished = derived.kept;

    await tx
      .update(importBatches)
      .set({ rowCount: writes.length + derived.written })
      .where(eq(importBatches.id, batchId));
    await recordAudit(tx, {
      actor: input.actor,
      action: 'import.commit',
      entity: 'import_batch',
      entityId: String(batchId),
      detail: { file: input.fileName, template: input.template, editionId: input.editionId, ...result },
    });
    return result;
  });
}

function toRow(
  cell: CellKey & ValuesDto,
  editionId: number,
  batchId: number,
  origin: 'imported',
  isDerived: boolean,
): NewObservation {
  return {
    indicatorCode: cell.indicatorCode,
    regionCode: cell.regionCode,
    periodType: cell.periodType,
    periodStart: cell.periodStart,
    editionId,
    value: cell.value,
    numerator: cell.numerator,
    denominator: cell.denominator,
    coverage: cell.coverage,
    status: 'final',
    origin,
    isDerived,
    batchId,
  };
}

/** Supersedes the replaced rows, inserts the new ones, then links each old row to its successor. */
async function writeRows(tx: Db, writes: { cell: NewObservation; replaces: number | null }[]) {
  const replaced = writes.flatMap((w) => (w.replaces === null ? [] : [w.replaces]));
  for (let i = 0; i < replaced.length; i += 1000) {
    await tx
      .update(observations)
      .set({ supersededAt: sql`now()` })
      .where(inArray(observations.id, replaced.slice(i, i + 1000)));
  }
  // 13 columns x 4,000 rows stays under PostgreSQL's 65,535 parameters per statement.
  for (let i = 0; i < writes.length; i += 4000) {
    const chunk = writes.slice(i, i + 4000);
    const insert = tx.insert(observations).values(chunk.map((w) => w.cell));
    // New ids are needed only to link superseded rows; a chunk of additions skips returning them.
    const ids = chunk.some((w) => w.replaces !== null)
      ? await insert.returning({ id: observations.id })
      : await insert.then(() => []);
    const links = chunk.flatMap((w, j) =>
      w.replaces === null ? [] : [sql`(${w.replaces}::bigint, ${(ids[j] as { id: number }).id}::integer)`],
    );
    if (links.length > 0) {
      await tx.execute(
        sql`update observations set superseded_by_id = v.new_id from (values ${sql.join(links, sql`, `)}) as v(old_id, new_id) where observations.id = v.old_id`,
      );
    }
  }
}

/** Kecamatan from kelurahan, kab/kota from kecamatan, province from kab/kota, for every indicator and period touched. */
async function rollUp(tx: Db, editionId: number, batchId: number, cells: ImportCell[]) {
  const counts = { written: 0, kept: 0 };
  const catalogue = await tx
    .select({ code: indicators.code, aggregation: indicators.aggregation, unit: indicators.unit })
    .from(indicators);
  const aggregationOf = new Map(catalogue.map((i) => [i.code, i]));
  const allRegions = await tx.select({ code: regions.code, parentCode: regions.parentCode, level: regions.level }).from(regions);
  const children = new Map<string, string[]>();
  for (const r of allRegions) {
    if (!r.parentCode) continue;
    const siblings = children.get(r.parentCode);
    if (siblings) siblings.push(r.code);
    else children.set(r.parentCode, [r.code]);
  }
  const parentOf = new Map(allRegions.map((r) => [r.code, r.parentCode]));
  const levelOf = new Map(allRegions.map((r) => [r.code, r.level]));

  const provinces = allRegions.filter((r) => r.level === 'province');
  const complete = await completeProvinces(new Map(provinces.map((p) => [p.code, children.get(p.code)?.length ?? 0])));

  let touched = unique(cells.map((c) => `${c.indicatorCode}|${c.periodType}|${c.periodStart}|${c.regionCode}`));
  // Up to three levels: kelurahan -> kecamatan -> kab/kota -> province, the last only where
  // every kab/kota of the province is loaded (else its total would be one city's).
  for (let level = 0; level < rollUpSteps.length; level++) {
    const parents = new Map<string, CellKey>();
    for (const t of touched) {
      const [indicatorCode, periodType, periodStart, regionCode] = t.split('|') as [
        string,
        CellKey['periodType'],
        string,
        string,
      ];
      const parent = parentOf.get(regionCode);
      if (!parent || !aggregationOf.has(indicatorCode)) continue;
      const parentLevel = levelOf.get(parent);
      if (!parentLevel || (parentLevel === 'province' && !complete.has(parent))) continue;
      parents.set(`${indicatorCode}|${periodType}|${periodStart}|${parent}`, {
        indicatorCode,
        periodType,
        periodStart,
        regionCode: parent,
      });
    }
    if (parents.size === 0) break;
    const parentKeys = [...parents.values()];
    const childCodes = unique(parentKeys.flatMap((p) => children.get(p.regionCode) ?? []));
    const indicatorCodes = unique(parentKeys.map((p) => p.indicatorCode));
    const current = await currentRows(
      tx,
      editionId,
      indicatorCodes,
      unique([...childCodes, ...parentKeys.map((p) => p.regionCode)]),
    );
    const writes: { cell: NewObservation; replaces: number | null }[] = [];
    const next: string[] = [];
    for (const p of parentKeys) {
      const rows = (children.get(p.regionCode) ?? []).map((c) => current.get(keyOf({ ...p, regionCode: c })));
      if (rows.some((r) => r === undefined)) continue; // no partial totals
      const indicator = aggregationOf.get(p.indicatorCode) as { aggregation: string; unit: string };
      const values = combine(rows as CurrentRow[], indicator.aggregation, indicator.unit);
      if (!values) continue;
      const old = current.get(keyOf(p));
      if (old && !old.isDerived && old.origin !== 'illustrative') {
        counts.kept++;
        continue;
      }
      if (old && sameValues(old, values)) continue;
      writes.push({ cell: { ...toRow({ ...p, ...values }, editionId, batchId, 'imported', true) }, replaces: old?.id ?? null });
      next.push(`${p.indicatorCode}|${p.periodType}|${p.periodStart}|${p.regionCode}`);
    }
    await writeRows(tx, writes);
    counts.written += writes.length;
    touched = next;
  }
  return counts;
}

function combine(rows: CurrentRow[], aggregation: string, unit: string): ValuesDto | null {
  const sum = (pick: (r: CurrentRow) => number | null) =>
    rows.every((r) => pick(r) !== null) ? rows.reduce((n, r) => n + (pick(r) as number), 0) : null;
  const numerator = sum((r) => r.numerator);
  const denominator = sum((r) => r.denominator);
  if (aggregation === 'ratio' || unit === 'percent') {
    if (numerator === null || denominator === null || denominator === 0) return null;
    return { value: (numerator / denominator) * 100, numerator, denominator, coverage: null };
  }
  const value = sum((r) => r.value);
  return value === null ? null : { value, numerator, denominator, coverage: null };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
