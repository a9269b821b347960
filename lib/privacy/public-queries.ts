import 'server-only';
import type { Db } from '@/db/client';
import type { ActivitiesParams } from '@/db/queries/activities';
import type { BreakdownParams } from '@/db/queries/breakdown';
import { shareBase } from '@/db/queries/breakdown';
import { selectChildObservations as selectChildObservationsQuery } from '@/db/queries/explore';
import type { MapParams } from '@/db/queries/map';
import { rateOf } from '@/db/queries/observation-fields';
import type { SeriesParams } from '@/db/queries/series';
import type { ActivitiesResponse, CoverageResponse } from '@/lib/api/activities-schemas';
import type { MapStatus, MapTimeline } from '@/lib/api/explore-schemas';
import type { BreakdownResponse, IndicatorDto, MapResponse, SeriesResponse } from '@/lib/api/schemas';
import { cachedQuery } from '@/lib/cache/public';
import {
  listActivities as dalActivities,
  getBreakdown as dalBreakdown,
  getCoverage as dalCoverage,
  getMap as dalMap,
  getMapStatus as dalMapStatus,
  getMapTimeline as dalMapTimeline,
  getSeries as dalSeries,
  getIndicator,
} from '@/lib/cache/queries';
import { formatPeriod } from '@/lib/period';
import {
  type CountCell,
  countUnits,
  hiddenVillages,
  isSmallCount,
  isVillageCode,
  parentCodeOf,
  suppressSiblings,
  withheld,
} from './suppress';

// The sibling cells behind a suppression decision, read through the public cache like the answers themselves.
const selectChildObservations = cachedQuery(
  'child-observations',
  async (db: Db, params: Parameters<typeof selectChildObservationsQuery>[1]) => selectChildObservationsQuery(db, params),
);

// The public face of the DAL (read through the public cache, lib/cache): the same query functions with the same arguments, and small
// kelurahan counts withheld on the way out (the SQL stays as it is). Pages and /api/v1 read
// through here; `reveal` (a signed-in user) returns the DAL's answer untouched.

export type Privacy = { reveal?: boolean };

const isCountUnit = (indicator: Pick<IndicatorDto, 'unit'>) => countUnits.has(indicator.unit);

type Decide = (code: string, edition: string, period: string) => boolean;

/**
 * Decisions for every kelurahan of the kecamatan (or kab/kota) `scope`, for every edition and
 * period of one source: the same siblings the map shows, so a series or a breakdown withholds
 * exactly what the map of that slice withholds.
 */
async function villageDecisions(db: Db, indicator: IndicatorDto, scope: string, source: string | null): Promise<Decide> {
  const level = scope.split('.').length === 3 ? 'children' : 'village';
  const rows = await selectChildObservations(db, { indicator: indicator.code, parent: scope, source, level });
  const slices = new Map<string, { code: string; cell: CountCell }[]>();
  for (const r of rows) {
    const key = `${r.edition}|${formatPeriod(r)}`;
    slices.set(key, [...(slices.get(key) ?? []), { code: r.regionCode, cell: r }]);
  }
  const hidden = new Set<string>();
  for (const [slice, cells] of slices)
    for (const code of hiddenVillages(cells, isCountUnit(indicator))) hidden.add(`${slice}|${code}`);
  return (code, edition, period) => hidden.has(`${edition}|${period}|${code}`);
}

export async function getMap(db: Db, params: MapParams, privacy: Privacy = {}): Promise<MapResponse> {
  const map = await dalMap(db, params);
  if (privacy.reveal) return map;
  const hidden = hiddenVillages(
    map.features.map((f) => ({ code: f.properties.code, cell: f.properties })),
    countUnits.has(map.meta.unit),
  );
  if (hidden.size === 0) return map;
  return {
    ...map,
    features: map.features.map((f) => (hidden.has(f.properties.code) ? { ...f, properties: withheld(f.properties) } : f)),
  };
}

export async function getSeries(db: Db, params: SeriesParams, privacy: Privacy = {}): Promise<SeriesResponse> {
  const series = await dalSeries(db, params);
  if (privacy.reveal || !isVillageCode(params.region) || series.points.length === 0) return series;
  const indicator = await getIndicator(db, params.indicator);
  const hidden = await villageDecisions(db, indicator, parentCodeOf(params.region), series.source);
  return {
    ...series,
    points: series.points.map((p) => (hidden(params.region, p.edition, p.period) ? withheld(p) : p)),
  };
}

export async function getBreakdown(db: Db, params: BreakdownParams, privacy: Privacy = {}): Promise<BreakdownResponse> {
  const breakdown = await dalBreakdown(db, params);
  const { edition, period } = breakdown;
  if (privacy.reveal || !isVillageCode(params.region) || !edition || !period) return breakdown;
  const isHidden = async (code: string) => {
    const decide = await villageDecisions(db, await getIndicator(db, code), parentCodeOf(params.region), edition.source);
    return decide(params.region, edition.edition, period);
  };
  const base = shareBase[params.domain];
  // A share next to a visible value would give the withheld base away.
  const baseHidden = base ? await isHidden(base) : false;
  const data = await Promise.all(
    breakdown.data.map(async (row) => {
      if (await isHidden(row.indicator)) return { ...row, value: null, share: null, suppressed: true };
      return baseHidden ? { ...row, share: null } : row;
    }),
  );
  return { ...breakdown, data };
}

