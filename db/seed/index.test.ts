import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observations, regions } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { initializeDatabase } from './index';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe(`initializeDatabase (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('loads a region without demo data, then the demo city, and is idempotent when run concurrently', async () => {
    await initializeDatabase(t.db, { regionCode: '36.04' });
    const [other] = await t.db.select({ n: count() }).from(regions).where(eq(regions.parentCode, '36.04'));
    expect(other?.n).toBe(29);
    expect((await t.db.select({ n: count() }).from(observations))[0]?.n).toBe(0);

    // Two starts at once (two servers on one PostgreSQL) must not double the data.
    await Promise.all([initializeDatabase(t.db, { regionCode: '36.73' }), initializeDatabase(t.db, { regionCode: '36.73' })]);
    const [first] = await t.db.select({ n: count() }).from(observations);
    await initializeDatabase(t.db, { regionCode: '36.73' });
    const [second] = await t.db.select({ n: count() }).from(observations);
    expect(first?.n).toBeGreaterThan(1000);
    expect(second?.n).toBe(first?.n);
  });
});
