// POST /api/admin/users - an admin creates an account; the generated password is returned once
import { createUser, generatePassword, UserExistsError } from '@/db/queries/users';
import { getDb } from '@/db/server';
import { userFormSchema } from '@/lib/api/admin-schemas';
import { authorize, deny } from '@/lib/auth/guard';

export async function POST(request: Request) {
  const guard = await authorize(request, 'users:write', { mutation: true });
  if ('response' in guard) return guard.response;
  const body = userFormSchema.safeParse(await request.json().catch(() => null));
  if (!body.success)
    return deny(400, 'bad_request', `Field "${String(body.error.issues[0]?.path[0] ?? '')}": ${body.error.issues[0]?.message}`);
  const password = generatePassword();
  try {
    const user = await createUser(await getDb(), { ...body.data, password, actor: guard.user.email });
    return Response.json({ ...user, password }, { status: 201, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    if (error instanceof UserExistsError) return deny(409, 'conflict', error.message);
    throw error;
  }
}
