// POST /api/admin/decks - save a customised deck for a meeting date, freezing today's figures (editors and admins)
import { createDeck, DeckConflictError } from '@/db/queries/decks';
import { configuredRegionCode, getDb } from '@/db/server';
import { errorResponse } from '@/lib/api/http';
import { authorize, deny, readBody } from '@/lib/auth/guard';
import { deckFormSchema } from '@/lib/deck/model';

export async function POST(request: Request) {
  const guard = await authorize(request, 'decks:write', { mutation: true });
  if ('response' in guard) return guard.response;
  const body = await readBody(request, deckFormSchema);
  if ('response' in body) return body.response;
  try {
    const deck = await createDeck(await getDb(), configuredRegionCode, body.data, guard.user.email);
    return Response.json(deck, { status: 201 });
  } catch (error) {
    if (error instanceof DeckConflictError) return deny(409, 'conflict', error.message);
    return errorResponse(error);
  }
}
