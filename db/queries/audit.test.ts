import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onDataChange } from '../change-events';
import { createTestDb, type TestDb } from '../test/db';
import { getDataVersion, recordAudit } from './audit';

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
