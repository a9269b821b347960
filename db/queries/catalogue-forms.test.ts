import { afterAll, beforeAll, expect, it } from 'vitest';
import { annotationFormSchema, editionUpdateSchema, programFormSchema, targetFormSchema } from '@/lib/api/admin-schemas';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createIndicator, createRegionTree } from '../test/factories';
import { listAnnotations } from './annotations';
import { listAudit } from './audit';
import {
  createAnnotation,
  createTarget,
  deleteAnnotation,
  deleteTarget,
  listCatalogueAnnotations,
  listCataloguePrograms,
  listCatalogueTargets,
  saveProgram,
} from './catalogue-admin';
import { NotFoundError } from './errors';
import { listEditions, updateEdition } from './imports';
import { listTargets } from './targets';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await createRegionTree(db.db, { regency: '99.01', districts: ['Alpha'] });
  await createIndicator(db.db, { code: 'krs_families' });
  await createIndicator(db.db, { code: 'krs_unsafe_water' });
  await createIndicator(db.db, { code: 'households_safe_water', domain: 'intervention', unit: 'households' });
});
afterAll(() => db.close());

const lastAudit = async () => (await listAudit(db.db))[0];

it("corrects an edition's name, release date and official flag, audited with before and after", async () => {
  const id = await createEdition(db.db, { source: 'src_test', code: 'PK24', releasedOn: '2024-12-31' });
  const saved = await updateEdition(
    db.db,
    id,
    editionUpdateSchema.parse({
      name: 'PK 2024 (final)',
      nameEn: ' PK 2024 (final, English) ',
      releasedOn: '2025-02-01',
      isOfficial: true,
    }),
    'ed@test',
  );
  expect(saved).toMatchObject({ code: 'PK24', name: 'PK 2024 (final)', nameEn: 'PK 2024 (final, English)', isOfficial: true });
  // An emptied English name means none: the edition's name then serves both languages.
  expect(editionUpdateSchema.parse({ ...saved, nameEn: '' }).nameEn).toBeNull();
  expect((await listEditions(db.db)).find((e) => e.id === id)).toMatchObject({ releasedOn: '2025-02-01', isOfficial: true });
  expect(await lastAudit()).toMatchObject({
    action: 'edition.update',
    entityId: 'src_test/PK24',
    detail: {
      before: { isOfficial: false, releasedOn: '2024-12-31', nameEn: null },
      after: { isOfficial: true, nameEn: 'PK 2024 (final, English)' },
    },
  });
  await expect(updateEdition(db.db, 99999, saved, 'ed@test')).rejects.toBeInstanceOf(NotFoundError);
});

it('adds a target that the public views read at once, and deletes it, both audited', async () => {
  const form = targetFormSchema.parse({
    indicator: 'krs_families',
    region: '',
    period: '2029',
    value: '1200',
    legalBasis: 'Perwal 1/2026',
  });
  expect(form.region).toBeNull();
  const target = await createTarget(db.db, form, 'admin@test');
  expect(await listTargets(db.db, { indicator: 'krs_families', region: '99.01.01' })).toEqual([
    expect.objectContaining({ period: '2029', periodStart: '2029-01-01', value: 1200, region: null }),
  ]);
  expect(await listCatalogueTargets(db.db)).toEqual([{ ...form, id: target.id }]);
  expect((await lastAudit())?.action).toBe('catalogue.target.created');
  await deleteTarget(db.db, target.id, 'admin@test');
  expect(await listTargets(db.db, { indicator: 'krs_families', region: '99.01.01' })).toEqual([]);
  expect(await lastAudit()).toMatchObject({ action: 'catalogue.target.deleted', detail: { before: { value: 1200 } } });
  await expect(deleteTarget(db.db, target.id, 'admin@test')).rejects.toBeInstanceOf(NotFoundError);
});

it('refuses a target for an unknown region or indicator, writing nothing', async () => {
  const form = targetFormSchema.parse({
    indicator: 'krs_families',
    region: '99.01.77',
    period: '2029',
    value: 1,
    legalBasis: 'x y',
  });
  await expect(createTarget(db.db, form, 'admin@test')).rejects.toMatchObject({ entity: 'region', code: '99.01.77' });
  await expect(createTarget(db.db, { ...form, region: null, indicator: 'nope' }, 'a')).rejects.toMatchObject({
    entity: 'indicator',
  });
  expect(await listCatalogueTargets(db.db)).toEqual([]);
  expect(targetFormSchema.safeParse({ ...form, period: '2029-13' }).success).toBe(false);
  expect(targetFormSchema.safeParse({ ...form, value: -1 }).success).toBe(false);
});

it("adds an annotation shown on the region's charts, then deletes it", async () => {
  const form = annotationFormSchema.parse({
    date: '2026-03-02',
    kind: 'meeting',
    titleId: 'Rembuk stunting',
    titleEn: 'Stunting consultation',
    region: '99.01',
    indicator: 'krs_families',
  });
  expect(form).toMatchObject({ bodyId: '', bodyEn: '' });
  const created = await createAnnotation(db.db, form, 'admin@test');
  const shown = await listAnnotations(db.db, { region: '99.01.01', indicator: 'krs_families' });
  expect(shown).toEqual([
    { date: '2026-03-02', kind: 'meeting', title: { id: 'Rembuk stunting', en: 'Stunting consultation' }, body: null },
  ]);
  expect(await listAnnotations(db.db, { region: '99.01.01', indicator: 'krs_unsafe_water' })).toEqual([]);
  expect((await listCatalogueAnnotations(db.db))[0]).toEqual({ ...form, id: created.id });
  await deleteAnnotation(db.db, created.id, 'admin@test');
  expect(await listAnnotations(db.db, { region: '99.01.01' })).toEqual([]);
  expect((await lastAudit())?.action).toBe('catalogue.annotation.deleted');
  expect(annotationFormSchema.safeParse({ ...form, bodyId: 'hanya satu bahasa' }).success).toBe(false);
});

it('creates a programme and corrects it, linked to its indicators', async () => {
  const form = programFormSchema.parse({
    code: 'air_bersih',
    nameId: 'Air bersih',
    nameEn: 'Clean water',
    descriptionId: 'Sambungan air minum layak',
    descriptionEn: 'Safe drinking water connections',
    riskFactorIndicator: 'krs_unsafe_water',
    outputIndicator: '',
  });
  expect(await saveProgram(db.db, form, 'admin@test')).toBe('created');
  expect(await saveProgram(db.db, { ...form, outputIndicator: 'households_safe_water' }, 'admin@test')).toBe('updated');
  expect(await listCataloguePrograms(db.db)).toEqual([{ ...form, outputIndicator: 'households_safe_water' }]);
  expect(await lastAudit()).toMatchObject({
    action: 'catalogue.program.updated',
    detail: { before: { outputIndicatorCode: null }, after: { outputIndicatorCode: 'households_safe_water' } },
  });
  await expect(saveProgram(db.db, { ...form, code: 'lain', outputIndicator: 'nope' }, 'a')).rejects.toBeInstanceOf(NotFoundError);
  expect((await listCataloguePrograms(db.db)).map((p) => p.code)).toEqual(['air_bersih']);
});
