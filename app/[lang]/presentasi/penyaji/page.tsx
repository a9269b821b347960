import type { Metadata } from 'next';
import { PresenterView } from '@/components/deck/deck-player';
import { getDictionary, isLang } from '@/lib/i18n';
import { channelOf, readDeckPage } from '../deck-page';

// The presenter's second window: notes, next slide and timer, following the audience window.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[lang]/presentasi/penyaji'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: getDictionary(isLang(lang) ? lang : 'id').deck.presenterView.title };
}

export default async function PresenterPage({ params, searchParams }: PageProps<'/[lang]/presentasi/penyaji'>) {
  const { lang, initial, slides, meetingDate } = await readDeckPage(params, searchParams);
  const t = getDictionary(lang).deck;
  return (
    <>
      <h1 className="visually-hidden">{t.presenterView.title}</h1>
      <PresenterView
        slides={slides}
        initial={initial}
        channel={channelOf(meetingDate)}
        labels={{ ...t.presenterView, slideOf: t.slideOf, previous: t.previous, next: t.next }}
      />
    </>
  );
}
