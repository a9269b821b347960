import 'server-only';
import { and, asc, desc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { ActivityCell, ImportCell, ImportRegion } from '@/lib/import/validate';
import type { Db } from '../client';
import {
  activities,
  dataSources,
  editions,
  importBatches,
  importMappings,
  indicators,
  type NewObservation,
  observations,
  programs,
  regions,
} from '../schema';
import { recordAudit } from './audit';
import { NotFoundError } from './errors';
import { completeProvinces, rollUpSteps } from './rollups';

// Writing imported figures: preview against the current values, commit in one transaction
// (superseding, never overwriting, and rolling kelurahan values up), roll a batch back.

export class ImportConflictError extends Error {}

export async function loadImportCatalogue(db: Db, regencyCode: string) {
  const [regionRows, indicatorRows, programRows] = await Promise.all([
    db
      .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
      .from(regions)
      .where(or(eq(regions.code, regencyCode), like(regions.code, `${regencyCode}.%`))),
    db.select({ code: indicators.code, unit: indicators.unit, aggregation: indicators.aggregation }).from(indicators),
    db.select({ code: programs.code }).from(programs),
  ]);
  return { regions: regionRows as ImportRegion[], indicators: indicatorRows, programs: programRows.map((p) => p.code) };
}

export async function getImportMapping(db: Db, template: string): Promise<Record<string, string>> {
  const [row] = await db
    .select({ mapping: importMappings.mapping })
    .from(importMappings)
    .where(eq(importMappings.template, template));
  return row?.mapping ?? {};
}

/** Adds to the template's remembered mapping (normalised file header -> column key). */
export async function saveImportMapping(db: Db, template: string, added: Record<string, string>, actor: string) {
  await db.transaction(async (tx) => {
    const mapping = { ...(await getImportMapping(tx, template)), ...added };
    await tx
      .insert(importMappings)
      .values({ template, mapping, updatedBy: actor })
      .onConflictDoUpdate({ target: importMappings.template, set: { mapping, updatedBy: actor, updatedAt: sql`now()` } });
    await recordAudit(tx, { actor, action: 'import.mapping', entity: 'import_mapping', entityId: template, detail: added });
  });
}

export type EditionDto = {
  id: number;
  source: string;
  code: string;
  name: string;
  nameEn: string | null;
  releasedOn: string;
  isOfficial: boolean;
};

export async function listEditions(db: Db): Promise<EditionDto[]> {
  return db
    .select({
      id: editions.id,
      source: editions.sourceCode,
      code: editions.code,
      name: editions.name,
      nameEn: editions.nameEn,
      releasedOn: editions.releasedOn,
      isOfficial: editions.isOfficial,
    })
    .from(editions)
    .orderBy(asc(editions.sourceCode), desc(editions.releasedOn));
}

export async function findEdition(db: Db, source: string, code: string): Promise<EditionDto | null> {
  const [row] = (await listEditions(db)).filter((e) => e.source === source && e.code === code);
  return row ?? null;
}

export async function createEdition(
  db: Db,
  input: { source: string; code: string; name: string; nameEn?: string | null; releasedOn: string; isOfficial: boolean },
  actor: string,
): Promise<EditionDto> {
  return db.transaction(async (tx) => {
    const [source] = await tx.select({ code: dataSources.code }).from(dataSources).where(eq(dataSources.code, input.source));
    if (!source) throw new NotFoundError('source', input.source, 'source');
    if (await findEdition(tx, input.source, input.code))
      throw new ImportConflictError(`Edition ${input.source}/${input.code} already exists`);
    const [row] = await tx
      .insert(editions)
      .values({
        sourceCode: input.source,
        code: input.code,
        name: input.name,
        nameEn: input.nameEn ?? null,
        releasedOn: input.releasedOn,
        isOfficial: input.isOfficial,
      })
      .returning({ id: editions.id });
    await recordAudit(tx, {
      actor,
      action: 'edition.create',
      entity: 'edition',
      entityId: `${input.source}/${input.code}`,
      detail: input,
    });
    return { id: (row as { id: number }).id, ...input, nameEn: input.nameEn ?? null };
  });
}

/** Corrects an edition's name, release date or official flag; the audit keeps before and after. */
export async function updateEdition(
  db: Db,
  id: number,
  input: { name: string; nameEn?: string | null; releasedOn: string; isOfficial: boolean },
  actor: string,
): Promise<EditionDto> {
  return db.transaction(async (tx) => {
    const [before] = (await listEditions(tx)).filter((e) => e.id === id);
    if (!before) throw new NotFoundError('edition', String(id), 'id');
    const after = { ...input, nameEn: input.nameEn ?? null };
    await tx.update(editions).set(after).where(eq(editions.id, id));
    await recordAudit(tx, {
      actor,
      action: 'edition.update',
      entity: 'edition',
      entityId: `${before.source}/${before.code}`,
      detail: {
        before: { name: before.name, nameEn: before.nameEn, releasedOn: before.releasedOn, isOfficial: before.isOfficial },
        after,
      },
    });
    return { ...before, ...after };
  });
}

type CellKey = Pick<ImportCell, 'indicatorCode' | 'regionCode' | 'periodType' | 'periodStart'>;
const keyOf = (c: CellKey) => `${c.indicatorCode}|${c.regionCode}|${c.periodType}|${c.periodStart}`;

type CurrentRow = CellKey & {
  id: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  coverage: number | null;
  origin: string;
  isDerived: boolean;
};

/** Current rows of one edition for the given indicators and regions. */
async function currentRows(db: Db, editionId: number, indicatorCodes: string[], regionCodes: string[]) {
  const rows: CurrentRow[] = [];
  if (indicatorCodes.length === 0 || regionCodes.length === 0) return new Map<string, CurrentRow>();
  for (let i = 0; i < regionCodes.length; i += 1000) {
    const chunk = regionCodes.slice(i, i + 1000);
    const found = await db
      .select({
        id: observations.id,
        indicatorCode: observations.indicatorCode,
        regionCode: observations.regionCode,
        periodType: observations.periodType,
        periodStart: observations.periodStart,
        value: observations.value,
        numerator: observations.numerator,
        denominator: observations.denominator,
        coverage: observations.coverage,
        origin: observations.origin,
        isDerived: observations.isDerived,
      })
      .from(observations)
      .where(
        and(
          isNull(observations.supersededAt),
          eq(observations.editionId, editionId),
          inArray(observations.indicatorCode, indicatorCodes),
          inArray(observations.regionCode, chunk),
        ),
      );
    // A loop, not push(...found): an import of 100,000 rows finds more rows than a call's argument limit.
    for (const row of found) rows.push(row);
  }
  return new Map(rows.map((r) => [keyOf(r), r]));
}

const sameValues = (a: Omit<CurrentRow, 'id' | 'origin' | 'isDerived' | keyof CellKey>, b: typeof a) =>
  a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator && a.coverage === b.coverage;

export type ValuesDto = { value: number | null; numerator: number | null; denominator: number | null; coverage: number | null };
export type PreviewChange = CellKey & { row: number; old: ValuesDto; new: ValuesDto };
/** `activities`: rows of an activities file, all new. */
export type PreviewDto = { adds: PreviewChange[]; changes: PreviewChange[]; unchanged: number; activities?: number };

const valuesOf = (c: ValuesDto): ValuesDto => ({
  value: c.value,
  numerator: c.numerator,
  denominator: c.denominator,
  coverage: c.coverage,
});
const noValues: ValuesDto = { value: null, numerator: null, denominator: null, coverage: null };

/** What committing these cells into the edition would add, change and leave alone. */
export async function previewImport(db: Db, editionId: number, cells: ImportCell[]): Promise<PreviewDto> {
  const current = await currentRows(
    db,
    editionId,
    unique(cells.map((c) => c.indicatorCode)),
    unique(cells.map((c) => c.regionCode)),
  );
  const preview: PreviewDto = { adds: [], changes: [], unchanged: 0 };
  for (const cell of cells) {
    const old = current.get(keyOf(cell));
    const base = {
      indicatorCode: cell.indicatorCode,
      regionCode: cell.regionCode,
      periodType: cell.periodType,
      periodStart: cell.periodStart,
      row: cell.row,
    };
    if (!old) preview.adds.push({ ...base, old: noValues, new: valuesOf(cell) });
    else if (sameValues(old, cell)) preview.unchanged++;
    else preview.changes.push({ ...base, old: valuesOf(old), new: valuesOf(cell) });
  }
  return preview;
}

export type CommitResult = {
  batchId: number;
  added: number;
  changed: number;
  unchanged: number;
  derived: number;
  keptPublished: number;
};

/**
 * Writes the cells into the edition in one transaction: a changed value supersedes the
 * current row (kept, linked to its successor); then kecamatan, kab/kota and (where every kab/kota
 * is loaded) province totals are rolled up from their children when every child has a value, as
 * derived rows that never replace a published or imported figure.
 */
export async function commitImport(
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

/** Activities are events, not cells of an edition: a file's rows are added as one batch. */
export async function commitActivities(
  db: Db,
  input: { rows: ActivityCell[]; fileName: string; fileHash: string; actor: string },
): Promise<CommitResult> {
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(importBatches)
      .values({
        origin: 'imported',
        description: 'Import activities',
        fileName: input.fileName,
        fileHash: input.fileHash,
        rowCount: input.rows.length,
        createdBy: input.actor,
      })
      .returning({ id: importBatches.id });
    const batchId = (batch as { id: number }).id;
    for (let i = 0; i < input.rows.length; i += 1000) {
      await tx
        .insert(activities)
        .values(input.rows.slice(i, i + 1000).map(({ row: _row, ...a }) => ({ ...a, origin: 'imported' as const, batchId })));
    }
    const result = { batchId, added: input.rows.length, changed: 0, unchanged: 0, derived: 0, keptPublished: 0 };
    await recordAudit(tx, {
      actor: input.actor,
      action: 'import.commit',
      entity: 'import_batch',
      entityId: String(batchId),
      detail: { file: input.fileName, template: 'activities', ...result },
    });
    return result;
  });
}

