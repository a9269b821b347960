// POST /api/admin/batches/:id/rollback - undo an import batch, restoring the previous values
import { ImportConflictError, rollbackBatch } from '@/db/queries/imports';
import { getDb } from '@/db/server';
import { authorize, deny } from '@/lib/auth/guard';

export async function POST(request: Request, { params }: RouteContext<'/api/admin/batches/[id]/rollback'>) {
  const guard = await authorize(request, 'data:rollback', { mutation: true });
  if ('response' in guard) return guard.response;
  const batchId = Number((await params).id);
  if (!Number.isInteger(batchId) || batchId <= 0) return deny(400, 'bad_request', 'The batch id must be a positive whole number');
  try {
    const result = await rollbackBatch(await getDb(), batchId, guard.user.email);
    return Response.json({ batchId, ...result }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    if (error instanceof ImportConflictError) return deny(409, 'conflict', error.message);
    throw error;
  }
}
