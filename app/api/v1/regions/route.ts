// GET /api/v1/regions - children of a region (provinces when no parent is given)
import { listRegions } from '@/db/queries/regions';
import { regionsQuerySchema } from '@/lib/api/schemas';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(regionsQuerySchema, async (db, query) => {
  const data = await listRegions(db, query);
  return { body: { data }, rows: data, filename: `regions-${query.parent ?? 'top'}` };
});
