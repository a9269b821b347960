import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import type { AnnotationForm, IndicatorForm, ProgramForm, TargetForm } from '@/lib/api/admin-schemas';
import { formatPeriod, parsePeriod } from '@/lib/period';
import type { Db } from '../client';
import { annotations, indicators, programs, regions, targets } from '../schema';
import { recordAudit } from './audit';
import { NotFoundError } from './errors';
import { indicatorColumns } from './indicators';

// Catalogue changes by admins: an indicator is created, or its names, unit, polarity and
// public flag are corrected. The code is the key the API uses and never changes.

export async function listCatalogueIndicators(db: Db): Promise<(IndicatorForm & { sortOrder: number })[]> {
  return db
    .select({
      ...indicatorColumns,
      isPublic: indicators.isPublic,
      sortOrder: indicators.sortOrder,
    })
    .from(indicators)
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
}

export async function saveIndicator(db: Db, input: IndicatorForm, actor: string): Promise<'created' | 'updated'> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(indicators).where(eq(indicators.code, input.code));
    const { code, ...fields } = input;
    if (before) await tx.update(indicators).set(fields).where(eq(indicators.code, code));
    else await tx.insert(indicators).values({ ...input, sortOrder: 1000 });
    const change = before ? 'updated' : 'created';
    await recordAudit(tx, {
      actor,
      action: `catalogue.indicator.${change}`,
      entity: 'indicator',
      entityId: code,
      detail: before ? { before: { ...before }, after: fields } : fields,
    });
    return change;
  });
}

/** Indicator and region codes given in a form must exist: a clear 404 instead of a foreign-key error. */
async function requireCodes(db: Db, codes: { indicator?: string | null; region?: string | null }): Promise<void> {
  for (const [entity, code, table] of [
    ['indicator', codes.indicator, indicators],
    ['region', codes.region, regions],
  ] as const) {
    if (!code) continue;
    const [row] = await db.select({ code: table.code }).from(table).where(eq(table.code, code));
    if (!row) throw new NotFoundError(entity, code, entity);
  }
}

export type CatalogueTargetDto = TargetForm & { id: number };

export async function listCatalogueTargets(db: Db): Promise<CatalogueTargetDto[]> {
  const rows = await db.select().from(targets).orderBy(asc(targets.indicatorCode), asc(targets.periodStart), asc(targets.id));
  return rows.map((t) => ({
    id: t.id,
    indicator: t.indicatorCode,
    region: t.regionCode,
    period: formatPeriod(t),
    value: t.value,
    legalBasis: t.legalBasis,
  }));
}

export async function createTarget(db: Db, input: TargetForm, actor: string): Promise<CatalogueTargetDto> {
  return db.transaction(async (tx) => {
    await requireCodes(tx, input);
    const [row] = await tx
      .insert(targets)
      .values({
        indicatorCode: input.indicator,
        regionCode: input.region,
        ...parsePeriod(input.period),
        value: input.value,
        legalBasis: input.legalBasis,
      })
      .returning({ id: targets.id });
    const id = (row as { id: number }).id;
    await recordAudit(tx, { actor, action: 'catalogue.target.created', entity: 'target', entityId: String(id), detail: input });
    return { id, ...input };
  });
}

/** Deletes one target or event by id; the audit log keeps the whole row that was removed. */
async function deleteRow(
  db: Db,
  table: typeof targets | typeof annotations,
  entity: 'target' | 'annotation',
  id: number,
  actor: string,
) {
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(table).where(eq(table.id, id)).returning();
    if (!before) throw new NotFoundError(entity, String(id), 'id');
    await recordAudit(tx, { actor, action: `catalogue.${entity}.deleted`, entity, entityId: String(id), detail: { before } });
  });
}

export const deleteTarget = (db: Db, id: number, actor: string) => deleteRow(db, targets, 'target', id, actor);

export type CatalogueAnnotationDto = AnnotationForm & { id: number };

export async function listCatalogueAnnotations(db: Db): Promise<CatalogueAnnotationDto[]> {
  const rows = await db.select().from(annotations).orderBy(desc(annotations.date), desc(annotations.id));
  return rows.map((a) => ({
    id: a.id,
    date: a.date,
    kind: a.kind,
    titleId: a.titleId,
    titleEn: a.titleEn,
    bodyId: a.bodyId ?? '',
    bodyEn: a.bodyEn ?? '',
    region: a.regionCode,
    indicator: a.indicatorCode,
  }));
}

export async function createAnnotation(db: Db, input: AnnotationForm, actor: string): Promise<CatalogueAnnotationDto> {
  return db.transaction(async (tx) => {
    await requireCodes(tx, input);
    const { region, indicator, bodyId, bodyEn, ...fields } = input;
    const [row] = await tx
      .insert(annotations)
      .values({ ...fields, regionCode: region, indicatorCode: indicator, bodyId: bodyId || null, bodyEn: bodyEn || null })
      .returning({ id: annotations.id });
    const id = (row as { id: number }).id;
    await recordAudit(tx, {
      actor,
      action: 'catalogue.annotation.created',
      entity: 'annotation',
      entityId: String(id),
      detail: input,
    });
    return { id, ...input };
  });
}

export const deleteAnnotation = (db: Db, id: number, actor: string) => deleteRow(db, annotations, 'annotation', id, actor);

export async function listCataloguePrograms(db: Db): Promise<ProgramForm[]> {
  return db
    .select({
      code: programs.code,
      nameId: programs.nameId,
      nameEn: programs.nameEn,
      descriptionId: programs.descriptionId,
      descriptionEn: programs.descriptionEn,
      riskFactorIndicator: programs.riskFactorIndicatorCode,
      outputIndicator: programs.outputIndicatorCode,
    })
    .from(programs)
    .orderBy(asc(programs.code));
}

/** Creates a programme or corrects one; the code is the key and never changes. */
export async function saveProgram(db: Db, input: ProgramForm, actor: string): Promise<'created' | 'updated'> {
  return db.transaction(async (tx) => {
    await requireCodes(tx, { indicator: input.riskFactorIndicator });
    await requireCodes(tx, { indicator: input.outputIndicator });
    const { code, riskFactorIndicator, outputIndicator, ...names } = input;
    const fields = { ...names, riskFactorIndicatorCode: riskFactorIndicator, outputIndicatorCode: outputIndicator };
    const [before] = await tx.select().from(programs).where(eq(programs.code, code));
    if (before) await tx.update(programs).set(fields).where(eq(programs.code, code));
    else await tx.insert(programs).values({ code, ...fields });
    const change = before ? 'updated' : 'created';
    await recordAudit(tx, {
      actor,
      action: `catalogue.program.${change}`,
      entity: 'program',
      entityId: code,
      detail: before ? { before: { ...before }, after: fields } : { code, ...fields },
    });
    return change;
  });
}

/** Every region of the database, for the region choice of the target and annotation forms. */
export async function listRegionChoices(db: Db): Promise<{ code: string; name: string }[]> {
  return db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.code));
}
