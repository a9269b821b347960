// POST /api/admin/programs - create a programme or correct one (admins only)
import { saveProgram } from '@/db/queries/catalogue-admin';
import { getDb } from '@/db/server';
import { programFormSchema } from '@/lib/api/admin-schemas';
import { errorResponse } from '@/lib/api/http';
import { authorize, readBody } from '@/lib/auth/guard';

export async function POST(request: Request) {
  const guard = await authorize(request, 'catalogue:write', { mutation: true });
  if ('response' in guard) return guard.response;
  const body = await readBody(request, programFormSchema);
  if ('response' in body) return body.response;
  try {
    const change = await saveProgram(await getDb(), body.data, guard.user.email);
    return Response.json({ code: body.data.code, change }, { status: change === 'created' ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
