// GET /api/v1/table - the table behind an explore chart, as JSON, CSV or XLSX (the downloads on /peta and /tren)

import { getDb } from '@/db/server';
import { tableQuerySchema } from '@/lib/api/explore-schemas';
import { csv, errorResponse, json, parseQuery } from '@/lib/api/http';
import { tableToRows, tableToXlsx, xlsxResponse } from '@/lib/api/xlsx';
import { publicCache } from '@/lib/cache/public';
import { getExploreTable } from '@/lib/cache/queries';
import { exportFileName } from '@/lib/explore/tables';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(tableQuerySchema, new URL(request.url).searchParams);
    await publicCache().ensureReachable();
    const { table, period } = await getExploreTable(await getDb(), query);
    const name = exportFileName(
      [query.view === 'map' ? 'peta' : 'tren', query.indicator, query.region, query.compare, period, query.source],
      new Date(),
    );
    if (query.format === 'xlsx') return xlsxResponse(await tableToXlsx(table), name);
    if (query.format === 'csv') return csv(tableToRows(table), name);
    return json(table);
  } catch (error) {
    return errorResponse(error);
  }
}
