// DELETE /api/admin/annotations/:id - remove an event (admins only; the audit log keeps it)
import { deleteAnnotation } from '@/db/queries/catalogue-admin';
import { deleteById } from '@/lib/auth/admin-route';

export const DELETE = deleteById(deleteAnnotation);
