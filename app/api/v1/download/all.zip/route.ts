// GET /api/v1/download/all.zip - every public indicator by level as CSV, with metadata and a README
import { configuredRegionCode, getDb } from '@/db/server';
import { errorResponse } from '@/lib/api/http';
import { publicCache } from '@/lib/cache/public';
import { buildOpenDataZip } from '@/lib/open-data-zip';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    // Built once per data version (a few seconds of CSV for every indicator, level and period)
    // and kept by the public cache until the next import; every request gets a copy of the bytes.
    const db = await getDb();
    const zip = await publicCache().read(`open-data-zip:${configuredRegionCode}`, () =>
      buildOpenDataZip(db, configuredRegionCode),
    );
    const body = zip.slice();
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
