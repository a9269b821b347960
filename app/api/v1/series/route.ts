// GET /api/v1/series - one indicator over time for one region, from one source
import { seriesQuerySchema } from '@/lib/api/schemas';
import { getSeries } from '@/lib/privacy/public-queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(seriesQuerySchema, async (db, query, privacy) => {
  const series = await getSeries(db, query, privacy);
  return { body: series, rows: series.points, filename: `series-${query.indicator}-${query.region}` };
});