/** The slider's rates: a withheld kelurahan's rate leaves the list (values only, no codes, so one occurrence each). */
export async function getMapTimeline(
  db: Db,
  params: Parameters<typeof dalMapTimeline>[1],
  privacy: Privacy = {},
): Promise<MapTimeline> {
  const timeline = await dalMapTimeline(db, params);
  const villageLevel = params.level === 'village' || params.parent.split('.').length === 3;
  if (privacy.reveal || !villageLevel || !timeline.source) return timeline;
  const indicator = await getIndicator(db, params.indicator);
  const rows = await selectChildObservations(db, { ...params, source: timeline.source });
  const hidden = await villageDecisions(db, indicator, params.parent, timeline.source);
  return {
    ...timeline,
    periods: timeline.periods.map((p) => {
      const rates = [...p.rates];
      for (const r of rows) {
        if (r.edition !== p.edition || formatPeriod(r) !== p.period || !hidden(r.regionCode, r.edition, p.period)) continue;
        const rate = rateOf(r, indicator.unit);
        const at = rate === null ? -1 : rates.indexOf(rate);
        if (at >= 0) rates.splice(at, 1);
      }
      return { ...p, rates };
    }),
  };
}

/**
 * Coverage per kelurahan: KRS withheld exactly as the KRS map withholds it, families reached
 * withheld by the same rule among the kecamatan's kelurahan, and the coverage and gap of either.
 */
export async function getCoverage(
  db: Db,
  params: Parameters<typeof dalCoverage>[1],
  privacy: Privacy = {},
): Promise<CoverageResponse> {
  const coverage = await dalCoverage(db, params);
  if (privacy.reveal) return coverage;
  const { krsEdition, krsPeriod } = coverage;
  const districts = [...new Set(coverage.data.map((r) => parentCodeOf(r.code)))];
  const krs = await getIndicator(db, 'krs_families');
  const decisions =
    krsEdition && krsPeriod ? await Promise.all(districts.map((d) => villageDecisions(db, krs, d, krsEdition.source))) : [];
  const krsHidden = (code: string) => decisions.some((decide) => decide(code, krsEdition?.edition ?? '', krsPeriod ?? ''));
  const reachedHidden = hiddenVillages(
    coverage.data.map((r) => ({ code: r.code, cell: { value: null, numerator: r.reached, denominator: null } })),
    false,
  );
  return {
    ...coverage,
    data: coverage.data.map((r) => {
      const hideKrs = krsHidden(r.code);
      const hideReached = reachedHidden.has(r.code);
      if (!hideKrs && !hideReached) return r;
      return {
        ...r,
        krs: hideKrs ? null : r.krs,
        reached: hideReached ? null : r.reached,
        coverage: null,
        gap: null,
        suppressed: true,
      };
    }),
  };
}

/**
 * Activities per month and place: families reached at a kelurahan are withheld below 5, with
 * complementary suppression among the kelurahan of one kecamatan in the same programme, month,
 * aid, recipient and donor (the rows the kecamatan's sum is made of).
 */
export async function listActivities(db: Db, params: ActivitiesParams, privacy: Privacy = {}): Promise<ActivitiesResponse> {
  const result = await dalActivities(db, params);
  if (privacy.reveal || !result.data.some((r) => isVillageCode(r.regionCode) && isSmallCount(r.familiesReached))) return result;
  // Sibling groups: the kelurahan of one kecamatan in the same programme, month, aid, recipient and donor.
  const groups = new Map<string, { key: number; cell: CountCell }[]>();
  result.data.forEach((r, i) => {
    if (!isVillageCode(r.regionCode)) return;
    const group = [parentCodeOf(r.regionCode), r.program, r.month, r.aidType, r.recipientType, r.donorType, r.donor].join('|');
    const cell = { value: null, numerator: r.familiesReached, denominator: null };
    groups.set(group, [...(groups.get(group) ?? []), { key: i, cell }]);
  });
  const hiddenRows = new Set<number>();
  for (const siblings of groups.values()) for (const i of suppressSiblings(siblings, false)) hiddenRows.add(i);
  return {
    ...result,
    data: result.data.map((r, i) => (hiddenRows.has(i) ? { ...r, familiesReached: null, suppressed: true } : r)),
  };
}

/** Target standing per child region: a withheld kelurahan keeps its status but not its figure. */
export async function getMapStatus(db: Db, params: MapParams, privacy: Privacy = {}): Promise<MapStatus> {
  const status = await dalMapStatus(db, params);
  if (privacy.reveal || !status.regions.some((r) => isVillageCode(r.code))) return status;
  const map = await getMap(db, params);
  const hidden = new Set(map.features.filter((f) => f.properties.suppressed).map((f) => f.properties.code));
  return {
    ...status,
    regions: status.regions.map((r) => (hidden.has(r.code) ? { ...r, value: null, suppressed: true } : r)),
  };
}
