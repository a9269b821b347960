import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../test/db';
import { createEdition, createIndicator, createObservation, createRegionTree } from '../test/factories';
import { createActivity, createProgram, createVillage } from '../test/factories-interventions';
import { listActivities } from './activities';
import { getCoverage, getFactorChange } from './coverage';
import { NotFoundError } from './errors';

// Coverage, factor change and activity aggregates on a tiny region: two kecamatan, four
// kelurahan, one of them with activities but no KRS figure, one with zero KRS.

describe('interventions queries', () => {
  let t: TestDb;
  const ALPHA = '99.01.01';
  const BETA = '99.01.02';
  const A1 = `${ALPHA}.1001`;
  const A2 = `${ALPHA}.1002`;
  const A3 = `${ALPHA}.1003`;
  const B1 = `${BETA}.1001`;

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    await createRegionTree(db, { districts: ['Alpha', 'Beta'] });
    for (const code of [A1, A2, A3, B1]) await createVillage(db, code);
    await createIndicator(db, { code: 'krs_families' });
    await createIndicator(db, { code: 'krs_unsafe_water', domain: 'risk_factor' });
    await createProgram(db, 'water', 'krs_unsafe_water');
    await createProgram(db, 'aid');
    const e1 = await createEdition(db, { source: 'bkkbn_pk', code: 'E1', releasedOn: '2024-01-31' });
    const e2 = await createEdition(db, { source: 'bkkbn_pk', code: 'E2', releasedOn: '2025-01-31' });
    const krs = (regionCode: string, editionId: number, value: number, periodStart: string) =>
      createObservation(db, { indicatorCode: 'krs_families', regionCode, editionId, value, periodStart, origin: 'illustrative' });
    await krs(A1, e1, 120, '2023-01-01');
    await krs(A1, e2, 100, '2024-01-01');
    await krs(A2, e2, 40, '2024-01-01');
    await krs(B1, e2, 0, '2024-01-01');
    const water = (regionCode: string, editionId: number, value: number, periodStart: string) =>
      createObservation(db, { indicatorCode: 'krs_unsafe_water', regionCode, editionId, value, periodStart });
    await water(ALPHA, e1, 50, '2023-01-01');
    await water(ALPHA, e2, 30, '2024-01-01');

    await createActivity(db, { programCode: 'water', regionCode: A1, date: '2024-06-10', familiesReached: 7 });
    await createActivity(db, { programCode: 'water', regionCode: A3, date: '2024-02-01', familiesReached: 13 });
    await createActivity(db, { programCode: 'water', regionCode: B1, date: '2024-03-01', familiesReached: 4 });
    // After the second edition's release: outside the factor window.
    await createActivity(db, { programCode: 'water', regionCode: A1, date: '2025-03-01', familiesReached: 30 });
    await createActivity(db, {
      programCode: 'aid',
      regionCode: A1,
      date: '2025-10-28',
      familiesReached: 6,
      valueIdr: 600_000,
      aidType: 'beras',
      donorType: 'individual',
      donorName: 'Ibu Siti',
    });
    await createActivity(db, {
      programCode: 'aid',
      regionCode: A1,
      date: '2025-10-28',
      familiesReached: 4,
      valueIdr: 400_000,
      aidType: 'beras',
      donorType: 'individual',
      donorName: 'Bapak Ahmad',
    });
    await createActivity(db, {
      programCode: 'aid',
      regionCode: A1,
      date: '2025-10-28',
      familiesReached: 3,
      valueIdr: 250_000,
      aidType: 'sembako',
      donorType: 'baznas',
      donorName: 'Baznas',
    });
    // Households in general, not families at risk: not counted in coverage.
    await createActivity(db, {
      programCode: 'aid',
      regionCode: A1,
      date: '2025-05-01',
      recipientType: 'household',
      familiesReached: 99,
    });
    await createActivity(db, { programCode: 'aid', regionCode: A2, date: '2025-07-01', familiesReached: 50 });
    await createActivity(db, { programCode: 'aid', regionCode: A3, date: '2025-07-01', familiesReached: 20 });
    await createActivity(db, { programCode: 'aid', regionCode: B1, date: '2025-07-01', familiesReached: 5 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('computes coverage and gap per kelurahan against the latest KRS edition released before the period ended', async () => {
    const result = await getCoverage(t.db, { region: '99.01', period: '2025' });
    expect(result.period).toBe('2025');
    expect(result.krsEdition?.edition).toBe('E2');
    expect(result.krsPeriod).toBe('2024');
    const byCode = Object.fromEntries(result.data.map((r) => [r.code, r]));
    expect(result.data.map((r) => r.code)).toEqual([A1, A2, A3, B1]);
    expect(byCode[A1]).toMatchObject({ krs: 100, reached: 43, coverage: 43, gap: 57, districtCode: ALPHA });
    // More reached than KRS (families counted twice): the gap stops at zero.
    expect(byCode[A2]).toMatchObject({ krs: 40, reached: 50, coverage: 125, gap: 0 });
  });

  it('shows a kelurahan with activities but no KRS figure as no data, and never divides by zero KRS', async () => {
    const result = await getCoverage(t.db, { region: '99.01', period: 'latest' });
    expect(result.period).toBe('2025');
    const byCode = Object.fromEntries(result.data.map((r) => [r.code, r]));
    expect(byCode[A3]).toEqual({
      code: A3,
      name: `Kelurahan ${A3}`,
      districtCode: ALPHA,
      krs: null,
      reached: 20,
      coverage: null,
      gap: null,
      krsOrigin: null,
    });
    expect(byCode[B1]).toMatchObject({ krs: 0, reached: 5, coverage: null, gap: 0 });
    expect(result.data.every((r) => r.coverage === null || Number.isFinite(r.coverage))).toBe(true);
  });

  it('uses the KRS known at the time for an earlier period, and limits to one kecamatan', async () => {
    const result = await getCoverage(t.db, { region: ALPHA, period: '2024' });
    expect(result.krsEdition?.edition).toBe('E1');
    expect(result.data.map((r) => r.code)).toEqual([A1, A2, A3]);
    expect(result.data[0]).toMatchObject({ krs: 120, reached: 7 });
    expect(result.data[1]).toMatchObject({ krs: null, reached: 0, coverage: null });
  });

  it('sets the factor change between editions against the families reached by the programme in between', async () => {
    const result = await getFactorChange(t.db, { region: '99.01', factor: 'krs_unsafe_water' });
    expect(result.programs).toEqual(['water']);
    expect(result.before?.edition).toBe('E1');
    expect(result.after?.edition).toBe('E2');
    expect(result.window).toEqual({ from: '2023-01-01', to: '2025-01-31' });
    const [alpha, beta] = result.data;
    expect(alpha).toMatchObject({ code: ALPHA, reached: 20, before: 50, after: 30, change: -20, changePct: -40, intensity: 40 });
    // Activities but no factor figure: no data, not zero.
    expect(beta).toMatchObject({
      code: BETA,
      reached: 4,
      before: null,
      after: null,
      change: null,
      changePct: null,
      intensity: null,
    });
  });

  it('answers a factor without a programme, or a region without editions, with nulls rather than errors', async () => {
    const none = await getFactorChange(t.db, { region: ALPHA, factor: 'krs_unsafe_water' });
    expect(none.before).toBeNull();
    expect(none.window).toBeNull();
    expect(none.data.every((r) => r.change === null && r.reached === 0)).toBe(true);
    await expect(getFactorChange(t.db, { region: '99.01', factor: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('sums activities per month, place and donor, naming no private individual', async () => {
    const result = await listActivities(t.db, { region: '99.01', program: 'aid', from: '2025-10', to: '2025-10' });
    expect(result.data).toHaveLength(2);
    const individual = result.data.find((r) => r.donorType === 'individual');
    expect(individual).toMatchObject({
      donor: 'Perorangan',
      activities: 2,
      familiesReached: 10,
      valueIdr: 1_000_000,
      month: '2025-10',
      regionCode: A1,
      districtCode: ALPHA,
    });
    expect(JSON.stringify(result)).not.toMatch(/Siti|Ahmad/);
    expect(result.dataPer).toBe('2025-10-28');
    const all = await listActivities(t.db, { region: BETA });
    expect(all.data.map((r) => [r.program, r.familiesReached])).toEqual([
      ['water', 4],
      ['aid', 5],
    ]);
    await expect(listActivities(t.db, { region: '99.01', program: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
