import 'server-only';
import type { z } from 'zod';
import type { Db } from '@/db/client';
import { getDb } from '@/db/server';
import { errorResponse } from '@/lib/api/http';
import { authorize, deny, positiveId, readBody } from './guard';
import type { Permission } from './roles';

// Route handlers of the admin catalogue: same-site check and role first, then the body with
// the form's own zod schema, then the DAL; its NotFoundError becomes a 404.

/** POST handler: `run` writes the validated form and answers with a status and a body. */
export function formRoute<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  run: (db: Db, data: z.infer<S>, actor: string) => Promise<{ status: number; body: unknown }>,
) {
  return async (request: Request) => {
    const guard = await authorize(request, permission, { mutation: true });
    if ('response' in guard) return guard.response;
    const body = await readBody(request, schema);
    if ('response' in body) return body.response;
    try {
      const answer = await run(await getDb(), body.data, guard.user.email);
      return Response.json(answer.body, { status: answer.status });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** DELETE handler of a catalogue row by id (targets, annotations): admins only, audited by `remove`. */
export function deleteById(remove: (db: Db, id: number, actor: string) => Promise<void>) {
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
