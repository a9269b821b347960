// POST /api/admin/editions - create an edition of a source
import { createEdition, ImportConflictError } from '@/db/queries/imports';
import { getDb } from '@/db/server';
import { editionFormSchema } from '@/lib/api/admin-schemas';
import { errorResponse } from '@/lib/api/http';
import { authorize, deny } from '@/lib/auth/guard';

export async function POST(request: Request) {
  const guard = await authorize(request, 'editions:write', { mutation: true });
  if ('response' in guard) return guard.response;
  const body = editionFormSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) {
    const issue = body.error.issues[0];
    return deny(400, 'bad_request', `Field "${String(issue?.path[0] ?? '')}": ${issue?.message}`);
  }
  try {
    const edition = await createEdition(await getDb(), body.data, guard.user.email);
    return Response.json(edition, { status: 201 });
  } catch (error) {
    if (error instanceof ImportConflictError) return deny(409, 'conflict', error.message);
    return errorResponse(error);
  }
}
