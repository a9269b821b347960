// POST /api/admin/targets - add a target (admins only)
import { createTarget } from '@/db/queries/catalogue-admin';
import { targetFormSchema } from '@/lib/api/admin-schemas';
import { formRoute } from '@/lib/auth/admin-route';

export const POST = formRoute('catalogue:write', targetFormSchema, async (db, data, actor) => ({
  status: 201,
  body: await createTarget(db, data, actor),
}));
