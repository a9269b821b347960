// GET /api/admin/templates/:code - a downloadable import template (CSV)
import { templateCodes, templateCsv } from '@/lib/import/templates';

export async function GET(_request: Request, { params }: RouteContext<'/api/admin/templates/[code]'>) {
  const code = (await params).code.replace(/\.csv$/, '');
  if (!(templateCodes as readonly string[]).includes(code)) {
    return Response.json(
      { error: { code: 'not_found', message: `Unknown template; one of ${templateCodes.join(', ')}` } },
      { status: 404 },
    );
  }
  return new Response(templateCsv(code as (typeof templateCodes)[number]), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="templat-${code}.csv"` },
  });
}
