// GET /api/v1/download/all.zip - every public indicator by level as CSV, with metadata and a README
import { configuredRegionCode, getDb } from '@/db/server';
import { errorResponse } from '@/lib/api/http';
import { buildOpenDataZip } from '@/lib/open-data-zip';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const body = await buildOpenDataZip(await getDb(), configuredRegionCode);
    return new Response(body as BodyInit, {
      headers: {
        'access-control-allow-origin': '*',
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="pantau-stunting-${configuredRegionCode}.zip"`,
        // Always the public (suppressed) figures, so shared caches may keep it.
        'cache-control': 'public, max-age=300, stale-while-revalidate=3600',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