/**
 * Undoes a committed batch: its rows are superseded (kept for the history) and the rows they
 * replaced become current again, exactly as they were. Refused when a later import has
 * already replaced some of the batch's values: roll that one back first.
 */
export async function rollbackBatch(db: Db, batchId: number, actor: string): Promise<{ restored: number; withdrawn: number }> {
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .select({ status: importBatches.status, origin: importBatches.origin })
      .from(importBatches)
      .where(eq(importBatches.id, batchId));
    if (!batch) throw new ImportConflictError(`Import batch ${batchId} does not exist`);
    if (batch.status !== 'committed') throw new ImportConflictError(`Import batch ${batchId} was already rolled back`);
    if (batch.origin !== 'imported') throw new ImportConflictError(`Import batch ${batchId} is not a file import`);
    const rows = await tx
      .select({ id: observations.id, supersededAt: observations.supersededAt })
      .from(observations)
      .where(eq(observations.batchId, batchId));
    if (rows.some((r) => r.supersededAt !== null)) {
      throw new ImportConflictError(`A later import changed values of batch ${batchId}; roll that import back first`);
    }
    const ids = rows.map((r) => r.id);
    let restored = 0;
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      await tx.update(observations).set({ supersededAt: sql`now()` }).where(inArray(observations.id, chunk));
      const back = await tx
        .update(observations)
        .set({ supersededAt: null, supersededById: null })
        .where(inArray(observations.supersededById, chunk))
        .returning({ id: observations.id });
      restored += back.length;
    }
    // Activities have no earlier version: rolling back removes the batch's rows (the audit log keeps the record).
    const removed = await tx.delete(activities).where(eq(activities.batchId, batchId)).returning({ id: activities.id });
    ids.push(...removed.map((r) => r.id));
    await tx.update(importBatches).set({ status: 'rolled_back', rolledBackAt: sql`now()` }).where(eq(importBatches.id, batchId));
    await recordAudit(tx, {
      actor,
      action: 'import.rollback',
      entity: 'import_batch',
      entityId: String(batchId),
      detail: { restored, withdrawn: ids.length },
    });
    return { restored, withdrawn: ids.length };
  });
}

