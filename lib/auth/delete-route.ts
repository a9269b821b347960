import 'server-only';
import { getDb } from '@/db/server';
import { errorResponse } from '@/lib/api/http';
import { authorize, deny, positiveId } from './guard';

/** DELETE handler of a catalogue row by id (targets, annotations): admins only, audited by `remove`. */
export function deleteById(remove: (db: Awaited<ReturnType<typeof getDb>>, id: number, actor: string) => Promise<void>) {
  return async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const guard = await authorize(request, 'catalogue:write', { mutation: true });
    if ('response' in guard) return guard.response;
    const id = positiveId((await params).id);
    if (id === null) return deny(400, 'bad_request', 'The id must be a positive whole number');
    try {
      await remove(await getDb(), id, guard.user.email);
      return new Response(null, { status: 204 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
