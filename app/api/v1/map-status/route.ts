// GET /api/v1/map-status - each child region's standing against its targets (the map's "Status target" view)

import { mapQuerySchema } from '@/lib/api/schemas';
import { getMapStatus } from '@/lib/cache/queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(mapQuerySchema, async (db, query) => {
  const status = await getMapStatus(db, query);
  const rows = status.regions.map((r) => ({
    code: r.code,
    name: r.name,
    period: status.period,
    source: status.source,
    status: r.status,
    value: r.value,
    expected: r.expected,
    target: r.target?.value ?? null,
    target_period: r.target?.period ?? null,
    legal_basis: r.target?.legalBasis ?? null,
  }));
  return { body: status, rows, filename: `map-status-${query.indicator}-${query.parent}-${status.period ?? 'none'}` };
});
