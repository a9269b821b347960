// POST /api/admin/import - check a CSV/XLSX file and preview it, or commit it into an edition
import { configuredRegionCode, getDb } from '@/db/server';
import { importFormSchema } from '@/lib/api/admin-schemas';
import { authorize, deny } from '@/lib/auth/guard';
import { runImport } from '@/lib/import/run-import';

const MAX_BYTES = 50 * 1024 * 1024;

export async function POST(request: Request) {
  const guard = await authorize(request, 'data:import', { mutation: true });
  if ('response' in guard) return guard.response;
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  const fields = importFormSchema.safeParse(Object.fromEntries([...(form?.entries() ?? [])].filter(([k]) => k !== 'file')));
  if (!form || !(file instanceof File) || !fields.success) {
    return deny(
      400,
      'bad_request',
      `Expected a multipart form with file, template, source, edition and action${fields.error ? `: ${fields.error.issues[0]?.message}` : ''}`,
    );
  }
  if (file.size > MAX_BYTES) return deny(413, 'too_large', 'The file is larger than 50 MB');
  const outcome = await runImport(await getDb(), {
    data: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name,
    template: fields.data.template,
    source: fields.data.source,
    edition: fields.data.edition,
    period: fields.data.period || undefined,
    regencyCode: configuredRegionCode,
    actor: guard.user.email,
    commit: fields.data.action === 'commit',
  });
  const status = outcome.status === 'file_error' || outcome.status === 'invalid' ? 422 : 200;
  return Response.json(outcome, { status, headers: { 'cache-control': 'no-store' } });
}
