// GET /api/admin/history?indicator=&region=&period= - every value one number has had, with who and which file
import { getObservationHistory } from '@/db/queries/imports';
import { getDb } from '@/db/server';
import { historyQuerySchema } from '@/lib/api/admin-schemas';
import { errorResponse, parseQuery } from '@/lib/api/http';
import { authorize } from '@/lib/auth/guard';
import { parsePeriod } from '@/lib/period';

export async function GET(request: Request) {
  const guard = await authorize(request, 'data:read-internal', { mutation: false });
  if ('response' in guard) return guard.response;
  try {
    const query = parseQuery(historyQuerySchema, new URL(request.url).searchParams);
    const period = parsePeriod(query.period);
    const data = await getObservationHistory(await getDb(), { indicator: query.indicator, region: query.region, ...period });
    return Response.json({ data }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
