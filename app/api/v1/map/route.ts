// GET /api/v1/map - a GeoJSON FeatureCollection of the child regions of `parent` for one period

import { mapQuerySchema } from '@/lib/api/schemas';
import { getMap } from '@/lib/cache/queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(mapQuerySchema, async (db, query) => {
  const map = await getMap(db, query);
  const { period, edition } = map.meta;
  const rows = map.features.map((f) => ({
    ...f.properties,
    period,
    source: edition?.source ?? null,
    edition: edition?.edition ?? null,
  }));
  return { body: map, rows, filename: `map-${query.indicator}-${query.parent}` };
});
