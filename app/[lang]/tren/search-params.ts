import { createLoader, parseAsArrayOf, parseAsStringLiteral } from 'nuqs/server';
import { parseAsIndicatorCode, parseAsRegionCode, parseAsSourceCode } from '@/lib/explore/parsers';

// The /tren view state in the URL, read by the page and written by its controls.
export const trendStateParsers = {
  /** changing the indicator re-renders on the server: its targets and events come with the page */
  indicator: parseAsIndicatorCode.withDefault('krs_families').withOptions({ shallow: false }),
  /** the first region (null = the configured kab/kota); its source is used for every line */
  region: parseAsRegionCode,
  compare: parseAsArrayOf(parseAsRegionCode).withDefault([]),
  source: parseAsSourceCode,
  /** one chart with a line per region, or one small chart per region on a shared scale */
  layout: parseAsStringLiteral(['lines', 'multiples'] as const).withDefault('lines'),
};

export const loadTrendState = createLoader(trendStateParsers);
