import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import styles from '@/components/deck/deck.module.css';
import { DeckPlayer } from '@/components/deck/deck-player';
import { listDecks } from '@/db/queries/decks';
import { configuredRegionCode, getDb } from '@/db/server';
import { can } from '@/lib/auth/roles';
import { getSessionUser } from '@/lib/auth/server';
import { deckPath } from '@/lib/deck/server';
import { formatDate } from '@/lib/format';
import { fill, getDictionary, href, isLang } from '@/lib/i18n';
import { channelOf, readDeckPage } from './deck-page';

// The meeting deck, public and read-only: the live default deck, or a saved meeting's (?rapat=).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[lang]/presentasi'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: getDictionary(isLang(lang) ? lang : 'id').deck.title };
}

export default async function DeckPage({ params, searchParams }: PageProps<'/[lang]/presentasi'>) {
  const { lang, deck, initial, slides, meetingDate } = await readDeckPage(params, searchParams);
  const t = getDictionary(lang).deck;
  const [saved, user] = await Promise.all([listDecks(await getDb(), configuredRegionCode), getSessionUser(await headers())]);
  return (
    <div className={styles.player}>
      <h1 className="visually-hidden">{t.title}</h1>
      <div className={`${styles.topRow} ${styles.noPrint}`}>
        <nav aria-label={t.chooseDeck}>
          <ul className={styles.list}>
            <li>
              <Link href={deckPath(lang, null)} aria-current={meetingDate === null ? 'page' : undefined}>
                {t.liveDeck}
              </Link>
            </li>
            {saved.map((d) => (
              <li key={d.id}>
                <Link href={deckPath(lang, d.meetingDate)} aria-current={meetingDate === d.meetingDate ? 'page' : undefined}>
                  {fill(t.savedDeck, { date: formatDate(d.meetingDate, lang) })}
                </Link>
              </li>
            ))}
            {can(user?.role, 'decks:write') ? (
              <li>
                <Link href={href(lang, '/presentasi/susun')}>{t.customise}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <p className={styles.frozen}>
          {fill(t.frozenAt, { time: `${deck.view.snapshot.builtAt.replace('T', ' ').slice(0, 16)} UTC` })}
        </p>
      </div>
      <DeckPlayer
        slides={slides}
        initial={initial}
        channel={channelOf(meetingDate)}
        presenterHref={deckPath(lang, meetingDate, '/penyaji')}
        pptxHref={`/api/deck/pptx?lang=${lang}${meetingDate ? `&rapat=${meetingDate}` : ''}`}
        labels={{
          slides: t.slidesLabel,
          controls: t.controlsLabel,
          slideOf: t.slideOf,
          previous: t.previous,
          next: t.next,
          fullscreen: t.fullscreen,
          presenter: t.presenter,
          downloadPptx: t.downloadPptx,
          printPdf: t.printPdf,
          keysHint: t.keysHint,
        }}
      />
    </div>
  );
}
