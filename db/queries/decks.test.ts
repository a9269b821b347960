import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDeckConfig } from '@/lib/deck/model';
import { auditLog, decks } from '../schema';
import { initializeDatabase } from '../seed';
import { createTestDb, type TestDb } from '../test/db';
import { buildDeckSnapshot, createDeck, DeckConflictError, getPreviousDeck, loadDeckView } from './decks';

// The deck's snapshot from the demo city through the real DAL, and saved decks: one per
// meeting date, never overwritten, and "the previous meeting" by date.

const CITY = '36.73';
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await initializeDatabase(t.db, { regionCode: CITY });
});
afterAll(async () => t?.close());

describe('buildDeckSnapshot', () => {
  it('freezes the KRS trend, the kecamatan ranked highest first with their kelurahan, and the focus list', async () => {
    const snapshot = await buildDeckSnapshot(t.db, CITY);
    expect(snapshot.krs.points.map((p) => p.value)).toEqual([23711, 18421, 15960]);
    expect(snapshot.krs.edition?.edition).toBe('PK24');
    const districts = snapshot.districts.items;
    expect(districts).toHaveLength(6);
    expect(districts[0]?.name).toBe('Kasemen');
    const values = districts.map((d) => d.value ?? 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(districts[0]?.path).toMatch(/^M[\d.]+ [\d.]+L/);
    expect(districts[0]?.villages.every((v) => v.code.startsWith('36.73.02.'))).toBe(true);
    expect(snapshot.districts.illustrative).toBe(true);
    expect(snapshot.focus.items).toHaveLength(20);
    expect(snapshot.factors.items.length).toBeGreaterThanOrEqual(6);
    expect(snapshot.targets.status).not.toBe('no_target');
  });
});

describe('saved decks', () => {
  const form = (meetingDate: string) => ({ meetingDate, title: `Rapat ${meetingDate}`, config: defaultDeckConfig });

  it('saves one deck per meeting date and refuses a second, leaving the first as it was', async () => {
    const first = await createDeck(t.db, CITY, form('2026-02-10'), 'editor@test');
    expect(first.meetingDate).toBe('2026-02-10');
    await expect(createDeck(t.db, CITY, { ...form('2026-02-10'), title: 'Lain' }, 'editor@test')).rejects.toBeInstanceOf(
      DeckConflictError,
    );
    const [{ n } = { n: 0 }] = await t.db.select({ n: count() }).from(decks);
    expect(n).toBe(1);
    const audit = await t.db.select({ action: auditLog.action }).from(auditLog);
    expect(audit.filter((a) => a.action === 'deck.create')).toHaveLength(1);
  });

  it('compares a meeting with the last one saved before it, and the live deck with the latest', async () => {
    await createDeck(t.db, CITY, form('2026-05-12'), 'editor@test');
    expect((await getPreviousDeck(t.db, CITY, '2026-05-12'))?.meetingDate).toBe('2026-02-10');
    expect(await getPreviousDeck(t.db, CITY, '2026-02-10')).toBeNull();
    const live = await loadDeckView(t.db, CITY, null);
    expect(live?.saved).toBeNull();
    expect(live?.previous?.meetingDate).toBe('2026-05-12');
    const saved = await loadDeckView(t.db, CITY, '2026-05-12');
    expect(saved?.saved?.title).toBe('Rapat 2026-05-12');
    expect(saved?.snapshot.krs.points.at(-1)?.value).toBe(15960);
    expect(await loadDeckView(t.db, CITY, '2030-01-01')).toBeNull();
  });
});
