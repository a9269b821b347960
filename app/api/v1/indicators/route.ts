// GET /api/v1/indicators - the public indicator catalogue

import { indicatorsQuerySchema } from '@/lib/api/schemas';
import { listIndicators } from '@/lib/cache/queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(indicatorsQuerySchema, async (db, query) => {
  const data = await listIndicators(db, query);
  return { body: { data }, rows: data, filename: 'indicators' };
});
