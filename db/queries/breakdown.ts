import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { BreakdownResponse } from '@/lib/api/schemas';
import { formatPeriod, parsePeriod } from '@/lib/period';
import type { Db } from '../client';
import { editions, type IndicatorDomain, observations } from '../schema';
import { listIndicators } from './indicators';
import { editionRef, isCurrent, rateOf, selectObservations } from './observation-fields';
import { getRegion } from './regions';

export type BreakdownParams = { region: string; domain: IndicatorDomain; period: 'latest' | string };

/** What a domain's shares are taken of: risk factors are counted among families at risk. */
export const shareBase: Partial<Record<IndicatorDomain, string>> = { risk_factor: 'krs_families' };

/**
 * All indicators of one domain for one region in one period and edition (the latest by
 * default). A family can have several risk factors, so shares need not add up to 100.
 */
export async function getBreakdown(db: Db, params: BreakdownParams): Promise<BreakdownResponse> {
  const [, domainIndicators] = await Promise.all([getRegion(db, params.region), listIndicators(db, { domain: params.domain })]);
  const codes = domainIndicators.map((i) => i.code);
  const empty = { region: params.region, domain: params.domain, period: null, edition: null, data: [] };
  if (codes.length === 0) return empty;

  const requested = params.period === 'latest' ? null : parsePeriod(params.period);
  const inDomain = and(isCurrent, eq(observations.regionCode, params.region), inArray(observations.indicatorCode, codes));
  const [slice] = await db
    .select({ editionId: observations.editionId, periodType: observations.periodType, periodStart: observations.periodStart })
    .from(observations)
    .innerJoin(editions, eq(editions.id, observations.editionId))
    .where(
      and(
        inDomain,
        requested ? eq(observations.periodType, requested.periodType) : undefined,
        requested ? eq(observations.periodStart, requested.periodStart) : undefined,
      ),
    )
    .orderBy(desc(observations.periodStart), desc(editions.releasedOn), desc(editions.id))
    .limit(1);
  if (!slice) return { ...empty, period: params.period === 'latest' ? null : params.period };

  const base = shareBase[params.domain];
  const inSlice = and(
    isCurrent,
    eq(observations.regionCode, params.region),
    eq(observations.editionId, slice.editionId),
    eq(observations.periodType, slice.periodType),
    eq(observations.periodStart, slice.periodStart),
  );
  const rows = await selectObservations(db)
    .where(and(inSlice, inArray(observations.indicatorCode, base ? [...codes, base] : codes)))
    .orderBy(asc(observations.indicatorCode));
  const baseValue = base ? (rows.find((r) => r.indicatorCode === base)?.value ?? null) : null;

  const data = domainIndicators.flatMap((indicator) => {
    const row = rows.find((r) => r.indicatorCode === indicator.code);
    if (!row) return [];
    const ownRate = rateOf(row, indicator.unit);
    const share = ownRate ?? (row.value !== null && baseValue ? (row.value / baseValue) * 100 : null);
    return [{ indicator: indicator.code, name: indicator.name, value: row.value, share, origin: row.origin }];
  });
  const first = rows.find((r) => codes.includes(r.indicatorCode));
  return {
    region: params.region,
    domain: params.domain,
    period: formatPeriod(slice),
    edition: first ? editionRef(first) : null,
    data,
  };
}
