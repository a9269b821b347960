// GET /api/deck/pptx?lang=id[&rapat=2026-02-10] - the meeting deck as PowerPoint (public, read-only)
import { z } from 'zod';
import { errorResponse, parseQuery } from '@/lib/api/http';
import { buildPptx } from '@/lib/deck/pptx';
import { loadDeck } from '@/lib/deck/server';
import { langs } from '@/lib/i18n';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const querySchema = z.object({
  lang: z.enum(langs).default('id'),
  rapat: z.iso.date('a meeting date such as 2026-02-10').optional(),
});

export async function GET(request: Request) {
  try {
    const query = parseQuery(querySchema, new URL(request.url).searchParams);
    const deck = await loadDeck(query.lang, query.rapat ?? null, request.headers);
    if (!deck) {
      return Response.json(
        { error: { code: 'not_found', message: `No deck was saved for the meeting of ${query.rapat}`, parameter: 'rapat' } },
        { status: 404 },
      );
    }
    const file = await buildPptx({
      lang: query.lang,
      deckTitle: deck.deckTitle,
      meetingDate: deck.view.meetingDate,
      snapshot: deck.view.snapshot,
      slides: deck.slides,
      titles: deck.titles,
      notes: deck.notes,
      url: deck.url,
      qrSvg: deck.qrSvg,
    });
    const name = `presentasi-${deck.view.snapshot.region.code}-${deck.view.meetingDate}.pptx`;
    return new Response(new Uint8Array(file), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
