import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { MapTimeline } from '@/lib/api/explore-schemas';
import type { MapLevel, RegionDto } from '@/lib/api/schemas';
import { formatPeriod, parsePeriod, periodMidpoint } from '@/lib/period';
import type { Db } from '../client';
import { editions, observations, regions } from '../schema';
import { ancestorCodes } from './annotations';
import { getIndicator } from './indicators';
import { mapRegions } from './map';
import { isCurrent, rateOf, selectObservations } from './observation-fields';
import { getRegion } from './regions';

/**
 * Every period for which the children of `parent` have a figure in one source (the latest
 * edition of each period, as the map shows it), with all their rates: the map's slider and
 * the values that fixed class breaks are computed from.
 */
export async function getMapTimeline(
  db: Db,
  params: { indicator: string; parent: string; source?: string; root: string; level?: MapLevel },
): Promise<MapTimeline> {
  const [indicator] = await Promise.all([getIndicator(db, params.indicator), getRegion(db, params.parent, 'parent')]);
  const rows = await selectChildObservations(db, params).orderBy(
    asc(observations.periodStart),
    desc(editions.releasedOn),
    desc(editions.id),
  );
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
  // One source only: the requested one, or the most common (as the map picks it).
  const source =
    params.source ?? ([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] as string | undefined) ?? null;

  const periods = new Map<string, MapTimeline['periods'][number] & { editionId: number }>();
  for (const r of rows) {
    if (r.source !== source) continue;
    const label = formatPeriod(r);
    let entry = periods.get(label);
    if (!entry) {
      entry = {
        period: label,
        edition: r.edition,
        editionName: r.editionName,
        editionNameEn: r.editionNameEn,
        editionId: r.editionId,
        rates: [],
      };
      periods.set(label, entry);
    }
    if (entry.editionId !== r.editionId) continue;
    const rate = rateOf(r, indicator.unit);
    if (rate !== null) entry.rates.push(rate);
  }
  return {
    indicator: indicator.code,
    parent: params.parent,
    source,
    path: await getRegionPath(db, params.parent, params.root),
    // A semester edition and a yearly one can start on the same day: order by the period's middle.
    periods: [...periods.values()]
      .sort((a, b) => periodMidpoint(parsePeriod(a.period)) - periodMidpoint(parsePeriod(b.period)))
      .map(({ editionId: _, ...p }) => p),
  };
}

/** Current observations of one indicator for the regions a map of `parent` draws, optionally of one source. */
export function selectChildObservations(
  db: Db,
  params: { indicator: string; parent: string; source?: string | null; level?: MapLevel },
) {
  return selectObservations(db)
    .innerJoin(regions, eq(regions.code, observations.regionCode))
    .where(
      and(
        isCurrent,
        eq(observations.indicatorCode, params.indicator),
        mapRegions(params.parent, params.level),
        params.source ? eq(editions.sourceCode, params.source) : undefined,
      ),
    );
}

/** The regions from `root` (the configured kab/kota) down to `code`: Kota Serang > Kasemen > Banten. */
export async function getRegionPath(db: Db, code: string, root: string): Promise<RegionDto[]> {
  // A province above the configured kab/kota (its province-wide maps) starts the path itself.
  const chain = ancestorCodes(code).filter((c) => c.length >= Math.min(root.length, code.length));
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode })
    .from(regions)
    .where(inArray(regions.code, chain));
  return chain.flatMap((c) => rows.filter((r) => r.code === c));
}
