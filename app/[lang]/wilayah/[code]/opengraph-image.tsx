import { notFound } from 'next/navigation';
import { configuredRegionCode } from '@/db/server';
import { krsCard, socialCardSize } from '../../_panels/social-card';

// Social preview of a region profile: the region's families at risk now, with the source.
export const size = socialCardSize;
export const contentType = 'image/png';
export const alt = 'Pantau Stunting';

const codePattern = /^\d{2}\.\d{2}(\.\d{2}(\.\d{4})?)?$/;

export default async function Image({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const { lang, code: raw } = await params;
  const code = decodeURIComponent(raw);
  if (!codePattern.test(code) || !code.startsWith(configuredRegionCode)) notFound();
  return krsCard(lang, code, (t) => t.headline.title);
}
