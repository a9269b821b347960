import type { BreakdownResponse, Localized, MapResponse, SeriesResponse, TargetDto } from '@/lib/api/schemas';
import { latestValued } from '@/lib/compare';
import { applicableTargets, regionTargetStatus } from '@/lib/explore/target-status';
import { glideValue } from '@/lib/glide-path';
import { parsePeriod, periodMidpoint } from '@/lib/period';
import { countUnits, hiddenVillages, parentCodeOf } from '@/lib/privacy/suppress';
import { anyIllustrative, pointEdition } from '@/lib/provenance';
import { rankBy } from '@/lib/rank';
import type { DeckSnapshot, FactorFigure, Provenance, TargetFigure, TrendPoint, VillageFigure } from './model';
import { svgPaths } from './svg-map';

// Turns the DAL's answers into the deck's frozen snapshot. Pure, so the deck, the .pptx and
// the tests all read the same numbers. Rankings put the highest number of families at risk first.

export const FOCUS_COUNT = 20;
const VILLAGES_PER_SPOTLIGHT = 5;

export type SnapshotInputs = {
  region: { code: string; name: string };
  builtAt: string;
  krs: SeriesResponse;
  districtMap: MapResponse;
  districtSeries: Record<string, SeriesResponse>;
  districtFactors: Record<string, BreakdownResponse>;
  villageMap: MapResponse;
  factors: BreakdownResponse;
  interventions: BreakdownResponse;
  aidFamilies: SeriesResponse;
  aidValue: SeriesResponse;
  prevalence: { series: SeriesResponse; name: Localized; targets: TargetDto[] };
};

function trendOf(series: SeriesResponse): TrendPoint[] {
  return series.points.flatMap((p) => (p.value === null ? [] : [{ period: p.period, edition: p.edition, value: p.value }]));
}

function seriesProvenance(series: SeriesResponse): Provenance {
  const last = latestValued(series.points);
  return {
    edition: last ? pointEdition(series, last) : null,
    illustrative: anyIllustrative(series.points.map((p) => p.origin)),
  };
}

function factorsOf(breakdown: BreakdownResponse): FactorFigure[] {
  return breakdown.data.map((d) => ({ code: d.indicator, name: d.name, value: d.value, share: d.share }));
}

function breakdownProvenance(breakdown: BreakdownResponse): Provenance {
  return { edition: breakdown.edition, illustrative: anyIllustrative(breakdown.data.map((d) => d.origin)) };
}

/**
 * Kelurahan figures as the public may see them: the small counts and their complements
 * (lib/privacy) leave the snapshot as null with a flag, so a saved deck, the page's payload and
 * the .pptx never hold them. A withheld kelurahan ranks after the ones with a figure.
 */
export function villagesOf(map: MapResponse, districtNames: Map<string, string>): VillageFigure[] {
  const hidden = hiddenVillages(
    map.features.map((f) => ({ code: f.properties.code, cell: f.properties })),
    countUnits.has(map.meta.unit),
  );
  const villages = map.features.map((f): VillageFigure => {
    const code = f.properties.code;
    const figure = { code, name: f.properties.name, districtName: districtNames.get(parentCodeOf(code)) ?? '' };
    return hidden.has(code) ? { ...figure, value: null, suppressed: true } : { ...figure, value: f.properties.value };
  });
  return rankBy(villages, (v) => v.value, { name: (v) => v.name });
}

function targetFigure(input: SnapshotInputs['prevalence']): TargetFigure {
  const { series } = input;
  const last = latestValued(series.points);
  const marks = input.targets.map((t) => ({ ...t, regionCode: t.region, x: periodMidpoint(parsePeriod(t.period)) }));
  const applicable = applicableTargets(marks, series.region);
  const at = last ? periodMidpoint(last) : 0;
  const { status, path } = regionTargetStatus({
    points: series.points.map((p) => ({ x: periodMidpoint(p), value: p.value })),
    at,
    value: last?.value ?? null,
    targets: applicable,
    polarity: 'lower_is_better',
  });
  const target = path ? applicable.find((m) => m.x === path.target.x) : undefined;
  return {
    indicator: input.name,
    period: last?.period ?? null,
    value: last?.value ?? null,
    status,
    expected: path && last ? glideValue(path, at) : null,
    target: target ? { period: target.period, value: target.value, legalBasis: target.legalBasis } : null,
    ...seriesProvenance(series),
  };
}

export function buildSnapshot(input: SnapshotInputs): DeckSnapshot {
  const features = input.districtMap.features;
  const { viewBox, paths } = svgPaths(features.map((f) => ({ code: f.properties.code, geometry: f.geometry })));
  const districtNames = new Map(features.map((f) => [f.properties.code, f.properties.name]));
  const villages = villagesOf(input.villageMap, districtNames);
  const districts = rankBy(
    features.map((f) => {
      const code = f.properties.code;
      const series = input.districtSeries[code];
      const factors = input.districtFactors[code];
      return {
        code,
        name: f.properties.name,
        value: f.properties.value,
        rate: f.properties.rate,
        trend: series ? trendOf(series) : [],
        factors: factors ? factorsOf(factors) : [],
        villages: villages.filter((v) => v.code.startsWith(`${code}.`)).slice(0, VILLAGES_PER_SPOTLIGHT),
        path: paths.get(code) ?? null,
      };
    }),
    (d) => d.value,
    { name: (d) => d.name },
  );
  const aidLast = latestValued(input.aidFamilies.points);
  // Value of the same edition and period only: two releases are never mixed in one figure.
  const aidWorth = aidLast
    ? input.aidValue.points.find((p) => p.edition === aidLast.edition && p.periodStart === aidLast.periodStart)
    : undefined;
  return {
    version: 1,
    region: input.region,
    builtAt: input.builtAt,
    krs: { points: trendOf(input.krs), ...seriesProvenance(input.krs) },
    districts: {
      items: districts,
      period: input.districtMap.meta.period,
      viewBox,
      approximate: input.districtMap.meta.boundaryProvenance === 'approximate',
      edition: input.districtMap.meta.edition,
      illustrative: anyIllustrative(features.map((f) => f.properties.origin)),
    },
    factors: { items: factorsOf(input.factors), period: input.factors.period, ...breakdownProvenance(input.factors) },
    interventions: {
      items: factorsOf(input.interventions),
      period: input.interventions.period,
      ...breakdownProvenance(input.interventions),
    },
    aid: {
      families: aidLast?.value ?? null,
      valueIdr: aidWorth?.value ?? null,
      period: aidLast?.period ?? null,
      edition: aidLast ? pointEdition(input.aidFamilies, aidLast) : null,
      illustrative: aidLast?.origin === 'illustrative',
    },
    targets: targetFigure(input.prevalence),
    focus: {
      items: villages.filter((v) => v.value !== null).slice(0, FOCUS_COUNT),
      edition: input.villageMap.meta.edition,
      illustrative: anyIllustrative(input.villageMap.features.map((f) => f.properties.origin)),
    },
  };
}
