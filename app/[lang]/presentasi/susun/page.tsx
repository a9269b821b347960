import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/app/[lang]/admin/session';
import { DeckEditor } from '@/components/deck/deck-editor';
import { buildDeckSnapshot } from '@/db/queries/decks';
import { configuredRegionCode, getDb } from '@/db/server';
import { can } from '@/lib/auth/roles';
import { allSlides, defaultDeckConfig } from '@/lib/deck/model';
import { slideTitle } from '@/lib/deck/narrative';
import { getDictionary, href, isLang } from '@/lib/i18n';

// Editors customise the deck from today's figures and save it for a meeting date.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[lang]/presentasi/susun'>): Promise<Metadata> {
  const { lang } = await params;
  return { title: getDictionary(isLang(lang) ? lang : 'id').deck.editor.title };
}

export default async function DeckEditorPage({ params }: PageProps<'/[lang]/presentasi/susun'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const user = await requireUser(lang, '/presentasi/susun');
  const t = getDictionary(lang).deck;
  if (!can(user.role, 'decks:write')) {
    return (
      <>
        <h1>{t.editor.title}</h1>
        <p role="alert">{t.editor.forbidden}</p>
      </>
    );
  }
  const snapshot = await buildDeckSnapshot(await getDb(), configuredRegionCode);
  const slides = allSlides(snapshot, defaultDeckConfig).map((s) => ({
    id: s.id,
    title: slideTitle(s, lang, t.deckTitle),
    district: s.district?.code,
  }));
  return (
    <>
      <h1>{t.editor.title}</h1>
      <p>{t.editor.intro}</p>
      <DeckEditor
        slides={slides}
        districts={snapshot.districts.items.map((d) => ({ code: d.code, name: d.name }))}
        defaultTitle={t.deckTitle}
        defaultDate={snapshot.builtAt.slice(0, 10)}
        deckHref={href(lang, '/presentasi')}
        labels={t.editor}
      />
    </>
  );
}
