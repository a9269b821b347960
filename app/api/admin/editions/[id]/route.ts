// PATCH /api/admin/editions/:id - correct an edition's name, release date or official flag
import { updateEdition } from '@/db/queries/imports';
import { getDb } from '@/db/server';
import { editionUpdateSchema } from '@/lib/api/admin-schemas';
import { errorResponse } from '@/lib/api/http';
import { authorize, deny, positiveId, readBody } from '@/lib/auth/guard';

export async function PATCH(request: Request, { params }: RouteContext<'/api/admin/editions/[id]'>) {
  const guard = await authorize(request, 'editions:write', { mutation: true });
  if ('response' in guard) return guard.response;
  const id = positiveId((await params).id);
  if (id === null) return deny(400, 'bad_request', 'The edition id must be a positive whole number');
  const body = await readBody(request, editionUpdateSchema);
  if ('response' in body) return body.response;
  try {
    return Response.json(await updateEdition(await getDb(), id, body.data, guard.user.email));
  } catch (error) {
    return errorResponse(error);
  }
}
