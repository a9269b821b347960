import 'server-only';
import type { ExportTable, TableQuery } from '@/lib/api/explore-schemas';
import { mapTable, trendTable } from '@/lib/explore/tables';
import type { Db } from '../client';
import { getIndicator } from './indicators';
import { getMap } from './map';
import { getRegion } from './regions';
import { getSeries } from './series';
import { listTargets } from './targets';

/** The map and series reads a table is built from: the public ones (privacy-suppressed) are passed in by the route. */
export type TableReads = { getMap: typeof getMap; getSeries: typeof getSeries };

/** The explore table for one view state, from the same query functions the pages use. */
export async function getExploreTable(
  db: Db,
  query: Omit<TableQuery, 'format'>,
  reads: TableReads = { getMap, getSeries },
): Promise<{ table: ExportTable; period: string | null }> {
  const indicator = await getIndicator(db, query.indicator);
  if (query.view === 'map') {
    const map = await reads.getMap(db, {
      indicator: query.indicator,
      parent: query.region,
      period: query.period,
      source: query.source,
      level: query.level,
    });
    return { table: mapTable(map, indicator.name[query.lang], query.lang), period: map.meta.period };
  }
  // Compared regions follow the first region's source: one chart, one source.
  const first = await reads.getSeries(db, { indicator: query.indicator, region: query.region, source: query.source });
  const source = first.source ?? undefined;
  const codes = [query.region, ...(query.compare?.split(',').filter(Boolean) ?? [])];
  const regions = await Promise.all(
    codes.map(async (code, i) => {
      const [region, series] = await Promise.all([
        getRegion(db, code),
        i === 0 ? first : reads.getSeries(db, { indicator: query.indicator, region: code, source }),
      ]);
      return { code, name: region.name, series };
    }),
  );
  const targets = await listTargets(db, { indicator: query.indicator, region: query.region });
  return { table: trendTable(regions, indicator, targets, query.lang), period: null };
}
