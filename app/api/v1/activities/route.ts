// GET /api/v1/activities - what programmes delivered, summed per month, place, aid type and donor

import { activitiesQuerySchema } from '@/lib/api/activities-schemas';
import { listActivities } from '@/lib/cache/queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(activitiesQuerySchema, async (db, query) => {
  const result = await listActivities(db, query);
  return {
    body: result,
    rows: result.data,
    filename: `activities-${query.region}${query.program ? `-${query.program}` : ''}`,
  };
});
