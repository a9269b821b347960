import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { regionBoundaries } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { createBoundary, createRegionTree } from '../test/factories';
import { listAudit } from './audit';
import { listRegionsOfLevel, saveImportedBoundaries } from './boundaries';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await createRegionTree(db.db, { regency: '99.01', districts: ['Alpha', 'Beta'] });
  await createBoundary(db.db, '99.01.01', 'approximate');
});
afterAll(() => db.close());

const polygon = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x, 1],
      [x, 0],
    ],
  ],
});

it('saves imported boundaries beside the approximate ones; a newer file replaces the previous import', async () => {
  expect((await listRegionsOfLevel(db.db, '99.01', 'district')).map((r) => r.code)).toEqual(['99.01.01', '99.01.02']);
  await saveImportedBoundaries(db.db, {
    rows: [{ code: '99.01.01', geometry: polygon(5) }],
    source: 'big-2023.geojson',
    property: 'KDCPUM',
    actor: 'editor@test',
  });
  await saveImportedBoundaries(db.db, {
    rows: [{ code: '99.01.01', geometry: polygon(7) }],
    source: 'big-2024.geojson',
    property: 'KDCPUM',
    actor: 'editor@test',
  });
  const rows = await db.db
    .select({ provenance: regionBoundaries.provenance, source: regionBoundaries.source, geometry: regionBoundaries.geometry })
    .from(regionBoundaries)
    .where(eq(regionBoundaries.regionCode, '99.01.01'))
    .orderBy(regionBoundaries.provenance);
  expect(rows.map((r) => [r.provenance, r.source])).toEqual([
    ['approximate', 'approximate'],
    ['imported', 'big-2024.geojson'],
  ]);
  expect(rows[1]?.geometry).toEqual(polygon(7));
  expect((await listAudit(db.db)).filter((a) => a.action === 'boundaries.import')).toHaveLength(2);
});
