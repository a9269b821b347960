// GET /api/v1/coverage - families at risk reached per kelurahan, and the gap still to reach

import { coverageQuerySchema } from '@/lib/api/activities-schemas';
import { getCoverage } from '@/lib/cache/queries';
import { apiRoute } from '../handler';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(coverageQuerySchema, async (db, query) => {
  const result = await getCoverage(db, query);
  const rows = result.data.map((r) => ({
    ...r,
    period: result.period,
    krsEdition: result.krsEdition?.edition ?? null,
    krsPeriod: result.krsPeriod,
  }));
  return { body: result, rows, filename: `coverage-${query.region}-${result.period ?? 'none'}` };
});
