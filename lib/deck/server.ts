import 'server-only';
import QRCode from 'qrcode';
import { env } from '@/db/env';
import { type DeckView, loadDeckView } from '@/db/queries/decks';
import { configuredRegionCode, getDb } from '@/db/server';
import { getDictionary, href, type Lang } from '@/lib/i18n';
import { buildSlides, type Slide } from './model';
import { type NarrativeContext, narrate, slideTitle } from './narrative';

// Loading one deck for the page, the presenter view and the .pptx alike, so all three show
// the same slides, titles and notes.

export type LoadedDeck = {
  view: DeckView;
  deckTitle: string;
  slides: Slide[];
  titles: string[];
  notes: string[];
  context: NarrativeContext;
  /** the public address of this deck (what the QR code opens) */
  url: string;
  qrSvg: string;
};

/** The site's public origin: the configured URL, else the host the request came to. */
export function publicOrigin(headers: Headers): string {
  if (env.BETTER_AUTH_URL) return new URL(env.BETTER_AUTH_URL).origin;
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost';
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}`;
}

/** The deck's own public path: the saved meeting's, or the live default deck. */
export function deckPath(lang: Lang, meetingDate: string | null, suffix = ''): string {
  const path = href(lang, `/presentasi${suffix}`);
  return meetingDate ? `${path}?rapat=${meetingDate}` : path;
}

/** null when `meetingDate` names no saved deck. */
export async function loadDeck(lang: Lang, meetingDate: string | null, headers: Headers): Promise<LoadedDeck | null> {
  const view = await loadDeckView(await getDb(), configuredRegionCode, meetingDate);
  if (!view) return null;
  const url = `${publicOrigin(headers)}${deckPath(lang, view.saved?.meetingDate ?? null)}`;
  const deckTitle = view.saved?.title ?? getDictionary(lang).deck.deckTitle;
  const context: NarrativeContext = {
    lang,
    snapshot: view.snapshot,
    previous: view.previous,
    meetingDate: view.meetingDate,
    url,
  };
  const slides = buildSlides(view.snapshot, view.config);
  // Rendered on the server, so the QR code needs no network and no script.
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return {
    view,
    deckTitle,
    slides,
    titles: slides.map((s) => slideTitle(s, lang, deckTitle)),
    notes: slides.map((s) => narrate(s, context)),
    context,
    url,
    qrSvg,
  };
}
