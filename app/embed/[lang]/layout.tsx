import '../../globals.css';
import type { Metadata, Viewport } from 'next';
import { getDictionary, isLang, type Lang, langs } from '@/lib/i18n';

// The root layout of embeds (/embed/... and /en/embed/..., rewritten here by proxy.ts): no
// site header, navigation or footer, only the panel, its source and a link back.

export function generateStaticParams() {
  return langs.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<'/embed/[lang]'>): Promise<Metadata> {
  const { lang } = await params;
  const t = getDictionary(isLang(lang) ? lang : 'id').meta;
  return { title: { default: t.title, template: `%s · ${t.title}` }, robots: { index: false } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function EmbedLayout({ children, params }: LayoutProps<'/embed/[lang]'>) {
  const { lang } = await params;
  const language: Lang = isLang(lang) ? lang : 'id';
  return (
    <html lang={language}>
      <body>{children}</body>
    </html>
  );
}
