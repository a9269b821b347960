import { createLoader, parseAsArrayOf, parseAsFloat, parseAsInteger, parseAsStringLiteral } from 'nuqs/server';
import { classMethods } from '@/lib/classify';
import { parseAsIndicatorCode, parseAsPeriod, parseAsRegionCode, parseAsSourceCode } from '@/lib/explore/parsers';

// The /peta view state, all of it in the URL: the page reads it with `loadMapState`, the
// controls write it with `useQueryStates(mapStateParsers)`. A copied link is the same view.
export const mapStateParsers = {
  indicator: parseAsIndicatorCode.withDefault('krs_families'),
  /** the region whose children are drawn; null = the configured kab/kota */
  region: parseAsRegionCode,
  /** at the kab/kota: draw its kecamatan, or all its kelurahan at once */
  level: parseAsStringLiteral(['kecamatan', 'kelurahan'] as const).withDefault('kecamatan'),
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
