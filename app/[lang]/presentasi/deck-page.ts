import 'server-only';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { createElement } from 'react';
import type { PlayerSlide } from '@/components/deck/deck-player';
import { SlideContent } from '@/components/deck/slide-content';
import { slideIndex } from '@/lib/deck/model';
import { type LoadedDeck, loadDeck } from '@/lib/deck/server';
import { isLang, type Lang } from '@/lib/i18n';

// What the audience page and the presenter page share: the language, the meeting (?rapat=),
// the slide in the URL (?slide=), and every slide rendered on the server.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export async function readDeckPage(
  params: Promise<{ lang: string }>,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<{ lang: Lang; deck: LoadedDeck; initial: number; slides: PlayerSlide[]; meetingDate: string | null }> {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const query = await searchParams;
  const rapat = typeof query.rapat === 'string' ? query.rapat : null;
  if (rapat !== null && !isoDate.test(rapat)) notFound();
  const deck = await loadDeck(lang, rapat, await headers());
  if (!deck) notFound();
  const slides = deck.slides.map((slide, i) => {
    const title = deck.titles[i] ?? '';
    const notes = deck.notes[i] ?? '';
    return {
      id: slide.id,
      title,
      notes,
      node: createElement(SlideContent, {
        slide,
        title,
        notes,
        context: deck.context,
        deckTitle: deck.deckTitle,
        qrSvg: deck.qrSvg,
      }),
    };
  });
  return { lang, deck, initial: slideIndex(query.slide, slides.length), slides, meetingDate: rapat };
}

/** One BroadcastChannel per deck, so two meetings open side by side do not steer each other. */
export const channelOf = (meetingDate: string | null) => `pantau-deck:${meetingDate ?? 'live'}`;
