import type { Metadata } from 'next';
import FactorPage, { generateMetadata as pageMetadata } from '@/app/[lang]/faktor/page';
import { EmbedFrame, embedTheme } from '@/components/embed/embed-frame';
import { href, isLang } from '@/lib/i18n';
import { embedFullHref } from '../full-href';

// /embed/faktor: the same view as /faktor, from the same URL state, without the site's chrome.
export const dynamic = 'force-dynamic';

export function generateMetadata(props: PageProps<'/embed/[lang]/faktor'>): Promise<Metadata> {
  return pageMetadata({ params: props.params, searchParams: props.searchParams });
}

export default async function EmbedFactorPage(props: PageProps<'/embed/[lang]/faktor'>) {
  const { lang } = await props.params;
  const query = await props.searchParams;
  return (
    <EmbedFrame
      lang={isLang(lang) ? lang : 'id'}
      theme={embedTheme(query.theme)}
      fullHref={embedFullHref(href(isLang(lang) ? lang : 'id', '/faktor'), query)}
    >
      <FactorPage params={props.params} searchParams={props.searchParams} />
    </EmbedFrame>
  );
}
