import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { OfflineSupport } from '@/components/offline/offline-support';
import { DataStatusNotice } from '@/components/ui/data-status-notice';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { env } from '@/db/env';
import { configuredRegionCode, getDb } from '@/db/server';
import { getRegion } from '@/lib/cache/queries';
import { getDictionary, href, isLang, type Lang, langs } from '@/lib/i18n';

// The root layout: every page lives under /[lang] (proxy.ts maps / to /id internally).

export function generateStaticParams() {
  return langs.map((lang) => ({ lang }));
}

function langOf(value: string): Lang {
  return isLang(value) ? value : 'id';
}

export async function generateMetadata({ params }: LayoutProps<'/[lang]'>): Promise<Metadata> {
  const lang = langOf((await params).lang);
  const t = getDictionary(lang).meta;
  return {
    title: { default: t.title, template: `%s · ${t.title}` },
    description: t.description,
    alternates: { languages: { id: href('id', '/'), en: href('en', '/') } },
    // Social previews need absolute image URLs: the public URL when configured, else the request's host.
    metadataBase: env.BETTER_AUTH_URL ? new URL(env.BETTER_AUTH_URL) : undefined,
    twitter: { card: 'summary_large_image' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1b5e96' };

export default async function RootLayout({ children, params }: LayoutProps<'/[lang]'>) {
  const lang = langOf((await params).lang);
  return (
    <html lang={lang}>
      <body>
        <SiteHeader
          lang={lang}
          regionName={
            <Suspense fallback={null}>
              <RegionName />
            </Suspense>
          }
        />
        <main id="main" className="page">
          <Suspense fallback={null}>
            <DataStatusNotice lang={lang} />
          </Suspense>
          <OfflineSupport lang={lang} renderedAt={new Date().toISOString()} />
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}

/**
 * The configured kab/kota's name. The header must render even when the database is
 * down (the error page sits inside this layout), so a failed read shows the code instead.
 */
async function RegionName() {
  await connection();
  try {
    const region = await getRegion(await getDb(), configuredRegionCode);
    return <>{region.name}</>;
  } catch {
    return <>{configuredRegionCode}</>;
  }
}
