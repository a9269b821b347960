// GET /api/v1/map - a GeoJSON FeatureCollection of the child regions of `parent` (or every kecamatan/kelurahan under it: `level`) for one period
import { mapQuerySchema } from '@/lib/api/schemas';
import { getMap } from '@/lib/privacy/public-queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(mapQuerySchema, async (db, query, privacy) => {
  const map = await getMap(db, query, privacy);
  const { period, edition } = map.meta;
  const rows = map.features.map((f) => ({
    ...f.properties,
    period,
    source: edition?.source ?? null,
    edition: edition?.edition ?? null,
  }));
  return { body: map, rows, filename: `map-${query.indicator}-${query.parent}` };
});
