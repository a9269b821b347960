import 'server-only';
import { and, asc, count, desc, eq, gte, lt } from 'drizzle-orm';
import type { SeriesPoint, SeriesResponse } from '@/lib/api/schemas';
import { formatPeriod, parsePeriod, periodEnd } from '@/lib/period';
import type { Db } from '../client';
import { dataSources, editions, observations } from '../schema';
import { NotFoundError } from './errors';
import { getIndicator } from './indicators';
import { editionRef, isCurrent, rateOf, selectObservations } from './observation-fields';
import { getRegion } from './regions';

export type SeriesParams = { indicator: string; region: string; source?: string; from?: string; to?: string };

/**
 * One indicator over time for one region, from one source only: the requested one, or
 * else the source with the most points. Ordered by period, then by edition release.
 */
export async function getSeries(db: Db, params: SeriesParams): Promise<SeriesResponse> {
  // Independent reads run together: on PostgreSQL each is its own round trip from the pool.
  const [indicator, , sources] = await Promise.all([
    getIndicator(db, params.indicator),
    getRegion(db, params.region),
    listSeriesSources(db, params.indicator, params.region),
  ]);
  if (params.source && !sources.some((s) => s.code === params.source)) {
    const [known] = await db.select({ code: dataSources.code }).from(dataSources).where(eq(dataSources.code, params.source));
    if (!known) throw new NotFoundError('source', params.source, 'source');
  }
  const source = params.source ?? sources[0]?.code ?? null;
  const base = {
    indicator: indicator.code,
    region: params.region,
    unit: indicator.unit,
    source,
    sources: sources.map(({ code, name }) => ({ code, name })),
  };
  if (!source) return { ...base, points: [] };

  const rows = await selectObservations(db)
    .where(
      and(
        isCurrent,
        eq(observations.indicatorCode, params.indicator),
        eq(observations.regionCode, params.region),
        eq(editions.sourceCode, source),
        params.from ? gte(observations.periodStart, parsePeriod(params.from).periodStart) : undefined,
        params.to ? lt(observations.periodStart, periodEnd(parsePeriod(params.to))) : undefined,
      ),
    )
    .orderBy(asc(observations.periodStart), asc(editions.releasedOn), asc(editions.id));

  const points: SeriesPoint[] = rows.map((row) => ({
    period: formatPeriod(row),
    periodType: row.periodType,
    periodStart: row.periodStart,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    rate: rateOf(row, indicator.unit),
    coverage: row.coverage,
    ...editionRef(row),
    status: row.status,
    origin: row.origin,
  }));
  return { ...base, points };
}

/** Sources holding this indicator for this region, the one with the most points first. */
async function listSeriesSources(db: Db, indicator: string, region: string) {
  const points = count();
  const rows = await db
    .select({ code: dataSources.code, nameId: dataSources.nameId, nameEn: dataSources.nameEn, points })
    .from(observations)
    .innerJoin(editions, eq(editions.id, observations.editionId))
    .innerJoin(dataSources, eq(dataSources.code, editions.sourceCode))
    .where(and(isCurrent, eq(observations.indicatorCode, indicator), eq(observations.regionCode, region)))
    .groupBy(dataSources.code, dataSources.nameId, dataSources.nameEn)
    .orderBy(desc(points), asc(dataSources.code));
  return rows.map((r) => ({ code: r.code, name: { id: r.nameId, en: r.nameEn } }));
}
