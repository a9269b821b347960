// DELETE /api/admin/targets/:id - remove a target (admins only; the audit log keeps it)
import { deleteTarget } from '@/db/queries/catalogue-admin';
import { deleteById } from '@/lib/auth/admin-route';

export const DELETE = deleteById(deleteTarget);
