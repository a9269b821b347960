import type { Metadata } from 'next';
import TrendPage, { generateMetadata as pageMetadata } from '@/app/[lang]/tren/page';
import { EmbedFrame, embedTheme } from '@/components/embed/embed-frame';
import { href, isLang } from '@/lib/i18n';
import { embedFullHref } from '../full-href';

// /embed/tren: the same view as /tren, from the same URL state, without the site's chrome.
export const dynamic = 'force-dynamic';

export function generateMetadata(props: PageProps<'/embed/[lang]/tren'>): Promise<Metadata> {
  return pageMetadata({ params: props.params, searchParams: props.searchParams });
}

export default async function EmbedTrendPage(props: PageProps<'/embed/[lang]/tren'>) {
  const { lang } = await props.params;
  const query = await props.searchParams;
  return (
    <EmbedFrame
      lang={isLang(lang) ? lang : 'id'}
      theme={embedTheme(query.theme)}
      fullHref={embedFullHref(href(isLang(lang) ? lang : 'id', '/tren'), query)}
    >
      <TrendPage params={props.params} searchParams={props.searchParams} />
    </EmbedFrame>
  );
}
