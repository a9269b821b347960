// POST /api/admin/indicators - create an indicator or correct one (admins only)
import { saveIndicator } from '@/db/queries/catalogue-admin';
import { indicatorFormSchema } from '@/lib/api/admin-schemas';
import { formRoute } from '@/lib/auth/admin-route';

export const POST = formRoute('catalogue:write', indicatorFormSchema, async (db, data, actor) => {
  const change = await saveIndicator(db, data, actor);
  return { status: change === 'created' ? 201 : 200, body: { code: data.code, change } };
});
