// GET /api/health - is the database reachable, and when was data last loaded
import { getHealth } from '@/db/queries/health';
import { configuredRegionCode, getDb, getEngine } from '@/db/server';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const health = await getHealth(await getDb());
    return Response.json(
      { status: 'ok', engine: await getEngine(), region: configuredRegionCode, ...health },
      { headers: { 'cache-control': 'no-store' } },
    );
  } catch (error) {
    console.error(error);
    return Response.json(
      { status: 'unavailable', message: 'Database not reachable' },
      { status: 503, headers: { 'retry-after': '30', 'cache-control': 'no-store' } },
    );
  }
}
