import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDataChange } from '../change-events';
import { auditLog } from '../schema';
import { createTestDb, type TestDb } from '../test/db';
import { getDataVersion, pruneSignIns, recordAudit } from './audit';

// The data version moves with every audited change except sign-ins, and changes in this
// process announce themselves (the public cache listens).

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.close());

describe('data version', () => {
  it('moves with a data change, not with a sign-in', async () => {
    const announced: number[] = [];
    const stop = onDataChange(() => announced.push(1));
    try {
      const before = await getDataVersion(db.db);
      await recordAudit(db.db, { actor: 'a@example.org', action: 'auth.sign_in', entity: 'session' });
      expect(await getDataVersion(db.db)).toBe(before);
      expect(announced).toHaveLength(0);

      await recordAudit(db.db, { actor: 'a@example.org', action: 'edition.updated', entity: 'edition', entityId: '1' });
      const after = await getDataVersion(db.db);
      expect(after).not.toBe(before);
      expect(Number(after)).toBeGreaterThan(Number(before));
      expect(announced).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it('does not move when the change is rolled back', async () => {
    const before = await getDataVersion(db.db);
    await expect(
      db.db.transaction(async (tx) => {
        await recordAudit(tx, { actor: 'a@example.org', action: 'import.committed', entity: 'import_batch', entityId: '9' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await getDataVersion(db.db)).toBe(before);
  });
});

describe('sign-in retention', () => {
  it('deletes sign-in lines older than a year and nothing else', async () => {
    const now = new Date('2026-11-28T00:00:00Z');
    const old = '2025-11-01T00:00:00Z';
    const recent = '2026-06-01T00:00:00Z';
    await db.db.insert(auditLog).values([
      { actor: 'old@example.org', action: 'auth.sign_in', entity: 'session', at: old },
      { actor: 'recent@example.org', action: 'auth.sign_in', entity: 'session', at: recent },
      // A data change as old as the expired sign-in: it explains a figure and stays.
      { actor: 'old@example.org', action: 'import.committed', entity: 'import_batch', entityId: '1', at: old },
    ]);
    const versionBefore = await getDataVersion(db.db);
    expect(await pruneSignIns(db.db, now)).toBe(1);
    const actors = await db.db
      .select({ actor: auditLog.actor, action: auditLog.action })
      .from(auditLog)
      .where(inArray(auditLog.actor, ['old@example.org', 'recent@example.org']));
    expect(actors).toEqual(
      expect.arrayContaining([
        { actor: 'recent@example.org', action: 'auth.sign_in' },
        { actor: 'old@example.org', action: 'import.committed' },
      ]),
    );
    expect(actors).toHaveLength(2);
    expect(await getDataVersion(db.db)).toBe(versionBefore);
    expect(await pruneSignIns(db.db, now)).toBe(0);
  });
});
