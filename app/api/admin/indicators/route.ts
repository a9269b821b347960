// POST /api/admin/indicators - create an indicator or correct one (admins only)
import { saveIndicator } from '@/db/queries/catalogue-admin';
import { getDb } from '@/db/server';
import { indicatorFormSchema } from '@/lib/api/admin-schemas';
import { authorize, deny } from '@/lib/auth/guard';

export async function POST(request: Request) {
  const guard = await authorize(request, 'catalogue:write', { mutation: true });
  if ('response' in guard) return guard.response;
  const body = indicatorFormSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) {
    const issue = body.error.issues[0];
    return deny(400, 'bad_request', `Field "${String(issue?.path[0] ?? '')}": ${issue?.message}`);
  }
  const change = await saveIndicator(await getDb(), body.data, guard.user.email);
  return Response.json({ code: body.data.code, change }, { status: change === 'created' ? 201 : 200 });
}
