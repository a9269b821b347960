// GET /api/v1/map-timeline - every period a child-region map exists for, with all its rates (slider, fixed breaks)

import { configuredRegionCode } from '@/db/server';
import { mapTimelineQuerySchema } from '@/lib/api/explore-schemas';
import { getMapTimeline } from '@/lib/cache/queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(mapTimelineQuerySchema, async (db, query) => {
  const timeline = await getMapTimeline(db, { ...query, root: configuredRegionCode });
  const rows = timeline.periods.map((p) => ({ period: p.period, edition: p.edition, regions: p.rates.length }));
  return { body: timeline, rows, filename: `map-timeline-${query.indicator}-${query.parent}` };
});
