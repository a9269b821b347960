// POST /api/admin/targets - add a target (admins only)
import { createTarget } from '@/db/queries/catalogue-admin';
import { getDb } from '@/db/server';
import { targetFormSchema } from '@/lib/api/admin-schemas';
import { errorResponse } from '@/lib/api/http';
import { authorize, readBody } from '@/lib/auth/guard';

export async function POST(request: Request) {
  const guard = await authorize(request, 'catalogue:write', { mutation: true });
  if ('response' in guard) return guard.response;
  const body = await readBody(request, targetFormSchema);
  if ('response' in body) return body.response;
  try {
    return Response.json(await createTarget(await getDb(), body.data, guard.user.email), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
