// GET /api/v1/series - one indicator over time for one region, from one source

import { seriesQuerySchema } from '@/lib/api/schemas';
import { getSeries } from '@/lib/cache/queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(seriesQuerySchema, async (db, query) => {
  const series = await getSeries(db, query);
  return { body: series, rows: series.points, filename: `series-${query.indicator}-${query.region}` };
});
