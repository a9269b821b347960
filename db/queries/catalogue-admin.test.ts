import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../test/db';
import { listAudit } from './audit';
import { listCatalogueIndicators, saveIndicator } from './catalogue-admin';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.close());

const form = {
  code: 'households_piped_water',
  nameId: 'Rumah tangga dengan air perpipaan',
  nameEn: 'Households with piped water',
  descriptionId: 'Jumlah rumah tangga yang tersambung PDAM.',
  descriptionEn: 'Households connected to the water utility.',
  unit: 'households' as const,
  polarity: 'higher_is_better' as const,
  domain: 'intervention' as const,
  aggregation: 'sum' as const,
  isPublic: false,
};

it('creates an indicator, then corrects it, each change in the audit log with before and after', async () => {
  expect(await saveIndicator(db.db, form, 'admin@test')).toBe('created');
  expect(await saveIndicator(db.db, { ...form, isPublic: true, nameEn: 'Households on piped water' }, 'admin@test')).toBe(
    'updated',
  );
  const saved = (await listCatalogueIndicators(db.db)).find((i) => i.code === form.code);
  expect(saved).toMatchObject({ isPublic: true, nameEn: 'Households on piped water', unit: 'households' });
  const audit = await listAudit(db.db);
  expect(audit.map((a) => a.action).slice(0, 2)).toEqual(['catalogue.indicator.updated', 'catalogue.indicator.created']);
  expect(audit[0]?.detail).toMatchObject({ before: { isPublic: false }, after: { isPublic: true } });
});