export type BatchDto = {
  id: number;
  origin: string;
  description: string;
  fileName: string | null;
  rowCount: number;
  status: string;
  createdBy: string;
  createdAt: string;
  rolledBackAt: string | null;
};

export async function listBatches(db: Db, limit = 50): Promise<BatchDto[]> {
  const rows = await db
    .select({
      id: importBatches.id,
      origin: importBatches.origin,
      description: importBatches.description,
      fileName: importBatches.fileName,
      rowCount: importBatches.rowCount,
      status: importBatches.status,
      createdBy: importBatches.createdBy,
      createdAt: importBatches.createdAt,
      rolledBackAt: importBatches.rolledBackAt,
    })
    .from(importBatches)
    .orderBy(desc(importBatches.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) as string, rolledBackAt: iso(r.rolledBackAt) }));
}

export type HistoryEntry = ValuesDto & {
  edition: string;
  source: string;
  isDerived: boolean;
  origin: string;
  current: boolean;
  createdAt: string;
  supersededAt: string | null;
  batchId: number | null;
  fileName: string | null;
  createdBy: string | null;
  batchStatus: string | null;
};

/** Every value one cell (indicator x region x period) has had, in every edition, oldest first. */
export async function getObservationHistory(
  db: Db,
  cell: { indicator: string; region: string; periodType: string; periodStart: string },
): Promise<HistoryEntry[]> {
  const rows = await db
    .select({
      value: observations.value,
      numerator: observations.numerator,
      denominator: observations.denominator,
      coverage: observations.coverage,
      edition: editions.code,
      source: editions.sourceCode,
      isDerived: observations.isDerived,
      origin: observations.origin,
      createdAt: observations.createdAt,
      supersededAt: observations.supersededAt,
      batchId: observations.batchId,
      fileName: importBatches.fileName,
      createdBy: importBatches.createdBy,
      batchStatus: importBatches.status,
    })
    .from(observations)
    .innerJoin(editions, eq(editions.id, observations.editionId))
    .leftJoin(importBatches, eq(importBatches.id, observations.batchId))
    .where(
      and(
        eq(observations.indicatorCode, cell.indicator),
        eq(observations.regionCode, cell.region),
        eq(observations.periodType, cell.periodType as CellKey['periodType']),
        eq(observations.periodStart, cell.periodStart),
      ),
    )
    .orderBy(asc(editions.releasedOn), asc(observations.id));
  return rows.map((r) => ({
    ...r,
    current: r.supersededAt === null,
    createdAt: iso(r.createdAt) as string,
    supersededAt: iso(r.supersededAt),
  }));
}

const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
