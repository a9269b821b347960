import { configuredRegionCode } from '@/db/server';
import { href, type Lang } from '@/lib/i18n';

export type EmbedPanel = 'tren' | 'peta' | 'faktor' | 'prevalensi';

/** The embed of an overview panel; a region profile's panel carries its region. */
export function panelEmbedPath(lang: Lang, panel: EmbedPanel, region: string): string {
  const path = href(lang, `/embed/ringkasan/${panel}`);
  return region === configuredRegionCode ? path : `${path}?region=${region}`;
}

/** The full page an overview panel embed links back to. */
export function panelFullHref(lang: Lang, anchor: string, region: string): string {
  return region === configuredRegionCode ? `${href(lang, '/')}#${anchor}` : `${href(lang, `/wilayah/${region}`)}#${anchor}`;
}
