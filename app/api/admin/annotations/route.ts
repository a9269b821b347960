// POST /api/admin/annotations - add a dated event shown on charts (admins only)
import { createAnnotation } from '@/db/queries/catalogue-admin';
import { getDb } from '@/db/server';
import { annotationFormSchema } from '@/lib/api/admin-schemas';
import { errorResponse } from '@/lib/api/http';
import { authorize, readBody } from '@/lib/auth/guard';

export async function POST(request: Request) {
  const guard = await authorize(request, 'catalogue:write', { mutation: true });
  if ('response' in guard) return guard.response;
  const body = await readBody(request, annotationFormSchema);
  if ('response' in body) return body.response;
  try {
    return Response.json(await createAnnotation(await getDb(), body.data, guard.user.email), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
