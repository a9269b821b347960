import { createLoader, parseAsArrayOf, parseAsFloat, parseAsInteger, parseAsStringLiteral } from 'nuqs/server';
import type { MapLevel } from '@/lib/api/schemas';
import { classMethods } from '@/lib/classify';
import { parseAsIndicatorCode, parseAsPeriod, parseAsRegionCode, parseAsSourceCode } from '@/lib/explore/parsers';

// The /peta view state, all of it in the URL: the page reads it with `loadMapState`, the
// controls write it with `useQueryStates(mapStateParsers)`. A copied link is the same view.
export const regionLevelChoices = ['kecamatan', 'kelurahan'] as const;
export type RegionLevelChoice = (typeof regionLevelChoices)[number];

/** What the children of a region are called: kab/kota under a province, kecamatan under a kab/kota. */
export function childLevelOf(parent: string): 'kabkota' | RegionLevelChoice | null {
  return (['kabkota', 'kecamatan', 'kelurahan'] as const)[parent.split('.').length - 1] ?? null;
}

/** The levels offered under `parent` besides its children: only those below the children (none under a kecamatan). */
export function levelChoicesFor(parent: string): RegionLevelChoice[] {
  const depth = parent.split('.').length;
  return regionLevelChoices.filter((_, i) => i + 2 > depth);
}

/** The map API's level for the URL's choice; a choice that is the children (or above them) draws the children. */
export function mapLevelOf(parent: string, choice: RegionLevelChoice | null): MapLevel {
  if (!choice || !levelChoicesFor(parent).includes(choice)) return 'children';
  return choice === 'kecamatan' ? 'district' : 'village';
}

export const mapStateParsers = {
  indicator: parseAsIndicatorCode.withDefault('krs_families'),
  /** the region whose children are drawn; null = the configured kab/kota */
  region: parseAsRegionCode,
  /** draw every kecamatan or kelurahan under `region` at once instead of its children (null = the children) */
  level: parseAsStringLiteral(regionLevelChoices),
  /** a child of `region` picked on the map (a kelurahan has no children to drill into) */
  select: parseAsRegionCode,
  period: parseAsPeriod.withDefault('latest'),
  source: parseAsSourceCode,
  method: parseAsStringLiteral(classMethods).withDefault('quantile'),
  classes: parseAsInteger.withDefault(5),
  breaks: parseAsArrayOf(parseAsFloat).withDefault([]),
  scope: parseAsStringLiteral(['fixed', 'period'] as const).withDefault('fixed'),
  /** a second period shown side by side */
  compare: parseAsPeriod,
  tab: parseAsStringLiteral(['map', 'table'] as const).withDefault('map'),
  /** colour the regions by value classes, or by their status against the targets */
  mode: parseAsStringLiteral(['value', 'status'] as const).withDefault('value'),
};

export const loadMapState = createLoader(mapStateParsers);
