import { mapCard, socialCardSize } from '../_panels/social-card';

// Social preview of /peta: the kecamatan with the highest rate (headline figure, title, source).
export const size = socialCardSize;
export const contentType = 'image/png';
export const alt = 'Pantau Stunting';

export default async function Image({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  return mapCard(lang);
}
