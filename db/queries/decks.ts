import 'server-only';
import { and, asc, desc, eq, lt } from 'drizzle-orm';
import { type DeckConfig, type DeckForm, type DeckSnapshot, deckConfigSchema, defaultDeckConfig } from '@/lib/deck/model';
import { buildSnapshot } from '@/lib/deck/snapshot';
import type { Db } from '../client';
import { decks } from '../schema';
import { recordAudit } from './audit';
import { getBreakdown } from './breakdown';
import { getIndicator } from './indicators';
import { getMap } from './map';
import { getRegion } from './regions';
import { getSeries } from './series';
import { listTargets } from './targets';

// Meeting decks: the live snapshot built from the same DAL functions as the public pages,
// and the decks the coordination team saved per meeting date (numbers frozen as JSON).

export class DeckConflictError extends Error {}

export type SavedDeck = { id: number; meetingDate: string; title: string; config: DeckConfig; snapshot: DeckSnapshot };
export type DeckListItem = { id: number; meetingDate: string; title: string };

/** Every figure the deck shows, read now from the latest editions. */
export async function buildDeckSnapshot(db: Db, regionCode: string): Promise<DeckSnapshot> {
  const region = await getRegion(db, regionCode);
  const [krs, districtMap, villageMap, factors, interventions, aidFamilies, aidValue, prevalence, prevalenceIndicator, targets] =
    await Promise.all([
      getSeries(db, { indicator: 'krs_families', region: regionCode }),
      getMap(db, { indicator: 'krs_families', parent: regionCode, period: 'latest' }),
      getMap(db, { indicator: 'krs_families', parent: regionCode, period: 'latest', level: 'village' }),
      getBreakdown(db, { region: regionCode, domain: 'risk_factor', period: 'latest' }),
      getBreakdown(db, { region: regionCode, domain: 'intervention', period: 'latest' }),
      getSeries(db, { indicator: 'genting_families_aided', region: regionCode }),
      getSeries(db, { indicator: 'aid_value_idr', region: regionCode }),
      getSeries(db, { indicator: 'stunting_prevalence', region: regionCode }),
      getIndicator(db, 'stunting_prevalence'),
      listTargets(db, { indicator: 'stunting_prevalence', region: regionCode }),
    ]);
  const codes = districtMap.features.map((f) => f.properties.code);
  const perDistrict = await Promise.all(
    codes.map(async (code) => ({
      code,
      series: await getSeries(db, { indicator: 'krs_families', region: code }),
      factors: await getBreakdown(db, { region: code, domain: 'risk_factor', period: 'latest' }),
    })),
  );
  return buildSnapshot({
    region: { code: region.code, name: region.name },
    builtAt: new Date().toISOString(),
    krs,
    districtMap,
    villageMap,
    districtSeries: Object.fromEntries(perDistrict.map((d) => [d.code, d.series])),
    districtFactors: Object.fromEntries(perDistrict.map((d) => [d.code, d.factors])),
    factors,
    interventions,
    aidFamilies,
    aidValue,
    prevalence: { series: prevalence, name: prevalenceIndicator.name, targets },
  });
}

export async function listDecks(db: Db, regionCode: string): Promise<DeckListItem[]> {
  return db
    .select({ id: decks.id, meetingDate: decks.meetingDate, title: decks.title })
    .from(decks)
    .where(eq(decks.regionCode, regionCode))
    .orderBy(desc(decks.meetingDate));
}

function toSaved(row: typeof decks.$inferSelect): SavedDeck {
  return {
    id: row.id,
    meetingDate: row.meetingDate,
    title: row.title,
    config: deckConfigSchema.parse(row.config),
    snapshot: row.snapshot as DeckSnapshot,
  };
}

/** The deck saved for one meeting date, or null. */
export async function getDeckByDate(db: Db, regionCode: string, meetingDate: string): Promise<SavedDeck | null> {
  const [row] = await db
    .select()
    .from(decks)
    .where(and(eq(decks.regionCode, regionCode), eq(decks.meetingDate, meetingDate)));
  return row ? toSaved(row) : null;
}

/** The last deck saved before `meetingDate` (any date when null): what "since the last meeting" compares with. */
export async function getPreviousDeck(db: Db, regionCode: string, meetingDate: string | null): Promise<SavedDeck | null> {
  const [row] = await db
    .select()
    .from(decks)
    .where(and(eq(decks.regionCode, regionCode), meetingDate ? lt(decks.meetingDate, meetingDate) : undefined))
    .orderBy(desc(decks.meetingDate), asc(decks.id))
    .limit(1);
  return row ? toSaved(row) : null;
}

/**
 * Freezes today's figures with the editor's configuration for one meeting. A second deck for the
 * same date is refused (409) rather than overwriting the numbers a meeting already saw.
 */
export async function createDeck(db: Db, regionCode: string, form: DeckForm, actor: string): Promise<DeckListItem> {
  const snapshot = await buildDeckSnapshot(db, regionCode);
  return db.transaction(async (tx) => {
    if (await getDeckByDate(tx, regionCode, form.meetingDate)) {
      throw new DeckConflictError(`A deck for the meeting of ${form.meetingDate} already exists; choose another date`);
    }
    const [row] = await tx
      .insert(decks)
      .values({ regionCode, meetingDate: form.meetingDate, title: form.title, config: form.config, snapshot, createdBy: actor })
      .returning({ id: decks.id, meetingDate: decks.meetingDate, title: decks.title });
    if (!row) throw new Error('createDeck: insert returned no row');
    await recordAudit(tx, {
      actor,
      action: 'deck.create',
      entity: 'deck',
      entityId: String(row.id),
      detail: { meetingDate: form.meetingDate },
    });
    return row;
  });
}

export type DeckView = {
  /** null: the live default deck */
  saved: DeckListItem | null;
  meetingDate: string;
  config: DeckConfig;
  snapshot: DeckSnapshot;
  previous: { meetingDate: string; snapshot: DeckSnapshot } | null;
};

/**
 * What the page, the presenter view and the .pptx show: the deck saved for `meetingDate`
 * (null when there is none), or with no date the live default deck for today.
 */
export async function loadDeckView(db: Db, regionCode: string, meetingDate: string | null): Promise<DeckView | null> {
  const saved = meetingDate ? await getDeckByDate(db, regionCode, meetingDate) : null;
  if (meetingDate && !saved) return null;
  const previous = await getPreviousDeck(db, regionCode, saved ? saved.meetingDate : null);
  const previousView = previous ? { meetingDate: previous.meetingDate, snapshot: previous.snapshot } : null;
  if (saved) {
    const { id, title, config, snapshot } = saved;
    return {
      saved: { id, meetingDate: saved.meetingDate, title },
      meetingDate: saved.meetingDate,
      config,
      snapshot,
      previous: previousView,
    };
  }
  const snapshot = await buildDeckSnapshot(db, regionCode);
  return { saved: null, meetingDate: snapshot.builtAt.slice(0, 10), config: defaultDeckConfig, snapshot, previous: previousView };
}
