// POST /api/admin/programs - create a programme or correct one (admins only)
import { saveProgram } from '@/db/queries/catalogue-admin';
import { programFormSchema } from '@/lib/api/admin-schemas';
import { formRoute } from '@/lib/auth/admin-route';

export const POST = formRoute('catalogue:write', programFormSchema, async (db, data, actor) => {
  const change = await saveProgram(db, data, actor);
  return { status: change === 'created' ? 201 : 200, body: { code: data.code, change } };
});
