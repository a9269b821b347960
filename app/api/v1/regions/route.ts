// GET /api/v1/regions - children of a region (provinces when no parent is given)

import { regionsQuerySchema } from '@/lib/api/schemas';
import { listRegions } from '@/lib/cache/queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(regionsQuerySchema, async (db, query) => {
  const data = await listRegions(db, query);
  return { body: { data }, rows: data, filename: `regions-${query.parent ?? 'top'}` };
});
