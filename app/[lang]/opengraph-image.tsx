import { configuredRegionCode } from '@/db/server';
import { krsCard, socialCardSize } from './_panels/social-card';

// Social preview of overview: the families at risk now (headline figure, title, source).
export const size = socialCardSize;
export const contentType = 'image/png';
export const alt = 'Pantau Stunting';

export default async function Image({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  return krsCard(lang, configuredRegionCode, (t) => t.headline.title);
}
