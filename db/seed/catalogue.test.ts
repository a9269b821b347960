import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSources, indicators, programs } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { ensureCatalogue } from './catalogue';

// The indicator codes design.md promises to the API; written out here, not derived from the catalogue.
const CORE_CODES = [
  'krs_families',
  'target_families',
  'krs_unsafe_water',
  'krs_unsafe_toilet',
  'krs_4t_too_young',
  'krs_4t_too_old',
  'krs_4t_too_close',
  'krs_4t_too_many',
  'stunting_prevalence',
  'stunted_children',
  'households_safe_water',
  'households_safe_toilet',
  'phbs_households',
  'nutrition_education_participants',
  'bimwin_participants',
  'genting_families_aided',
  'aid_value_idr',
];

describe('ensureCatalogue', () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb();
    await ensureCatalogue(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('holds every core indicator code of the design, public and named in both languages', async () => {
    const rows = await t.db.select().from(indicators);
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(CORE_CODES));
    for (const row of rows) {
      expect(row.isPublic).toBe(true);
      expect(row.nameId && row.nameEn && row.descriptionId && row.descriptionEn).toBeTruthy();
    }
  });

  it('labels the KRS rate against target families and the risk-factor rates against KRS', async () => {
    const rows = await t.db.select().from(indicators);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('krs_families')).toMatchObject({
      unit: 'families',
      polarity: 'lower_is_better',
      domain: 'family_risk',
      rateLabelId: '% dari keluarga sasaran',
    });
    expect(byCode.get('stunting_prevalence')).toMatchObject({ unit: 'percent', aggregation: 'ratio', domain: 'outcome' });
    for (const code of CORE_CODES.filter((c) => c.startsWith('krs_') && c !== 'krs_families')) {
      expect(byCode.get(code)).toMatchObject({ domain: 'risk_factor', rateLabelEn: '% of families at risk' });
    }
  });

  it('has the five sources and links programmes to their risk factor and output', async () => {
    const sources = await t.db.select({ code: dataSources.code, family: dataSources.family }).from(dataSources);
    expect(Object.fromEntries(sources.map((s) => [s.code, s.family]))).toEqual({
      ssgi: 'survey',
      eppgbm: 'eppgbm',
      bkkbn_pk: 'family_data',
      opd: 'opd',
      manual: 'manual',
    });
    const rows = await t.db.select().from(programs);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('bimwin')).toMatchObject({
      riskFactorIndicatorCode: 'krs_4t_too_young',
      outputIndicatorCode: 'bimwin_participants',
    });
    expect(byCode.get('genting')).toMatchObject({ outputIndicatorCode: 'genting_families_aided' });
    expect([...byCode.keys()].sort()).toEqual(['bimwin', 'clean_water', 'genting', 'nutrition_education', 'phbs', 'sanitation']);
  });

  it('is idempotent and keeps edits made after the first run', async () => {
    const before = await t.db.select().from(indicators);
    await t.db.update(indicators).set({ nameEn: 'Edited by the team' }).where(eq(indicators.code, 'krs_families'));
    await ensureCatalogue(t.db);
    const after = await t.db.select().from(indicators);
    expect(after).toHaveLength(before.length);
    expect(after.find((r) => r.code === 'krs_families')?.nameEn).toBe('Edited by the team');
  });
});
