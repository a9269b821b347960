import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { createLoader } from 'nuqs/server';
import { type ReactNode, Suspense } from 'react';
import { DistrictMapPanel } from '@/app/[lang]/_panels/district-map-panel';
import { PrevalencePanel } from '@/app/[lang]/_panels/prevalence-panel';
import { RiskFactorPanel } from '@/app/[lang]/_panels/risk-factor-panel';
import { TrendPanel } from '@/app/[lang]/_panels/trend-panel';
import { EmbedFrame, embedTheme } from '@/components/embed/embed-frame';
import { type EmbedPanel, panelFullHref } from '@/components/embed/panel-embed';
import { PanelSkeleton } from '@/components/ui/panel';

import { configuredRegionCode, getDb } from '@/db/server';
import { getRegion } from '@/lib/cache/queries';
import { parseAsRegionCode } from '@/lib/explore/parsers';
import { type Dictionary, getDictionary, isLang, type Lang } from '@/lib/i18n';

// /embed/ringkasan/<panel>: one overview panel on its own, for an iframe on another site.
export const dynamic = 'force-dynamic';

type Props = { lang: Lang; region: string };

const panels = {
  tren: { Component: TrendPanel, title: (t: Dictionary) => t.trend.title, anchor: 'trend' },
  peta: { Component: DistrictMapPanel, title: (t: Dictionary) => t.map.title, anchor: 'map' },
  faktor: { Component: RiskFactorPanel, title: (t: Dictionary) => t.risk.title, anchor: 'risk' },
  prevalensi: { Component: PrevalencePanel, title: (t: Dictionary) => t.prevalence.title, anchor: 'prevalence' },
} satisfies Record<EmbedPanel, { Component: (p: Props) => Promise<ReactNode>; title: (t: Dictionary) => string; anchor: string }>;

const loadRegion = createLoader({ region: parseAsRegionCode });

function panelOf(name: string) {
  return Object.hasOwn(panels, name) ? panels[name as keyof typeof panels] : null;
}

export async function generateMetadata({ params }: PageProps<'/embed/[lang]/ringkasan/[panel]'>): Promise<Metadata> {
  const { lang, panel } = await params;
  const entry = panelOf(panel);
  return { title: isLang(lang) && entry ? entry.title(getDictionary(lang)) : undefined };
}

export default async function PanelEmbed({ params, searchParams }: PageProps<'/embed/[lang]/ringkasan/[panel]'>) {
  const { lang, panel } = await params;
  const entry = panelOf(panel);
  if (!isLang(lang) || !entry) notFound();
  const t = getDictionary(lang);
  const { Component } = entry;
  const query = await searchParams;
  // A region profile's panels embed with ?region=<code>; anything else is the configured kab/kota.
  const region = (await loadRegion(query)).region ?? configuredRegionCode;
  await getRegion(await getDb(), region).catch(() => notFound());
  return (
    <EmbedFrame lang={lang} theme={embedTheme(query.theme)} fullHref={panelFullHref(lang, entry.anchor, region)}>
      <Suspense fallback={<PanelSkeleton title={entry.title(t)} height={360} />}>
        <Component lang={lang} region={region} />
      </Suspense>
    </EmbedFrame>
  );
}
