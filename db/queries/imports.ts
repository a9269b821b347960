import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { ActivityCell, ImportCell, ImportRegion } from '@/lib/import/validate';
import type { Db } from '../client';
import {
  activities,
  dataSources,
  editions,
  importBatches,
  importMappings,
  indicators,
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

export type CellKey = Pick<ImportCell, 'indicatorCode' | 'regionCode' | 'periodType' | 'periodStart'>;
export const keyOf = (c: CellKey) => `${c.indicatorCode}|${c.regionCode}|${c.periodType}|${c.periodStart}`;

export type CurrentRow = CellKey & {
  id: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  coverage: number | null;
  origin: string;
  isDerived: boolean;
};

/** Current rows of one edition for the given indicators and regions. */
export async function currentRows(db: Db, editionId: number, indicatorCodes: string[], regionCodes: string[]) {
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

/** Seconds spent in each phase of a commit (diff, write, roll-up), for the benchmark. */
export type PhaseTimer = (phase: string, seconds: number) => void;

/** From this many cells on, the commit's joins run as hash joins over whole tables, not index probes per row. */
const HASH_JOIN_CELLS = 5000;
/** Cells per statement when staging: one JSON parameter of a few MB. */
const STAGE_CHUNK = 25_000;

/**
 * Writes the cells into the edition in one transaction: a changed value supersedes the
 * current row (kept, linked to its successor); then kecamatan, kab/kota and (where every kab/kota
 * is loaded) province totals are rolled up from their children when every child has a value, as
 * derived rows that never replace a published or imported figure. Set-based: the cells go into a
 * temporary table and each step is a few statements over all of them, whatever the file's size.
 */
export async function commitImport(
  db: Db,
  input: {
    editionId: number;
    cells: ImportCell[];
    fileName: string;
    fileHash: string;
    template: string;
    actor: string;
    onPhase?: PhaseTimer;
  },
): Promise<CommitResult> {
  const timer = phaseTimer(input.onPhase);
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
    const bulk = input.cells.length >= HASH_JOIN_CELLS;
    if (bulk) await bulkPlans(tx, true);
    await stageCells(tx, input.cells);
    await tx.execute(sql`drop table if exists pg_temp.import_staged`);
    await tx.execute(sql`
      create temp table import_staged on commit drop as
      select c.indicator_code, c.region_code, c.period_type, c.period_start,
        c.value, c.numerator, c.denominator, c.coverage, o.id as old_id,
        case when o.id is null then 'write'
          when ${sameAs(sql`o`, sql`c`)} then 'same'
          else 'write' end as action
      from import_cells c
      left join observations o on ${currentCellOf(sql`o`, sql`c`, input.editionId)}`);
    const [counts] = rowsOf<{ added: number; changed: number; unchanged: number }>(
      await tx.execute(sql`
        select count(*) filter (where old_id is null)::int as added,
          count(*) filter (where old_id is not null and action = 'write')::int as changed,
          count(*) filter (where action = 'same')::int as unchanged
        from import_staged`),
    );
    Object.assign(result, counts);
    timer('diff');
    await writeStaged(tx, { editionId: input.editionId, batchId, isDerived: false, replacing: result.changed > 0, bulk });
    timer('write');

    const derived = await rollUp(tx, input.editionId, batchId, bulk);
    result.derived = derived.written;
    result.keptPublished = derived.kept;
    timer('roll-up');

    await tx
      .update(importBatches)
      .set({ rowCount: result.added + result.changed + derived.written })
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

/**
 * Per-row index probes win for a few cells; a whole file is faster hashed. The planner's
 * statistics know nothing of the rows this transaction adds to a new edition (it expects one row),
 * so for large batches the joins run hashed and in the order written: left to itself it hashed
 * 800,000 kelurahan rows on a key without the region code, and a roll-up took minutes, not seconds.
 * Off again (the defaults) for updates by id, which want the primary key.
 */
async function bulkPlans(tx: Db, on: boolean) {
  const value = on ? sql.raw('off') : sql.raw('on');
  await tx.execute(sql`set local enable_nestloop = ${value}`);
  await tx.execute(sql`set local enable_mergejoin = ${value}`);
  await tx.execute(sql`set local enable_sort = ${value}`);
  await tx.execute(sql`set local join_collapse_limit = ${sql.raw(on ? '1' : '8')}`);
}

function phaseTimer(onPhase: PhaseTimer | undefined) {
  let since = performance.now();
  return (phase: string) => {
    const now = performance.now();
    onPhase?.(phase, (now - since) / 1000);
    since = now;
  };
}

/** `db.execute` answers an array on postgres.js and `{ rows }` on PGlite. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** The current row of the edition for the same cell as `cell` (a table alias). */
const currentCellOf = (row: SQL, cell: SQL, editionId: number) => sql`
  ${row}.superseded_at is null and ${row}.edition_id = ${editionId}
  and ${row}.indicator_code = ${cell}.indicator_code and ${row}.region_code = ${cell}.region_code
  and ${row}.period_type = ${cell}.period_type and ${row}.period_start = ${cell}.period_start`;

/** The four values equal, nulls included (what `sameValues` checks in JS). */
const sameAs = (a: SQL, b: SQL) => sql`
  ${a}.value is not distinct from ${b}.value and ${a}.numerator is not distinct from ${b}.numerator
  and ${a}.denominator is not distinct from ${b}.denominator and ${a}.coverage is not distinct from ${b}.coverage`;

/** The file's cells into a temporary table, as JSON (one parameter, the same on postgres.js and PGlite). */
async function stageCells(tx: Db, cells: ImportCell[]) {
  await tx.execute(sql`drop table if exists pg_temp.import_cells`);
  await tx.execute(sql`
    create temp table import_cells (
      indicator_code text not null, region_code text not null, period_type text not null,
      period_start date not null, value double precision, numerator double precision,
      denominator double precision, coverage double precision
    ) on commit drop`);
  for (let i = 0; i < cells.length; i += STAGE_CHUNK) {
    const json = JSON.stringify(
      cells.slice(i, i + STAGE_CHUNK).map((c) => ({
        indicator_code: c.indicatorCode,
        region_code: c.regionCode,
        period_type: c.periodType,
        period_start: c.periodStart,
        value: c.value,
        numerator: c.numerator,
        denominator: c.denominator,
        coverage: c.coverage,
      })),
    );
    await tx.execute(sql`insert into import_cells select * from json_populate_recordset(null::import_cells, ${json}::json)`);
  }
  await tx.execute(sql`analyze import_cells`);
}

/**
 * The rows of import_staged marked 'write' become current: the rows they replace are superseded
 * (kept) first, as the current-cell index demands, then linked to their successors.
 */
async function writeStaged(
  tx: Db,
  options: { editionId: number; batchId: number; isDerived: boolean; replacing: boolean; bulk: boolean },
): Promise<void> {
  if (options.replacing) {
    if (options.bulk) await bulkPlans(tx, false);
    await tx.execute(sql`
      update observations o set superseded_at = now()
      from import_staged s where s.action = 'write' and o.id = s.old_id`);
  }
  // In the order of the cell indexes, so consecutive rows touch neighbouring index pages.
  const insert = sql`
    insert into observations (indicator_code, region_code, period_type, period_start, edition_id,
      value, numerator, denominator, coverage, status, origin, is_derived, batch_id)
    select s.indicator_code, s.region_code, s.period_type, s.period_start, ${options.editionId},
      s.value, s.numerator, s.denominator, s.coverage, 'final', 'imported', ${options.isDerived}, ${options.batchId}
    from import_staged s where s.action = 'write'
    order by s.indicator_code, s.region_code, s.period_type, s.period_start`;
  if (!options.replacing) {
    await tx.execute(insert);
    return;
  }
  await tx.execute(sql`
    with added as (${insert} returning id, indicator_code, region_code, period_type, period_start)
    update observations o set superseded_by_id = a.id
    from added a join import_staged s
      on s.indicator_code = a.indicator_code and s.region_code = a.region_code
      and s.period_type = a.period_type and s.period_start = a.period_start
    where s.action = 'write' and o.id = s.old_id`);
  if (options.bulk) await bulkPlans(tx, true);
}

/**
 * Kecamatan from kelurahan, kab/kota from kecamatan, province from kab/kota, for every indicator
 * and period the file touched; each level goes on only from the parents it wrote. The rules of
 * db/queries/rollups.ts: sums (numerator over denominator for ratios), every child needed.
 */
async function rollUp(tx: Db, editionId: number, batchId: number, bulk: boolean) {
  const counts = { written: 0, kept: 0 };
  const childCounts = await tx
    .select({ code: regions.parentCode, n: count() })
    .from(regions)
    .where(eq(regions.level, 'regency'))
    .groupBy(regions.parentCode);
  const complete = [...(await completeProvinces(new Map(childCounts.map((c) => [c.code ?? '', c.n]))))];
  const provinceAllowed =
    complete.length === 0
      ? sql`p.level <> 'province'`
      : sql`(p.level <> 'province' or p.code in (${sql.join(
          complete.map((c) => sql`${c}`),
          sql`, `,
        )}))`;

  await tx.execute(sql`drop table if exists pg_temp.import_touched`);
  await tx.execute(sql`
    create temp table import_touched on commit drop as
    select distinct indicator_code, period_type, period_start, region_code from import_cells`);
  for (let level = 0; level < rollUpSteps.length; level++) {
    await tx.execute(sql`drop table if exists pg_temp.import_parents`);
    await tx.execute(sql`
      create temp table import_parents on commit drop as
      select distinct t.indicator_code, t.period_type, t.period_start, r.parent_code as region_code
      from import_touched t
      join regions r on r.code = t.region_code
      join regions p on p.code = r.parent_code
      join indicators i on i.code = t.indicator_code
      where ${provinceAllowed}`);
    await tx.execute(sql`analyze import_parents`);
    await tx.execute(sql`drop table if exists pg_temp.import_staged`);
    await tx.execute(sql`
      create temp table import_staged on commit drop as
      with child_counts as (
        select r.parent_code, count(*) as n from regions r
        where r.parent_code in (select region_code from import_parents) group by r.parent_code
      ), totals as (
        select p.indicator_code, p.region_code, p.period_type, p.period_start,
          i.aggregation = 'ratio' or i.unit = 'percent' as is_ratio,
          count(*) as n,
          case when count(o.value) = count(*) then sum(o.value) end as value,
          case when count(o.numerator) = count(*) then sum(o.numerator) end as numerator,
          case when count(o.denominator) = count(*) then sum(o.denominator) end as denominator
        from import_parents p
        join regions r on r.parent_code = p.region_code
        join observations o on o.superseded_at is null and o.edition_id = ${editionId}
          and o.indicator_code = p.indicator_code and o.region_code = r.code
          and o.period_type = p.period_type and o.period_start = p.period_start
        join indicators i on i.code = p.indicator_code
        group by p.indicator_code, p.region_code, p.period_type, p.period_start, i.aggregation, i.unit
      ), combined as (
        select t.indicator_code, t.region_code, t.period_type, t.period_start,
          case when t.is_ratio then t.numerator / t.denominator * 100 else t.value end as value,
          t.numerator, t.denominator, null::double precision as coverage
        from totals t join child_counts c on c.parent_code = t.region_code and c.n = t.n
        where case when t.is_ratio then t.numerator is not null and t.denominator is not null and t.denominator <> 0
          else t.value is not null end
      )
      select c.*, o.id as old_id,
        case when o.id is null then 'write'
          when not o.is_derived and o.origin <> 'illustrative' then 'kept'
          when ${sameAs(sql`o`, sql`c`)} then 'same'
          else 'write' end as action
      from combined c
      left join observations o on ${currentCellOf(sql`o`, sql`c`, editionId)}`);
    const [step] = rowsOf<{ written: number; kept: number; replacing: number }>(
      await tx.execute(sql`
        select count(*) filter (where action = 'write')::int as written,
          count(*) filter (where action = 'kept')::int as kept,
          count(*) filter (where action = 'write' and old_id is not null)::int as replacing
        from import_staged`),
    );
    if (!step) break;
    counts.kept += step.kept;
    if (step.written === 0) break;
    await writeStaged(tx, { editionId, batchId, isDerived: true, replacing: step.replacing > 0, bulk });
    counts.written += step.written;
    await tx.execute(sql`drop table pg_temp.import_touched`);
    await tx.execute(sql`
      create temp table import_touched on commit drop as
      select indicator_code, period_type, period_start, region_code from import_staged where action = 'write'`);
  }
  return counts;
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
