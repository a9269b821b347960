// GET /api/v1/breakdown - the indicators of one domain for one region in one period

import { breakdownQuerySchema } from '@/lib/api/schemas';
import { getBreakdown } from '@/lib/cache/queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(breakdownQuerySchema, async (db, query) => {
  const breakdown = await getBreakdown(db, query);
  const { period, edition } = breakdown;
  const rows = breakdown.data.map((r) => ({ ...r, period, source: edition?.source ?? null, edition: edition?.edition ?? null }));
  return { body: breakdown, rows, filename: `breakdown-${query.domain}-${query.region}` };
});
