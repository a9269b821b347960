// POST /api/admin/mappings - remember that a file's header stands for a template column
import { saveImportMapping } from '@/db/queries/imports';
import { getDb } from '@/db/server';
import { mappingFormSchema } from '@/lib/api/admin-schemas';
import { authorize, deny } from '@/lib/auth/guard';
import { normalizeHeader, templates } from '@/lib/import/templates';

export async function POST(request: Request) {
  const guard = await authorize(request, 'data:import', { mutation: true });
  if ('response' in guard) return guard.response;
  const body = mappingFormSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return deny(400, 'bad_request', 'Expected { template, mapping: { "file header": "column key" } }');
  const keys = new Set(templates[body.data.template].columns.map((c) => c.key));
  const unknown = Object.values(body.data.mapping).filter((k) => !keys.has(k));
  if (unknown.length > 0)
    return deny(400, 'bad_request', `Unknown column keys: ${unknown.join(', ')}; expected one of ${[...keys].join(', ')}`);
  const mapping = Object.fromEntries(Object.entries(body.data.mapping).map(([header, key]) => [normalizeHeader(header), key]));
  await saveImportMapping(await getDb(), body.data.template, mapping, guard.user.email);
  return Response.json({ template: body.data.template, mapping }, { headers: { 'cache-control': 'no-store' } });
}
