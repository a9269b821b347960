// GET /api/admin/templates/:code(.csv|.xlsx) - a downloadable import template
import { templateCodes, templateCsv, templateXlsx } from '@/lib/import/templates';

export async function GET(_request: Request, { params }: RouteContext<'/api/admin/templates/[code]'>) {
  const [, code, ext = 'csv'] = /^([a-z]+)(?:\.(csv|xlsx))?$/.exec((await params).code) ?? [];
  if (!code || !(templateCodes as readonly string[]).includes(code)) {
    return Response.json(
      { error: { code: 'not_found', message: `Unknown template; one of ${templateCodes.join(', ')}` } },
      { status: 404 },
    );
  }
  const template = code as (typeof templateCodes)[number];
  if (ext === 'xlsx') {
    return new Response(Buffer.from(await templateXlsx(template)), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="templat-${code}.xlsx"`,
      },
    });
  }
  return new Response(templateCsv(template), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="templat-${code}.csv"` },
  });
}
