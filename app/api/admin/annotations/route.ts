// POST /api/admin/annotations - add a dated event shown on charts (admins only)
import { createAnnotation } from '@/db/queries/catalogue-admin';
import { annotationFormSchema } from '@/lib/api/admin-schemas';
import { formRoute } from '@/lib/auth/admin-route';

export const POST = formRoute('catalogue:write', annotationFormSchema, async (db, data, actor) => ({
  status: 201,
  body: await createAnnotation(db, data, actor),
}));
