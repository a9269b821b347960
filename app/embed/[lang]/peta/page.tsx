import type { Metadata } from 'next';
import MapPage, { generateMetadata as pageMetadata } from '@/app/[lang]/peta/page';
import { EmbedFrame, embedTheme } from '@/components/embed/embed-frame';
import { href, isLang } from '@/lib/i18n';
import { embedFullHref } from '../full-href';

// /embed/peta: the same view as /peta, from the same URL state, without the site's chrome.
export const dynamic = 'force-dynamic';

export function generateMetadata(props: PageProps<'/embed/[lang]/peta'>): Promise<Metadata> {
  return pageMetadata({ params: props.params, searchParams: props.searchParams });
}

export default async function EmbedMapPage(props: PageProps<'/embed/[lang]/peta'>) {
  const { lang } = await props.params;
  const query = await props.searchParams;
  return (
    <EmbedFrame
      lang={isLang(lang) ? lang : 'id'}
      theme={embedTheme(query.theme)}
      fullHref={embedFullHref(href(isLang(lang) ? lang : 'id', '/peta'), query)}
    >
      <MapPage params={props.params} searchParams={props.searchParams} />
    </EmbedFrame>
  );
}
