import 'server-only';
import * as activities from '@/db/queries/activities';
import * as annotations from '@/db/queries/annotations';
import * as breakdown from '@/db/queries/breakdown';
import * as coverage from '@/db/queries/coverage';
import * as explore from '@/db/queries/explore';
import * as exploreTables from '@/db/queries/explore-tables';
import * as indicators from '@/db/queries/indicators';
import * as map from '@/db/queries/map';
import * as regions from '@/db/queries/regions';
import * as series from '@/db/queries/series';
import * as targetStatus from '@/db/queries/target-status';
import * as targets from '@/db/queries/targets';
import { cachedQuery } from './public';

// The DAL reads behind public pages and the public API, through the public cache. Same
// names and signatures as in db/queries, so a page switches by its import line. Admin pages
// read db/queries directly: they must always see the database as it is.

export const listActivities = cachedQuery('activities', activities.listActivities);
export const listPrograms = cachedQuery('programs', activities.listPrograms);
export const listAnnotations = cachedQuery('annotations', annotations.listAnnotations);
export const getBreakdown = cachedQuery('breakdown', breakdown.getBreakdown);
export const getCoverage = cachedQuery('coverage', coverage.getCoverage);
export const getFactorChange = cachedQuery('factor-change', coverage.getFactorChange);
export const getMapTimeline = cachedQuery('map-timeline', explore.getMapTimeline);
export const getRegionPath = cachedQuery('region-path', explore.getRegionPath);
export const getExploreTable = cachedQuery('explore-table', exploreTables.getExploreTable);
export const listIndicators = cachedQuery('indicators', indicators.listIndicators);
export const getIndicator = cachedQuery('indicator', indicators.getIndicator);
export const getMap = cachedQuery('map', map.getMap);
export const listRegions = cachedQuery('regions', regions.listRegions);
export const getRegion = cachedQuery('region', regions.getRegion);
export const getSeries = cachedQuery('series', series.getSeries);
export const getMapStatus = cachedQuery('map-status', targetStatus.getMapStatus);
export const listTargets = cachedQuery('targets', targets.listTargets);
