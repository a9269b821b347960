import type { Metadata } from 'next';
import type { ComponentType } from 'react';
import { EmbedFrame, embedTheme } from '@/components/embed/embed-frame';
import { href, isLang } from '@/lib/i18n';
import { embedFullHref } from './full-href';

type ViewProps = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The embed of an explore view (/peta, /tren, /faktor): the same page component from the
 * same URL state, inside the chrome-free frame, with a link back to the full page.
 */
export function exploreEmbed(
  path: string,
  View: ComponentType<ViewProps>,
  viewMetadata: (props: ViewProps) => Promise<Metadata>,
) {
  async function EmbedPage(props: ViewProps) {
    const { lang: raw } = await props.params;
    const lang = isLang(raw) ? raw : 'id';
    const query = await props.searchParams;
    return (
      <EmbedFrame lang={lang} theme={embedTheme(query.theme)} fullHref={embedFullHref(href(lang, path), query)}>
        <View params={props.params} searchParams={props.searchParams} />
      </EmbedFrame>
    );
  }
  const generateMetadata = (props: ViewProps) => viewMetadata({ params: props.params, searchParams: props.searchParams });
  return { EmbedPage, generateMetadata };
}
